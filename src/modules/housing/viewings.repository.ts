import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';

export async function insertSlot(
  db: Executor,
  t: Tenant,
  v: { flatId: string; startsAt: Date; minutes: number },
): Promise<string> {
  const row = await db
    .insertInto('housing_viewing_slots')
    .values({ municipality_id: t.municipalityId, flat_id: v.flatId, starts_at: v.startsAt, minutes: v.minutes })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A flat's slots, soonest first, with the application that booked each (null: free). */
export function slotsOfFlat(db: Executor, t: Tenant, flatId: string) {
  return db
    .selectFrom('housing_viewing_slots')
    .select(['id', 'starts_at', 'minutes', 'application_id'])
    .where('municipality_id', '=', t.municipalityId)
    .where('flat_id', '=', flatId)
    .orderBy('starts_at')
    .orderBy('id')
    .execute();
}
export type SlotRow = Awaited<ReturnType<typeof slotsOfFlat>>[number];

/** Gives up an application's booking (to book another slot instead). */
export async function releaseBooking(db: Executor, t: Tenant, applicationId: string) {
  await db
    .updateTable('housing_viewing_slots')
    .set({ application_id: null, booked_at: null })
    .where('municipality_id', '=', t.municipalityId)
    .where('application_id', '=', applicationId)
    .execute();
}

/**
 * Books a free slot of the flat for an application, in one conditional statement: of two households booking the
 * same slot at once, exactly one gets it (the other's update finds the slot taken and changes nothing).
 */
export async function bookSlot(
  db: Executor,
  t: Tenant,
  v: { slotId: string; flatId: string; applicationId: string; now: Date },
): Promise<boolean> {
  const row = await db
    .updateTable('housing_viewing_slots')
    .set({ application_id: v.applicationId, booked_at: v.now })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', v.slotId)
    .where('flat_id', '=', v.flatId)
    .where('application_id', 'is', null)
    .where('starts_at', '>', v.now)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}
