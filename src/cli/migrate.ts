import { ConfigError, loadConfig } from '../config.ts';
import { connect } from '../platform/db/connection.ts';
import { DataDirLockedError } from '../platform/db/data-dir-lock.ts';
import { migrate } from '../platform/db/migrate.ts';

try {
  const config = loadConfig();
  const conn = await connect({ url: config.databaseUrl, dataDir: config.dataDir, poolSize: 1 });
  const done = await migrate(conn.db);
  console.log(done.length ? `Applied ${done.length} migration(s):\n${done.join('\n')}` : 'Database is up to date.');
  await conn.close();
} catch (err) {
  const oneLine = err instanceof ConfigError || err instanceof DataDirLockedError;
  console.error(oneLine ? err.message : err);
  process.exit(err instanceof ConfigError ? 78 : err instanceof DataDirLockedError ? 75 : 1);
}
