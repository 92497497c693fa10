import { DEFAULT_COUNSELLING_RETENTION_DAYS } from '../../config.ts';
import { fromFloating, toFloating } from '../../lib/calendar/index.ts';
import { listMunicipalities } from '../../platform/db/municipalities.ts';
import { type Tenant, tenant } from '../../platform/db/tenant.ts';
import { catalogDirs, Messages } from '../../platform/i18n/messages.ts';
import type { JobContext, JobHandler } from '../../platform/jobs/queue.ts';
import type { ScheduleEntry } from '../../platform/modules/manifest.ts';
import { runUseCase, type UseCaseCall } from '../../platform/usecase/run-use-case.ts';
import { type MailEnv, mailAppointment } from './appointments.mail.ts';
import { SUBJECT } from './appointments.service.ts';
import {
  claimReminders,
  erasePersonalData,
  markReminded,
  municipalitiesWith,
} from './appointments.sweep.repository.ts';

export const REMINDERS_JOB = 'counselling.appointments.reminders';
export const RETENTION_JOB = 'counselling.appointments.retention';
const ZONE = 'Europe/Berlin';
const DAY_MS = 86_400_000;
const BATCH = 200;

// Jobs have no app: the mails are written with this module's catalogs, read once per process.
let messages: Messages | undefined;
const jobMessages = () => {
  messages ??= new Messages(catalogDirs([{ locales: new URL('./locales/', import.meta.url) }]));
  return messages;
};

async function mailEnvs(ctx: JobContext): Promise<(t: Tenant) => MailEnv> {
  const slugs = new Map((await listMunicipalities(ctx.db)).map((m) => [m.id, m.slug]));
  const baseUrl = ctx.config?.baseUrl ?? 'http://localhost:3000';
  return (t) => ({ baseUrl, messages: jobMessages(), slug: slugs.get(t.municipalityId) ?? '' });
}

const call = (ctx: JobContext, t: Tenant, requestId: string): UseCaseCall => ({
  db: ctx.db,
  tenant: t,
  actor: null,
  requestId,
  now: ctx.now(),
});

/** The end of tomorrow in Germany: reminders go to appointments starting before it. */
export function endOfTomorrow(now: Date): Date {
  const f = toFloating(now, ZONE);
  return fromFloating(new Date(Date.UTC(f.getUTCFullYear(), f.getUTCMonth(), f.getUTCDate() + 2)), ZONE);
}

/**
 * The day-before reminder by mail, with the calendar file again; a person who left only a phone number gets
 * nothing (the counsellor may call). A missed run catches up; nobody is reminded twice.
 */
export const remindersJob: JobHandler = async (job, ctx) => {
  const from = ctx.now();
  const until = endOfTomorrow(from);
  const envOf = await mailEnvs(ctx);
  for (const id of await municipalitiesWith(ctx.db, { remindFrom: from, remindUntil: until })) {
    const t = tenant(id);
    for (;;) {
      const n = await runUseCase('counselling.appointments.remind', call(ctx, t, job.id), async (uc) => {
        const rows = await claimReminders(uc.tx, t, from, until, BATCH);
        if (rows.length === 0) return uc.refuse(0);
        for (const r of rows) await mailAppointment(uc.tx, t, envOf(t), r, 'reminder', {}, uc.now);
        await markReminded(
          uc.tx,
          t,
          rows.map((r) => r.id),
          uc.now,
        );
        uc.record({ action: 'update', subjectType: SUBJECT, subjectId: null, after: { reminded: rows.length } });
        return rows.length;
      });
      if (n < BATCH) break;
    }
  }
};

/** Erases names and contacts `COUNSELLING_RETENTION_DAYS` after each appointment; rows and counts stay. */
export const retentionJob: JobHandler = async (job, ctx) => {
  const days = ctx.config?.counsellingRetentionDays ?? DEFAULT_COUNSELLING_RETENTION_DAYS;
  const cutoff = new Date(ctx.now().getTime() - days * DAY_MS);
  for (const id of await municipalitiesWith(ctx.db, { erasedBefore: cutoff })) {
    const t = tenant(id);
    await runUseCase('counselling.appointments.erase', call(ctx, t, job.id), async (uc) => {
      const n = await erasePersonalData(uc.tx, t, cutoff, uc.now);
      if (n === 0) return uc.refuse(0);
      uc.record({
        action: 'delete',
        subjectType: SUBJECT,
        subjectId: null,
        after: { erased: n, before: cutoff.toISOString() },
      });
    });
  }
};

export const appointmentJobs: Readonly<Record<string, JobHandler>> = {
  [REMINDERS_JOB]: remindersJob,
  [RETENTION_JOB]: retentionJob,
};

/** Reminders at 10:00 in Germany (the day before, in daylight), erasure at night. */
export const appointmentSchedules: readonly ScheduleEntry[] = [
  { name: REMINDERS_JOB, cron: '0 10 * * *', job: REMINDERS_JOB },
  { name: RETENTION_JOB, cron: '45 3 * * *', job: RETENTION_JOB },
];
