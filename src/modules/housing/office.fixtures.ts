import type { Executor } from '../../platform/db/types.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import './housing.tables.ts';

// Test fixtures of the housing office (used by its tests only): households and flats straight in the database, with
// only what a round reads, so that each test says the facts that matter to it.

export async function housingProvider(db: Executor, municipalityId: string): Promise<string> {
  const row = await db
    .insertInto('providers')
    .values({ municipality_id: municipalityId, name: 'Wohnbau Test eG', kind: 'housing_company' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface HouseholdSpec {
  urgency?: number;
  waitingSince?: string;
  persons?: number;
  rentEuros?: number;
  locale?: Locale;
  owner?: string | null;
  name?: string;
}

export async function addHousehold(db: Executor, municipalityId: string, s: HouseholdSpec = {}): Promise<string> {
  const row = await db
    .insertInto('housing_households')
    .values({
      municipality_id: municipalityId,
      owner_user_id: s.owner ?? null,
      consent_at: new Date(),
      contact_name: s.name ?? null,
      preferred_locale: s.locale ?? 'de',
      rent_limit_cents: (s.rentEuros ?? 700) * 100,
      wbs_valid_until: '2999-01-01',
      waiting_since: s.waitingSince ?? '2025-01-01',
      urgency: s.urgency ?? 0,
      eligibility_rule_version: 'nds-2025-01',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const persons = s.persons ?? 1;
  await db
    .insertInto('housing_household_members')
    .values(
      Array.from({ length: persons }, (_, i) => ({
        municipality_id: municipalityId,
        household_id: row.id,
        position: i + 1,
        role: i < 2 ? ('adult' as const) : ('child' as const),
        age_group: i < 2 ? ('27-64' as const) : ('6-13' as const),
      })),
    )
    .execute();
  return row.id;
}

export interface FlatSpec {
  rooms?: number;
  area?: number;
  coldEuros?: number;
  status?: 'draft' | 'published';
  street?: string;
}

export async function addFlat(db: Executor, municipalityId: string, providerId: string, s: FlatSpec = {}) {
  const row = await db
    .insertInto('housing_flats')
    .values({
      municipality_id: municipalityId,
      provider_id: providerId,
      status: s.status ?? 'published',
      street: s.street ?? 'Teststraße 1',
      postcode: '49716',
      city: 'Meppen',
      lat: 52.69,
      lon: 7.29,
      rooms: s.rooms ?? 2,
      area_m2: s.area ?? 45,
      floor: 1,
      cold_rent_cents: (s.coldEuros ?? 400) * 100,
      service_charges_cents: 10000,
      wbs_required: true,
      available_from: '2026-01-01',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An accepted application decided on a day: a housed household for the time-to-home figures. */
export async function accepted(
  db: Executor,
  municipalityId: string,
  householdId: string,
  flatId: string,
  decided: string,
) {
  await db
    .insertInto('housing_applications')
    .values({
      municipality_id: municipalityId,
      household_id: householdId,
      flat_id: flatId,
      status: 'accepted',
      decided_at: new Date(`${decided}T12:00:00Z`),
    })
    .execute();
}
