import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { connect } from './platform/db/connection.ts';
import { DataDirLockedError } from './platform/db/data-dir-lock.ts';
import { migrate } from './platform/db/migrate.ts';
import { modules } from './modules/index.ts';
import { createBackgroundWorker, registryOf } from './platform/jobs/background.ts';
import { platformJobs, platformSchedules } from './platform/jobs/platform-jobs.ts';
import { Messages } from './platform/i18n/messages.ts';
import { seedIfEmpty } from './seed/seed.ts';

// rrule and our date arithmetic expect UTC in the process; local times carry an explicit zone.
process.env.TZ = 'UTC';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
  const conn = await connect({ url: config.databaseUrl, dataDir: config.dataDir }).catch((err: unknown) => {
    // Another process serves this embedded data folder: say so in one line and stop, touching nothing.
    if (!(err instanceof DataDirLockedError)) throw err;
    console.error(err.message);
    process.exit(75); // EX_TEMPFAIL
  });
  await migrate(conn.db);
  if (config.seedDemo) await seedIfEmpty(conn.db);
  const app = await buildApp({
    config,
    db: conn.db,
    engine: conn.engine,
    messages: new Messages(),
    now: () => new Date(),
  });
  await app.listen({ port: config.port, host: config.host });
  // Jobs and mail run in this process; started after listen, stopped before the database closes.
  const worker = createBackgroundWorker({
    db: conn.db,
    config,
    log: app.log,
    registry: registryOf(platformJobs, ...modules.map((m) => m.jobs)),
    schedules: [...platformSchedules, ...modules.flatMap((m) => m.schedules ?? [])],
  });
  worker.start();
  app.log.info(`Zuhause on ${config.baseUrl} (database: ${conn.engine}${config.demoMode ? ', demo mode' : ''})`);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: closing`);
    await app.close();
    await worker.stop(); // lets running jobs finish
    await conn.close(); // PGlite keeps the process alive until closed
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

await main();
