import { DEFAULT_REGISTRATION_RETENTION_DAYS } from '../../config.ts';
import { fromFloating, toFloating } from '../../lib/calendar/index.ts';
import { listMunicipalities } from '../../platform/db/municipalities.ts';
import { type Tenant, tenant } from '../../platform/db/tenant.ts';
import { catalogDirs, Messages } from '../../platform/i18n/messages.ts';
import type { JobContext, JobHandler } from '../../platform/jobs/queue.ts';
import type { ScheduleEntry } from '../../platform/modules/manifest.ts';
import { runUseCase, type UseCaseCall } from '../../platform/usecase/run-use-case.ts';
import { codeSecret } from './registrations.code.ts';
import { type MailEnv, mailRegistration } from './registrations.mail.ts';
import { NOTICES_JOB, SUBJECT } from './registrations.service.ts';
import {
  claimNotices,
  claimReminders,
  clearNotices,
  erasePersonalData,
  markReminded,
  municipalitiesWith,
} from './registrations.sweep.repository.ts';

export const REMINDERS_JOB = 'community.registrations.reminders';
export const RETENTION_JOB = 'community.registrations.retention';
const ZONE = 'Europe/Berlin';
const DAY_MS = 86_400_000;
const BATCH = 200;

// Jobs run outside requests and have no app: the mails are written with this module's catalogs (and the
// platform's), read once per process.
let messages: Messages | undefined;
const jobMessages = () => {
  messages ??= new Messages(catalogDirs([{ locales: new URL('./locales/', import.meta.url) }]));
  return messages;
};

async function mailEnvs(ctx: JobContext): Promise<(t: Tenant) => MailEnv> {
  const [secret, all] = await Promise.all([codeSecret(ctx.db), listMunicipalities(ctx.db)]);
  const slugs = new Map(all.map((m) => [m.id, m.slug]));
  const baseUrl = ctx.config?.baseUrl ?? 'http://localhost:3000';
  return (t) => ({ baseUrl, messages: jobMessages(), slug: slugs.get(t.municipalityId) ?? '', secret });
}

const call = (ctx: JobContext, t: Tenant, requestId: string): UseCaseCall => ({
  db: ctx.db,
  tenant: t,
  actor: null,
  requestId,
  now: ctx.now(),
});

/**
 * Writes the mails owed (promotions, cancelled or moved dates) into the outbox, a batch per use case, and clears
 * each notice in the same transaction: run twice, it sends nothing twice.
 */
export const noticesJob: JobHandler = async (job, ctx) => {
  const ids = job.municipalityId ? [job.municipalityId] : await municipalitiesWith(ctx.db, 'notices');
  const envOf = await mailEnvs(ctx);
  for (const id of ids) {
    const t = tenant(id);
    for (;;) {
      const sent = await runUseCase('community.registrations.notices', call(ctx, t, job.id), async (uc) => {
        const rows = await claimNotices(uc.tx, t, BATCH);
        if (rows.length === 0) return uc.refuse(0);
        for (const r of rows) await mailRegistration(uc.tx, t, envOf(t), r, r.event_id, r.notice!);
        await clearNotices(
          uc.tx,
          t,
          rows.map((r) => r.id),
        );
        uc.record({ action: 'update', subjectType: SUBJECT, subjectId: null, after: { noticesMailed: rows.length } });
        return rows.length;
      });
      if (sent < BATCH) break;
    }
  }
};

/** The end of tomorrow in Germany, as an instant: reminders go to dates starting before it. */
export function endOfTomorrow(now: Date): Date {
  const f = toFloating(now, ZONE);
  return fromFloating(new Date(Date.UTC(f.getUTCFullYear(), f.getUTCMonth(), f.getUTCDate() + 2)), ZONE);
}

/**
 * The day-before reminder: every confirmed person with an address whose date starts between now and the end of
 * tomorrow and who was not reminded yet (a missed run catches up; nobody is reminded twice).
 */
export const remindersJob: JobHandler = async (job, ctx) => {
  const from = ctx.now();
  const until = endOfTomorrow(from);
  const envOf = await mailEnvs(ctx);
  for (const id of await municipalitiesWith(ctx.db, { remindFrom: from, remindUntil: until })) {
    const t = tenant(id);
    for (;;) {
      const n = await runUseCase('community.registrations.remind', call(ctx, t, job.id), async (uc) => {
        const rows = await claimReminders(uc.tx, t, from, until, BATCH);
        if (rows.length === 0) return uc.refuse(0);
        for (const r of rows) await mailRegistration(uc.tx, t, envOf(t), r, r.event_id, 'reminder');
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

/** Erases names and contacts `REGISTRATION_RETENTION_DAYS` after each date; the counts stay. Idempotent. */
export const retentionJob: JobHandler = async (job, ctx) => {
  const days = ctx.config?.registrationRetentionDays ?? DEFAULT_REGISTRATION_RETENTION_DAYS;
  const cutoff = new Date(ctx.now().getTime() - days * DAY_MS);
  for (const id of await municipalitiesWith(ctx.db, { erasedBefore: cutoff })) {
    const t = tenant(id);
    await runUseCase('community.registrations.erase', call(ctx, t, job.id), async (uc) => {
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

export const registrationJobs: Readonly<Record<string, JobHandler>> = {
  [NOTICES_JOB]: noticesJob,
  [REMINDERS_JOB]: remindersJob,
  [RETENTION_JOB]: retentionJob,
};

/** Reminders at 10:00 in Germany (the day before, in daylight), erasure at night; and a sweep for lost notices. */
export const registrationSchedules: readonly ScheduleEntry[] = [
  { name: REMINDERS_JOB, cron: '0 10 * * *', job: REMINDERS_JOB },
  { name: RETENTION_JOB, cron: '40 3 * * *', job: RETENTION_JOB },
  { name: NOTICES_JOB, cron: '*/15 * * * *', job: NOTICES_JOB },
];
