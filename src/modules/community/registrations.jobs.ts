import { DEFAULT_REGISTRATION_RETENTION_DAYS } from '../../config.ts';
import { listMunicipalities } from '../../platform/db/municipalities.ts';
import type { Tenant } from '../../platform/db/tenant.ts';
import { catalogDirs, Messages } from '../../platform/i18n/messages.ts';
import type { JobContext, JobHandler } from '../../platform/jobs/queue.ts';
import type { ScheduleEntry } from '../../platform/modules/manifest.ts';
import { endOfTomorrow, eraseAfterRetention, sweepInBatches } from '../../platform/jobs/sweeps.ts';
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

/**
 * Writes the mails owed (promotions, cancelled or moved dates) into the outbox, a batch per use case, and clears
 * each notice in the same transaction: run twice, it sends nothing twice.
 */
export const noticesJob: JobHandler = async (job, ctx) => {
  const ids = job.municipalityId ? [job.municipalityId] : await municipalitiesWith(ctx.db, 'notices');
  const envOf = await mailEnvs(ctx);
  await sweepInBatches(ctx, job, ids, {
    useCase: 'community.registrations.notices',
    subject: SUBJECT,
    counted: 'noticesMailed',
    claim: claimNotices,
    each: (tx, t, r) => mailRegistration(tx, t, envOf(t), r, r.event_id, r.notice!),
    done: (tx, t, rowIds) => clearNotices(tx, t, rowIds),
  });
};

/**
 * The day-before reminder: every confirmed person with an address whose date starts between now and the end of
 * tomorrow and who was not reminded yet (a missed run catches up; nobody is reminded twice).
 */
export const remindersJob: JobHandler = async (job, ctx) => {
  const from = ctx.now();
  const until = endOfTomorrow(from);
  const envOf = await mailEnvs(ctx);
  const ids = await municipalitiesWith(ctx.db, { remindFrom: from, remindUntil: until });
  await sweepInBatches(ctx, job, ids, {
    useCase: 'community.registrations.remind',
    subject: SUBJECT,
    counted: 'reminded',
    claim: (tx, t, limit) => claimReminders(tx, t, from, until, limit),
    each: (tx, t, r) => mailRegistration(tx, t, envOf(t), r, r.event_id, 'reminder'),
    done: markReminded,
  });
};

/** Erases names and contacts `REGISTRATION_RETENTION_DAYS` after each date; the counts stay. Idempotent. */
export const retentionJob: JobHandler = (job, ctx) =>
  eraseAfterRetention(ctx, job, {
    useCase: 'community.registrations.erase',
    subject: SUBJECT,
    days: ctx.config?.registrationRetentionDays ?? DEFAULT_REGISTRATION_RETENTION_DAYS,
    municipalities: (cutoff) => municipalitiesWith(ctx.db, { erasedBefore: cutoff }),
    erase: erasePersonalData,
  });

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
