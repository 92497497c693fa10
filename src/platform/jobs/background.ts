import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { Database } from '../db/types.ts';
import { deliverDueMail, type MailTransport, smtpTransport } from '../mail/delivery.ts';
import type { ScheduleEntry } from '../modules/manifest.ts';
import { defaultRegistry, type JobHandler, JobRegistry, runDueJobs } from './queue.ts';
import { scheduleStep } from './schedule.ts';
import { createWorker, type Worker, type WorkerLog } from './worker.ts';

export interface BackgroundDeps {
  db: Kysely<Database>;
  config: Pick<Config, 'smtpUrl' | 'mailFrom'>;
  now?: () => Date;
  log?: WorkerLog;
  intervalMs?: number;
  /** Overrides the transport made from `config.smtpUrl` (tests). */
  transport?: MailTransport | null;
  /**
   * Job handlers by kind (the manifests' `jobs` and the platform's own). When given, only these run; when
   * absent, the handlers registered on the default registry do.
   */
  jobs?: Readonly<Record<string, JobHandler>>;
  /** Recurring schedules (the manifests' `schedules` and the platform's own); each job needs a handler in `jobs`. */
  schedules?: readonly ScheduleEntry[];
}

/** A registry holding exactly the given handlers. */
export function registryOf(jobs: Readonly<Record<string, JobHandler>>): JobRegistry {
  const registry = new JobRegistry();
  for (const [kind, handler] of Object.entries(jobs)) registry.register(kind, handler);
  return registry;
}

/**
 * The application's background worker: schedules due, then due jobs, then due mail. Call start() after listen,
 * stop() before closing the database.
 */
export function createBackgroundWorker(deps: BackgroundDeps): Worker {
  const transport =
    deps.transport !== undefined ? deps.transport : deps.config.smtpUrl ? smtpTransport(deps.config.smtpUrl) : null;
  const registry = deps.jobs ? registryOf(deps.jobs) : defaultRegistry;
  const schedules = deps.schedules ?? [];
  return createWorker({
    ...(deps.now ? { now: deps.now } : {}),
    ...(deps.log ? { log: deps.log } : {}),
    ...(deps.intervalMs ? { intervalMs: deps.intervalMs } : {}),
    steps: [
      ...(schedules.length > 0
        ? [scheduleStep(schedules, { db: deps.db, jobs: deps.jobs ?? {}, ...(deps.log ? { log: deps.log } : {}) })]
        : []),
      async ({ now, signal }) => {
        const r = await runDueJobs(deps.db, now, { registry, signal, ...(deps.log ? { log: deps.log } : {}) });
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
