// A second program on an embedded data folder, for the two-process test: opens the folder, commits 30 rows,
// says "ready", waits for a line on stdin, commits 30 more, closes and says "closed".
import { createInterface } from 'node:readline';
import { sql } from 'kysely';
import { connect } from '../platform/db/connection.ts';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: hold-data-dir.ts <folder>');
const conn = await connect({ dataDir });
await sql`create table if not exists probe (n integer not null)`.execute(conn.db);
const insert = (from: number) =>
  conn.db
    .insertInto('probe' as never)
    .values(Array.from({ length: 30 }, (_, i) => ({ n: from + i })) as never)
    .execute();
await insert(0);
console.log('ready');
const lines = createInterface({ input: process.stdin });
await new Promise<void>((done) => lines.once('line', () => done()));
await insert(30);
await conn.close();
lines.close();
console.log('closed');
