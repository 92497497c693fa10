import { ConfigError, loadConfig } from '../config.ts';
import { connect } from '../platform/db/connection.ts';
import { migrate } from '../platform/db/migrate.ts';
import { reseed } from '../seed/seed.ts';

// `npm run seed`: migrate, then wipe every data table and write the demo again — on the embedded database in
// DATA_DIR, or on DATABASE_URL. Stop a running server on the embedded database first (PGlite has one user).
try {
  const config = loadConfig();
  const conn = await connect({ url: config.databaseUrl, dataDir: config.dataDir, poolSize: 1 });
  try {
    await migrate(conn.db);
    const started = performance.now();
    const ctx = await reseed(conn.db);
    const ms = Math.round(performance.now() - started);
    const where = config.databaseUrl ? 'DATABASE_URL' : config.dataDir;
    const counts = Object.entries(ctx.ids).map(([kind, ids]) => `${Object.keys(ids).length} × ${kind}`);
    console.log(`Demo seeded in ${ms} ms on ${where}: ${counts.join(', ')} (see docs/demo.md).`);
  } finally {
    await conn.close();
  }
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(err instanceof ConfigError ? 78 : 1);
}
