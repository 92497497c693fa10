import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { ContactValues } from './day.repository.ts';

// SQL of the day part's demo step: the services the services step seeded, and their past contacts.

/** The active services of a municipality with what a contact is counted by. */
export async function servicesForSeed(db: Executor, t: Tenant) {
  return db
    .selectFrom('counselling_services')
    .select(['id', 'topics', 'languages', 'channels', 'slot_minutes'])
    .where('municipality_id', '=', t.municipalityId)
    .where('active', '=', true)
    .orderBy('created_at')
    .execute();
}

/** Inserts contacts in one statement (the demo's weeks of figures). */
export async function insertContacts(db: Executor, t: Tenant, rows: readonly ContactValues[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('counselling_contacts')
    .values(rows.map((r) => ({ municipality_id: t.municipalityId, ...r })))
    .execute();
}
