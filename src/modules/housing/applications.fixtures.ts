import type { Executor } from '../../platform/db/types.ts';
import type { ApplicationStatus } from './housing.tables.ts';

/** Test data for the apply part: a published flat, a household, an application in a given state. */

export async function fixtureFlat(
  db: Executor,
  m: string,
  providerId: string,
  v: { street?: string; rooms?: number; area?: number; rentCents?: number; stepFree?: boolean } = {},
): Promise<string> {
  const row = await db
    .insertInto('housing_flats')
    .values({
      municipality_id: m,
      provider_id: providerId,
      status: 'published',
      street: v.street ?? 'Hasestraße 12',
      postcode: '49716',
      city: 'Meppen',
      rooms: v.rooms ?? 4,
      area_m2: v.area ?? 92,
      floor: 1,
      step_free: v.stepFree ?? false,
      cold_rent_cents: v.rentCents ?? 62_000,
      service_charges_cents: 15_000,
      available_from: '2027-01-01',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function fixtureHousehold(
  db: Executor,
  m: string,
  v: { owner?: string | null; persons?: number; name?: string; email?: string; rentLimitCents?: number } = {},
): Promise<string> {
  const row = await db
    .insertInto('housing_households')
    .values({
      municipality_id: m,
      owner_user_id: v.owner ?? null,
      consent_at: new Date(),
      contact_name: v.name ?? 'Test Haushalt',
      contact_email: v.email ?? null,
      rent_limit_cents: v.rentLimitCents ?? 80_000,
      rent_limit_source: 'entered',
      waiting_since: '2025-06-01',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const persons = v.persons ?? 3;
  await db
    .insertInto('housing_household_members')
    .values(
      Array.from({ length: persons }, (_, i) => ({
        municipality_id: m,
        household_id: row.id,
        position: i + 1,
        role: i === 0 ? ('adult' as const) : ('child' as const),
        age_group: i === 0 ? ('27-64' as const) : ('6-13' as const),
        first_name: null,
      })),
    )
    .execute();
  return row.id;
}

export async function fixtureApplication(
  db: Executor,
  m: string,
  flatId: string,
  householdId: string,
  status: ApplicationStatus = 'submitted',
): Promise<string> {
  const row = await db
    .insertInto('housing_applications')
    .values({ municipality_id: m, flat_id: flatId, household_id: householdId, status })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
