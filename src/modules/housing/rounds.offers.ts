import { sql } from 'kysely';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { RoundRow } from './rounds.repository.ts';
import './housing.tables.ts';
import './rounds.tables.ts';

// Where rounds meet the application flow and the household: offers, and the rounds a household was part of.

/**
 * A confirmed proposal becomes an offer in the application flow: the household's application to the flat is
 * created or moved to 'offered', marked with the round and the reason. Returns the application id.
 */
export async function offerApplication(
  db: Executor,
  t: Tenant,
  v: { householdId: string; flatId: string; roundId: string; reason: string; at: Date },
): Promise<string> {
  const row = await db
    .insertInto('housing_applications')
    .values({
      municipality_id: t.municipalityId,
      flat_id: v.flatId,
      household_id: v.householdId,
      status: 'offered',
      round_id: v.roundId,
      offer_reason: v.reason,
      created_at: v.at,
      updated_at: v.at,
    })
    .onConflict((oc) =>
      oc.columns(['municipality_id', 'flat_id', 'household_id']).doUpdateSet({
        status: 'offered',
        round_id: v.roundId,
        offer_reason: v.reason,
        updated_at: v.at,
      }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Whether the household already holds an accepted flat, or the flat is already let (both block an offer). */
export async function offerBlocked(db: Executor, t: Tenant, householdId: string, flatId: string): Promise<boolean> {
  const row = await db
    .selectFrom('housing_applications')
    .select('id')
    .where('municipality_id', '=', t.municipalityId)
    .where('status', '=', 'accepted')
    .where((eb) => eb.or([eb('household_id', '=', householdId), eb('flat_id', '=', flatId)]))
    .executeTakeFirst();
  return row !== undefined;
}

/** The household owned by an account in a municipality, if any. */
export async function householdOfOwner(db: Executor, t: Tenant, userId: string) {
  return db
    .selectFrom('housing_households')
    .select(['id', 'preferred_locale'])
    .where('municipality_id', '=', t.municipalityId)
    .where('owner_user_id', '=', userId)
    .executeTakeFirst();
}

/** The latest round that included the household (frozen input), newest first. */
export async function latestRoundWithHousehold(db: Executor, t: Tenant, householdId: string) {
  return (await db
    .selectFrom('housing_rounds')
    .selectAll()
    .where('municipality_id', '=', t.municipalityId)
    .where('status', 'in', ['confirmed_partly', 'confirmed_fully'])
    .where(sql<boolean>`input -> 'households' @> ${JSON.stringify([{ id: householdId }])}::jsonb`)
    .orderBy('run_at', 'desc')
    .limit(1)
    .executeTakeFirst()) as RoundRow | undefined;
}

/** The language a household reads in. */
export async function preferredLocaleOf(db: Executor, t: Tenant, householdId: string): Promise<Locale> {
  const row = await db
    .selectFrom('housing_households')
    .select('preferred_locale')
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', householdId)
    .executeTakeFirst();
  return row?.preferred_locale ?? 'de';
}
