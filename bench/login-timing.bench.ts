// Failed sign-in timing for a known and an unknown address (finding 4 of the account audit): an attacker must not
// tell them apart by the answer's time. 50 failed attempts each, interleaved, each from a fresh client address and
// with the app clock moved past the throttle's memory, so that every attempt is a plain failure (argon2 against
// the account's hash, or against a dummy hash). Prints the medians and their difference; asserts nothing.
import { testApp } from '../src/testing/app.ts';
import { AddressedClient, createUser } from '../src/testing/users.ts';

const ROUNDS = 50;
const t = await testApp();
const known = await createUser(t.conn.db, { email: 'known@bench.test' });
const unknown = 'unknown@bench.test';

async function failedLogin(email: string): Promise<number> {
  t.clock.now = new Date(t.clock.now.getTime() + 16 * 60 * 1000);
  const c = new AddressedClient(t.app);
  await c.get('/en/login');
  const start = performance.now();
  const res = await c.post('/en/login', { email, password: 'a wrong password for timing' });
  const ms = performance.now() - start;
  if (res.statusCode !== 422) throw new Error(`expected 422, got ${res.statusCode}`);
  return ms;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2;
};

// Warm up (JIT, the dummy hash, the first queries).
for (let i = 0; i < 5; i++) {
  await failedLogin(known.email);
  await failedLogin(unknown);
}
const a: number[] = [];
const b: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  // Alternate the order so that neither side always runs right after the other.
  if (i % 2 === 0) {
    a.push(await failedLogin(known.email));
    b.push(await failedLogin(unknown));
  } else {
    b.push(await failedLogin(unknown));
    a.push(await failedLogin(known.email));
  }
}
const mk = median(a);
const mu = median(b);
const diff = (Math.abs(mk - mu) / Math.min(mk, mu)) * 100;
console.log(`failed sign-in, ${ROUNDS} attempts each (engine: ${t.conn.engine})`);
console.log(`  known address:   median ${mk.toFixed(1)} ms`);
console.log(`  unknown address: median ${mu.toFixed(1)} ms`);
console.log(`  difference: ${diff.toFixed(1)} % (goal: below 10 %)`);
await t.close();
