import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { Database } from '../db/types.ts';
import { deliverDueMail, type MailTransport, smtpTransport } from '../mail/delivery.ts';
import type { ScheduleEntry } from '../modules/manifest.ts';
import { type JobHandler, JobRegistry, runDueJobs } from './queue.ts';
import { scheduleStep } from './schedule.ts';
import { createWorker, type Worker, type WorkerLog } from './worker.ts';

export interface BackgroundDeps {
  db: Kysely<Database>;
  /** The settings: mail delivery uses `smtpUrl` and `mailFrom`; job handlers get all that is given. */
  config: Pick<Config, 'smtpUrl' | 'mailFrom'> & Partial<Config>;
  now?: () => Date;
  log?: WorkerLog;
  intervalMs?: number;
  /** Overrides the transport made from `config.smtpUrl` (tests). */
  transport?: MailTransport | null;
  /** The job handlers (the manifests' `jobs` and the platform's own). */
  registry: JobRegistry;
  /** Recurring schedules (the manifests' `schedules` and the platform's own); each job needs a handler. */
  schedules?: readonly ScheduleEntry[];
}

/** A registry holding the handlers of every source's `jobs` (manifests, the platform); a kind twice is an error. */
export function registryOf(...sources: (Readonly<Record<string, JobHandler>> | undefined)[]): JobRegistry {
  return JobRegistry.from(sources.map((jobs) => ({ jobs })));
}

/**
 * The application's background worker: schedules due, then due jobs, then due mail. Call start() after listen,
 * stop() before closing the database.
 */
export function createBackgroundWorker(deps: BackgroundDeps): Worker {
  const transport =
    deps.transport !== undefined ? deps.transport : deps.config.smtpUrl ? smtpTransport(deps.config.smtpUrl) : null;
  const registry = deps.registry;
  const schedules = deps.schedules ?? [];
  return createWorker({
    ...(deps.now ? { now: deps.now } : {}),
    ...(deps.log ? { log: deps.log } : {}),
    ...(deps.intervalMs ? { intervalMs: deps.intervalMs } : {}),
    steps: [
      ...(schedules.length > 0
        ? [scheduleStep(schedules, { db: deps.db, registry, ...(deps.log ? { log: deps.log } : {}) })]
        : []),
      async ({ now, signal }) => {
        const r = await runDueJobs(deps.db, now, {
          registry,
          signal,
          config: deps.config,
          ...(deps.log ? { log: deps.log } : {}),
        });
        return r.done + r.retried + r.dead;
      },
      async ({ now, signal }) => {
        const r = await deliverDueMail(deps.db, { transport, from: deps.config.mailFrom, now, signal });
        return r.sent + r.retried + r.failed + r.kept;
      },
    ],
    onStop: () => transport?.close?.(),
  });
}
