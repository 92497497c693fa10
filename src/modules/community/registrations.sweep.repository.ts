import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { RegistrationRow } from './registrations.repository.ts';

// The background jobs' SQL: find which municipalities have work (the one read across tenants, to start a use
// case per municipality), then claim and change one municipality's rows at a time.

type Claimed = RegistrationRow & { event_id: string };

function withEvent(db: Executor, t: Tenant) {
  return db
    .selectFrom('community_registrations as r')
    .innerJoin('community_occurrences as o', (j) =>
      j.onRef('o.municipality_id', '=', 'r.municipality_id').onRef('o.id', '=', 'r.occurrence_id'),
    )
    .selectAll('r')
    .select('o.event_id')
    .where('r.municipality_id', '=', t.municipalityId);
}

/** Registrations with a mail still owed, claimed so that two workers never send one twice. */
export function claimNotices(tx: Executor, t: Tenant, limit: number): Promise<Claimed[]> {
  return withEvent(tx, t)
    .where('r.notice', 'is not', null)
    .orderBy('r.created_at')
    .limit(limit)
    .forUpdate('r')
    .skipLocked()
    .execute();
}

/** Clears the notices just mailed. */
export async function clearNotices(tx: Executor, t: Tenant, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .updateTable('community_registrations')
    .set({ notice: null })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', 'in', ids)
    .execute();
}

/** Confirmed registrations with an address whose date starts in [from, until) and who were not reminded yet. */
export function claimReminders(tx: Executor, t: Tenant, from: Date, until: Date, limit: number): Promise<Claimed[]> {
  return withEvent(tx, t)
    .innerJoin('community_events as e', (j) =>
      j.onRef('e.municipality_id', '=', 'o.municipality_id').onRef('e.id', '=', 'o.event_id'),
    )
    .where('r.status', '=', 'confirmed')
    .where('r.reminded_at', 'is', null)
    .where('r.email', 'is not', null)
    .where('o.status', '=', 'scheduled')
    .where('e.status', '=', 'published')
    .where('o.starts_at', '>', from)
    .where('o.starts_at', '<', until)
    .orderBy('o.starts_at')
    .limit(limit)
    .forUpdate('r')
    .skipLocked()
    .execute();
}

export async function markReminded(tx: Executor, t: Tenant, ids: readonly string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .updateTable('community_registrations')
    .set({ reminded_at: now })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', 'in', ids)
    .execute();
}

/**
 * Erases the personal data of registrations whose date ended before `cutoff`: name, address, phone and account
 * link go; status, places, language and times stay, and so do the attendance counts. Returns how many.
 */
export async function erasePersonalData(tx: Executor, t: Tenant, cutoff: Date, now: Date): Promise<number> {
  const rows = await tx
    .updateTable('community_registrations as r')
    .set({ name: null, email: null, phone: null, user_id: null, notice: null, erased_at: now })
    .where('r.municipality_id', '=', t.municipalityId)
    .where('r.erased_at', 'is', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('community_occurrences as o')
          .select('o.id')
          .whereRef('o.municipality_id', '=', 'r.municipality_id')
          .whereRef('o.id', '=', 'r.occurrence_id')
          .where('o.ends_at', '<', cutoff),
      ),
    )
    .returning('r.id')
    .execute();
  return rows.length;
}

/** The municipalities with rows for a job: notices owed, reminders due, or data past its retention. */
export async function municipalitiesWith(
  db: Executor,
  work: 'notices' | { remindFrom: Date; remindUntil: Date } | { erasedBefore: Date },
): Promise<string[]> {
  let q = db
    .selectFrom('community_registrations as r')
    .innerJoin('community_occurrences as o', (j) =>
      j.onRef('o.municipality_id', '=', 'r.municipality_id').onRef('o.id', '=', 'r.occurrence_id'),
    )
    .select('r.municipality_id')
    .distinct();
  if (work === 'notices') q = q.where('r.notice', 'is not', null);
  else if ('remindFrom' in work)
    q = q
      .where('r.status', '=', 'confirmed')
      .where('r.reminded_at', 'is', null)
      .where('r.email', 'is not', null)
      .where('o.starts_at', '>', work.remindFrom)
      .where('o.starts_at', '<', work.remindUntil);
  else q = q.where('r.erased_at', 'is', null).where('o.ends_at', '<', work.erasedBefore);
  return (await q.execute()).map((r) => r.municipality_id);
}
