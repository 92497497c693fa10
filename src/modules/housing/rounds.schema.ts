import { z } from 'zod';
import { uuid } from '../../platform/http/params.ts';
import { ROUND_POLICY_NAMES } from './rounds.tables.ts';
import { isAvailablePolicy } from './rounds.policy.ts';

// Form schemas of the housing office's rounds; error keys are message keys.

/** One id or several (a form sends one value as a string, several as a list). */
const ids = z
  .union([uuid, z.array(uuid).max(100_000)])
  .transform((v) => (Array.isArray(v) ? v : [v]))
  .optional();

const policy = z
  .enum(ROUND_POLICY_NAMES)
  .refine(isAvailablePolicy, { error: 'housing.office.round.policyUnavailable' });

/** A new round: title, policy, and the households and flats it covers (all, or the ticked ones). */
export const roundForm = z
  .object({
    title: z.string().min(1).max(120),
    policy,
    householdScope: z.enum(['all', 'chosen']),
    household: ids,
    flatScope: z.enum(['all', 'chosen']),
    flat: ids,
  })
  .transform((v) => ({
    title: v.title,
    policy: v.policy,
    households: v.householdScope === 'all' ? null : (v.household ?? []),
    flats: v.flatScope === 'all' ? null : (v.flat ?? []),
  }));
export type RoundInput = z.infer<typeof roundForm>;

/** Running a round under a policy. */
export const runForm = z.object({ policy });

/** Confirming the ticked proposals as proposed. */
export const confirmForm = z.object({ household: z.union([uuid, z.array(uuid).max(100_000)]) });

/** Confirming one proposal, possibly with another flat of the round; a deviation needs its reason. */
export const confirmOneForm = z.object({
  flatId: uuid.optional(),
  reason: z.string().max(1000).optional(),
});
