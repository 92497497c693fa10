import { DEFAULT_COUNSELLING_RETENTION_DAYS } from '../../config.ts';
import { listMunicipalities } from '../../platform/db/municipalities.ts';
import type { Tenant } from '../../platform/db/tenant.ts';
import { catalogDirs, Messages } from '../../platform/i18n/messages.ts';
import type { JobContext, JobHandler } from '../../platform/jobs/queue.ts';
import type { ScheduleEntry } from '../../platform/modules/manifest.ts';
import { endOfTomorrow, eraseAfterRetention, sweepInBatches } from '../../platform/jobs/sweeps.ts';
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

/**
 * The day-before reminder by mail, with the calendar file again; a person who left only a phone number gets
 * nothing (the counsellor may call). A missed run catches up; nobody is reminded twice.
 */
export const remindersJob: JobHandler = async (job, ctx) => {
  const from = ctx.now();
  const until = endOfTomorrow(from);
  const envOf = await mailEnvs(ctx);
  const ids = await municipalitiesWith(ctx.db, { remindFrom: from, remindUntil: until });
  await sweepInBatches(ctx, job, ids, {
    useCase: 'counselling.appointments.remind',
    subject: SUBJECT,
    counted: 'reminded',
    claim: (tx, t, limit) => claimReminders(tx, t, from, until, limit),
    each: (tx, t, r, now) => mailAppointment(tx, t, envOf(t), r, 'reminder', {}, now),
    done: markReminded,
  });
};

/** Erases names and contacts `COUNSELLING_RETENTION_DAYS` after each appointment; rows and counts stay. */
export const retentionJob: JobHandler = (job, ctx) =>
  eraseAfterRetention(ctx, job, {
    useCase: 'counselling.appointments.erase',
    subject: SUBJECT,
    days: ctx.config?.counsellingRetentionDays ?? DEFAULT_COUNSELLING_RETENTION_DAYS,
    municipalities: (cutoff) => municipalitiesWith(ctx.db, { erasedBefore: cutoff }),
    erase: erasePersonalData,
  });

export const appointmentJobs: Readonly<Record<string, JobHandler>> = {
  [REMINDERS_JOB]: remindersJob,
  [RETENTION_JOB]: retentionJob,
};

/** Reminders at 10:00 in Germany (the day before, in daylight), erasure at night. */
export const appointmentSchedules: readonly ScheduleEntry[] = [
  { name: REMINDERS_JOB, cron: '0 10 * * *', job: REMINDERS_JOB },
  { name: RETENTION_JOB, cron: '45 3 * * *', job: RETENTION_JOB },
];
