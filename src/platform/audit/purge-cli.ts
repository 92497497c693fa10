import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import { connect } from '../db/connection.ts';
import { purgeAuditLog } from './audit.ts';

// Retention of the audit log: `node --import tsx src/platform/audit/purge-cli.ts --older-than-days 730`.
// Uses DATABASE_URL, or the embedded database in DATA_DIR (stop the server first: PGlite serves one process).

const { values } = parseArgs({ options: { 'older-than-days': { type: 'string' } } });
const days = Number(values['older-than-days']);
if (!Number.isInteger(days) || days < 30) {
  console.error('Usage: purge-cli.ts --older-than-days N   (N ≥ 30)');
  process.exit(64); // EX_USAGE
}
const config = loadConfig();
const conn = await connect({ url: config.databaseUrl, dataDir: config.dataDir });
try {
  const cutoff = new Date(Date.now() - days * 24 * 3600 * 1000);
  const n = await purgeAuditLog(conn.db, cutoff);
  console.log(`${n} audit rows older than ${cutoff.toISOString()} deleted`);
} finally {
  await conn.close();
}
