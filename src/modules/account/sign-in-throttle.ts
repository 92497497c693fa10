import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import '../../platform/auth/auth-tables.ts';
import type { Executor } from '../../platform/db/types.ts';

/**
 * How failed sign-ins slow down further tries. Keyed by the address (whether or not it has an account, so that the
 * answer never tells) and by the client address. Successes are never counted; a lock always ends, and the count
 * starts again from zero when it has ended or after a quiet period.
 */
export interface ThrottleRule {
  /** Failures answered at once before any delay. */
  free: number;
  /** After more failures, the next try waits 2^(failures − free) seconds: 1, 2, 4, … */
  progressive: boolean;
  /** At this many failures the key cools down for `coolDownMs`; then the count starts afresh. */
  lockAt: number;
  coolDownMs: number;
  /** Failures older than this are forgotten. */
  forgetMs: number;
}

const MINUTES_15 = 15 * 60 * 1000;
/** Per address: a guesser is slowed at once; the owner has the unlock link from the mail. */
export const ADDRESS_RULE: ThrottleRule = {
  free: 3,
  progressive: true,
  lockAt: 10,
  coolDownMs: MINUTES_15,
  forgetMs: MINUTES_15,
};
/** Per client address: generous, since an office or a shelter's Wi-Fi shares one address. */
export const CLIENT_RULE: ThrottleRule = {
  free: 50,
  progressive: false,
  lockAt: 50,
  coolDownMs: MINUTES_15,
  forgetMs: MINUTES_15,
};

export interface ThrottleRow {
  failures: number;
  last_failure_at: Date;
  locked_until: Date | null;
}

/** The throttle key of an e-mail address (hashed: the table holds no addresses). */
export function addressKey(email: string): string {
  return `a:${createHash('sha256').update(email.trim().toLowerCase()).digest('hex')}`;
}

/** The throttle key of a client address. */
export function clientKey(ip: string): string {
  return `ip:${ip}`;
}

/** True when a row's count no longer applies: its lock has ended or its last failure is long past. */
export function isStale(row: ThrottleRow, rule: ThrottleRule, now: Date): boolean {
  if (row.locked_until && new Date(row.locked_until).getTime() <= now.getTime()) return true;
  return now.getTime() - new Date(row.last_failure_at).getTime() > rule.forgetMs;
}

/** Milliseconds until the key may try again (0: now). */
export function waitMs(row: ThrottleRow | undefined, rule: ThrottleRule, now: Date): number {
  if (!row || isStale(row, rule, now)) return 0;
  if (row.locked_until) return new Date(row.locked_until).getTime() - now.getTime();
  if (!rule.progressive || row.failures < rule.free) return 0;
  const allowedAt = new Date(row.last_failure_at).getTime() + 1000 * 2 ** (row.failures - rule.free);
  return Math.max(0, allowedAt - now.getTime());
}

/** The longest wait over the given keys, with whether it is a cool-down (rather than a short delay). */
export async function throttleWait(
  db: Executor,
  keys: [string, ThrottleRule][],
  now: Date,
): Promise<{ ms: number; coolDown: boolean }> {
  const rows = await db
    .selectFrom('sign_in_throttle')
    .select(['key', 'failures', 'last_failure_at', 'locked_until'])
    .where(
      'key',
      'in',
      keys.map(([k]) => k),
    )
    .execute();
  let result = { ms: 0, coolDown: false };
  for (const [key, rule] of keys) {
    const row = rows.find((r) => r.key === key);
    const ms = waitMs(row, rule, now);
    if (ms > result.ms) result = { ms, coolDown: Boolean(row?.locked_until) };
  }
  return result;
}

/** Counts a failure for a key (atomically); true when this failure started a cool-down. */
export async function recordFailure(db: Executor, key: string, rule: ThrottleRule, now: Date): Promise<boolean> {
  const stale = sql`(t.locked_until is not null and t.locked_until <= ${now}::timestamptz)
    or t.last_failure_at < ${now}::timestamptz - make_interval(secs => ${rule.forgetMs / 1000})`;
  const next = sql`case when ${stale} then 1 else t.failures + 1 end`;
  const row = await sql<{ failures: number; locked_until: Date | null }>`
    insert into sign_in_throttle as t (key, failures, last_failure_at, locked_until)
    values (${key}, 1, ${now}, case when 1 >= ${rule.lockAt}
      then ${now}::timestamptz + make_interval(secs => ${rule.coolDownMs / 1000}) end)
    on conflict (key) do update set
      failures = ${next},
      last_failure_at = ${now},
      locked_until = case when ${next} >= ${rule.lockAt}
        then ${now}::timestamptz + make_interval(secs => ${rule.coolDownMs / 1000}) end
    returning failures, locked_until`.execute(db);
  return row.rows[0]?.failures === rule.lockAt;
}

/** Forgets a key's failures (after a successful sign-in of that address). */
export async function clearKey(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('sign_in_throttle').where('key', '=', key).execute();
}
