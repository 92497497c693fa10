import { randomBytes } from 'node:crypto';
import type { Executor } from '../db/types.ts';
import './auth-tables.ts';

// One promise per database and name: every request of a process shares the secret read once.
const cache = new WeakMap<object, Map<string, Promise<string>>>();

/**
 * A named secret: the configured value when there is one (production requires it), otherwise one generated once
 * and kept in the database (`platform_secrets`), so that every process on that database and every restart share
 * it. The first process to ask creates it; a concurrent one finds it (insert … on conflict do nothing, then read).
 */
export function secretFor(db: Executor, name: string, configured: string | undefined): Promise<string> {
  if (configured) return Promise.resolve(configured);
  let byName = cache.get(db);
  if (!byName) {
    byName = new Map();
    cache.set(db, byName);
  }
  let secret = byName.get(name);
  if (!secret) {
    secret = readOrCreate(db, name);
    byName.set(name, secret);
    secret.catch(() => byName.delete(name));
  }
  return secret;
}

async function readOrCreate(db: Executor, name: string): Promise<string> {
  await db
    .insertInto('platform_secrets')
    .values({ name, value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('platform_secrets')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.value;
}
