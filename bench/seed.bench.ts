// How long the demo seed takes on a fresh embedded database, step by step (the one-command start waits for it).
// Prints milliseconds per run of `seedIfEmpty`, three fresh databases. `npm run bench -- seed`
import { seedIfEmpty } from '../src/seed/seed.ts';
import { testDatabase } from '../src/testing/db.ts';

const runs: number[] = [];
for (let i = 0; i < 3; i++) {
  const conn = await testDatabase();
  const started = performance.now();
  await seedIfEmpty(conn.db);
  runs.push(Math.round(performance.now() - started));
  await conn.close();
}
console.log(`demo seed on a fresh embedded database: ${runs.join(', ')} ms (three runs)`);
