import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { Database } from '../db/types.ts';
import { deliverDueMail, type MailTransport, smtpTransport } from '../mail/delivery.ts';
import { type JobRegistry, runDueJobs } from './queue.ts';
import { createWorker, type Worker, type WorkerLog } from './worker.ts';

export interface BackgroundDeps {
  db: Kysely<Database>;
  config: Pick<Config, 'smtpUrl' | 'mailFrom'>;
  /** The job handlers, assembled from the modules' manifests. */
  registry: JobRegistry;
  now?: () => Date;
  log?: WorkerLog;
  intervalMs?: number;
  /** Overrides the transport made from `config.smtpUrl` (tests). */
  transport?: MailTransport | null;
}

/** The application's background worker: due jobs, then due mail. Call start() after listen, stop() before closing the database. */
export function createBackgroundWorker(deps: BackgroundDeps): Worker {
  const transport =
    deps.transport !== undefined ? deps.transport : deps.config.smtpUrl ? smtpTransport(deps.config.smtpUrl) : null;
  return createWorker({
    ...(deps.now ? { now: deps.now } : {}),
    ...(deps.log ? { log: deps.log } : {}),
    ...(deps.intervalMs ? { intervalMs: deps.intervalMs } : {}),
    steps: [
      async ({ now, signal }) => {
        const r = await runDueJobs(deps.db, now, {
          registry: deps.registry,
          signal,
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
