import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';

// SQL of the appointments part's jobs: reminders and the erasure of personal data (counselling_appointments only).

/** Municipalities with reminders due in [from, until), or with personal data older than `erasedBefore`. */
export async function municipalitiesWith(
  db: Executor,
  q: { remindFrom: Date; remindUntil: Date } | { erasedBefore: Date },
): Promise<string[]> {
  let s = db.selectFrom('counselling_appointments').select('municipality_id').distinct();
  s =
    'erasedBefore' in q
      ? s.where('erased_at', 'is', null).where('ends_at', '<', q.erasedBefore)
      : s
          .where('status', '=', 'booked')
          .where('reminded_at', 'is', null)
          .where('email', 'is not', null)
          .where('starts_at', '>=', q.remindFrom)
          .where('starts_at', '<', q.remindUntil);
  return (await s.execute()).map((r) => r.municipality_id);
}

/** Booked appointments with an address starting in [from, until) not reminded yet, locked against a second run. */
export function claimReminders(db: Executor, t: Tenant, from: Date, until: Date, limit: number) {
  return db
    .selectFrom('counselling_appointments')
    .select(['id', 'service_id', 'counsellor_id', 'starts_at', 'ends_at', 'status', 'channel', 'topic', 'language'])
    .select(['interpreter_language', 'name', 'email', 'phone', 'locale', 'uid', 'sequence', 'cancelled_at'])
    .select('erased_at')
    .where('municipality_id', '=', t.municipalityId)
    .where('status', '=', 'booked')
    .where('reminded_at', 'is', null)
    .where('email', 'is not', null)
    .where('starts_at', '>=', from)
    .where('starts_at', '<', until)
    .orderBy('starts_at')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

export async function markReminded(db: Executor, t: Tenant, ids: string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('counselling_appointments')
    .set({ reminded_at: now })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', 'in', ids)
    .execute();
}

/** Erases name, e-mail and phone of appointments that ended before `cutoff`; the rows (and the figures) stay. */
export async function erasePersonalData(db: Executor, t: Tenant, cutoff: Date, now: Date): Promise<number> {
  const rows = await db
    .updateTable('counselling_appointments')
    .set({ name: null, email: null, phone: null, erased_at: now })
    .where('municipality_id', '=', t.municipalityId)
    .where('erased_at', 'is', null)
    .where('ends_at', '<', cutoff)
    .returning('id')
    .execute();
  return rows.length;
}
