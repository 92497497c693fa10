import type { Executor } from '../../platform/db/types.ts';
import { rentLimitFor, spaceLimit } from './eligibility.engine.ts';
import type { RoundLimits } from './rounds.inputs.ts';
import { rulesInForce } from './rules.service.ts';

/**
 * The rules in force on the round's day in its municipality: the version string the round records, and the living
 * space and rent limits it applies to each household (the same figures the eligibility check uses).
 */
export async function roundRules(
  db: Executor,
  municipalityId: string,
  roundDate: string,
): Promise<{ ruleVersion: string; limits: RoundLimits }> {
  const rules = await rulesInForce(db, municipalityId, roundDate);
  const space = rules.space.figures;
  return {
    ruleVersion: rules.ruleVersion.slice(0, 200),
    limits: {
      spaceM2: (members) =>
        spaceLimit(
          space,
          members.length,
          members.some((m) => m.singleParent),
          members.filter((m) => m.disabled).length,
        ),
      rentEuros: (size) => (rules.kdu ? rentLimitFor(rules.kdu.limits, size) : null),
    },
  };
}
