import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { spaceLimit } from './eligibility.engine.ts';
import type { FitNeeds } from './flat-fit.ts';
import { rulesInForce } from './rules.service.ts';

const day = (d: string | Date | null): string | null =>
  d === null ? null : typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10);

/**
 * The needs of the household profile a person owns in this municipality, or null without one. A stand-in for
 * the apply part's `householdNeeds` (same tables, read only) until that part is joined in.
 */
export async function householdNeeds(db: Executor, t: Tenant, userId: string, today: Date): Promise<FitNeeds | null> {
  const h = await db
    .selectFrom('housing_households')
    .select(['id', 'rent_limit_cents', 'needs_step_free', 'needs_wheelchair', 'has_pets', 'wbs_valid_until'])
    .where('municipality_id', '=', t.municipalityId)
    .where('owner_user_id', '=', userId)
    .executeTakeFirst();
  if (!h) return null;
  const members = await db
    .selectFrom('housing_household_members')
    .select(['role', 'disabled', 'single_parent'])
    .where('municipality_id', '=', t.municipalityId)
    .where('household_id', '=', h.id)
    .execute();
  const persons = Math.max(1, members.length);
  // The living space a WBS allows, from the dated rules in force (the rules part's figures, not constants).
  const rules = await rulesInForce(db, t.municipalityId, today);
  const singleParent = members.some((m) => m.single_parent);
  const disabled = members.filter((m) => m.disabled).length;
  return {
    persons,
    spaceLimitM2: spaceLimit(rules.space.figures, persons, singleParent, disabled),
    rentLimitCents: h.rent_limit_cents,
    needsStepFree: h.needs_step_free,
    needsWheelchair: h.needs_wheelchair,
    hasPets: h.has_pets,
    wbsValidUntil: day(h.wbs_valid_until),
  };
}
