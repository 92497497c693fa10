import { sql } from 'kysely';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import './housing.tables.ts';

// Query pieces several parts of housing share: the office's lists, a round's candidates, the applicants.

/**
 * The accepted application that took a household (alias `h`) or a flat (alias `f`) of the outer query off the
 * list. Correlated by `sql.ref` so one builder serves both tables.
 */
function acceptedApplicationOf(db: Executor, of: 'household' | 'flat') {
  const [column, outer] = of === 'household' ? (['a.household_id', 'h'] as const) : (['a.flat_id', 'f'] as const);
  return db
    .selectFrom('housing_applications as a')
    .select('a.id')
    .where('a.municipality_id', '=', sql.ref<string>(`${outer}.municipality_id`))
    .where(column, '=', sql.ref<string>(`${outer}.id`))
    .where('a.status', '=', 'accepted');
}

/** Households (alias `h`) still waiting: not housed, no accepted flat. Callers choose columns and order. */
export function waitingHouseholds(db: Executor, t: Tenant) {
  return db
    .selectFrom('housing_households as h')
    .where('h.municipality_id', '=', t.municipalityId)
    .where('h.housed_at', 'is', null)
    .where((eb) => eb.not(eb.exists(acceptedApplicationOf(db, 'household'))));
}

/** Free flats (alias `f`): published and not let through an accepted application, soonest available first. */
export function freeFlatsQuery(db: Executor, t: Tenant) {
  return db
    .selectFrom('housing_flats as f')
    .where('f.municipality_id', '=', t.municipalityId)
    .where('f.status', '=', 'published')
    .where((eb) => eb.not(eb.exists(acceptedApplicationOf(db, 'flat'))))
    .orderBy('f.available_from')
    .orderBy('f.id');
}

/** The members of the outer query's household `h`, as a correlated subquery: callers choose what to count. */
export function membersOfOuterHousehold(db: Executor) {
  return db
    .selectFrom('housing_household_members as m')
    .where('m.municipality_id', '=', sql.ref<string>('h.municipality_id'))
    .where('m.household_id', '=', sql.ref<string>('h.id'));
}

/** The number of members of the outer household `h` (a string, as the driver returns a count), as `size`. */
export function householdSize(db: Executor) {
  return membersOfOuterHousehold(db)
    .select((e) => e.fn.countAll<string>().as('n'))
    .as('size');
}

/** The number of members of the outer household `h` as a number, under the given name. */
export function personCount<N extends string>(db: Executor, as: N) {
  return membersOfOuterHousehold(db).select(sql<number>`count(*)::int`.as('n')).as(as);
}
