import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { spaceLimit } from './eligibility.engine.ts';
import type { FitNeeds } from './flat-fit.ts';
import { ownHouseholdNeeds } from './households.service.ts';
import { rulesInForce } from './rules.service.ts';

/**
 * What the fit of a flat looks at for the household a person owns in this municipality (null without one): the
 * households part's needs, the living space from the rules in force, and the WBS's last day.
 */
export async function fitNeedsOf(db: Executor, t: Tenant, userId: string, today: Date): Promise<FitNeeds | null> {
  const n = await ownHouseholdNeeds(db, t, userId);
  if (!n) return null;
  const rules = await rulesInForce(db, t.municipalityId, today);
  const persons = Math.max(1, n.members);
  return {
    persons,
    spaceLimitM2: spaceLimit(rules.space.figures, persons, n.singleParent, n.disabledMembers),
    rentLimitCents: n.rentLimitCents,
    needsStepFree: n.needsStepFree,
    needsWheelchair: n.needsWheelchair,
    hasPets: n.hasPets,
    wbsValidUntil: n.wbsValidUntil,
  };
}
