import {
  checkPair,
  type Flat,
  type Household,
  type MatchingInput,
  type UnmatchedReason,
} from '../../lib/matching/index.ts';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { MessageValues, Translate } from '../../platform/i18n/messages.ts';
import { confirmationsOf, unplacedOf } from './rounds.repository.ts';
import { day } from './rounds.candidates.ts';
import { latestRoundWithHousehold } from './rounds.offers.ts';
import type { ProposalExplanation } from './rounds.tables.ts';

// Explanations are data (message keys and values) until a page renders them in its reader's language; the
// matching library's own messages (`matching.*`) say the reasons, ours frame them.

/** One rendered line: a message key and its values. */
export interface Line {
  key: string;
  values?: MessageValues;
}

const COMPONENTS = ['urgency', 'waiting', 'wish', 'distance', 'sizeFit'] as const;

/** "Why this flat": the score by component, largest part first (components that gave nothing are left out). */
export function proposalLines(e: ProposalExplanation): Line[] {
  return COMPONENTS.filter((c) => e[c] > 0)
    .sort((a, b) => e[b] - e[a])
    .map((c) => ({ key: `matching.score.${c}`, values: { points: e[c] } }));
}

/** "Why not yet": the library's reason, with its constraint detail for a household no flat fitted. */
export function unplacedLines(reason: UnmatchedReason): Line[] {
  if (reason.code === 'noFeasibleFlat') {
    return [
      {
        key: 'matching.reason.noFeasibleFlat',
        values: { flats: reason.flats, detail: `matching.constraint.${reason.constraint}`, gap: reason.gap },
      },
    ];
  }
  if (reason.code === 'outscored') {
    const { feasibleFlats, higherPriority, lowerPriority } = reason;
    return [{ key: 'matching.reason.outscored', values: { feasibleFlats, higherPriority, lowerPriority } }];
  }
  return [{ key: 'matching.reason.noFlatsInRound' }];
}

/** Renders a line; a `detail` value naming a message key is rendered first (with the line's `gap`). */
export function renderLine(t: Translate, line: Line): string {
  const values = { ...line.values };
  if (typeof values.detail === 'string' && values.detail.startsWith('matching.')) {
    values.detail = t(values.detail, { gap: values.gap ?? 0 });
  }
  return t(line.key, values);
}

/** The offer's reason as stored with the application, in the household's language at the time of the offer. */
export function offerReasonText(t: Translate, e: ProposalExplanation): string {
  const parts = proposalLines(e).map((l) => renderLine(t, l));
  return `${t('housing.office.why.offer', { points: e.total })} ${parts.join(' · ')}`.slice(0, 2000);
}

/** A household's and a flat's frozen facts in a round, and the pair's check (feasibility and score). */
export function frozenPair(input: MatchingInput, householdId: string, flatId: string) {
  const household = input.households.find((h) => h.id === householdId);
  const flat = input.flats.find((f) => f.id === flatId);
  if (!household || !flat) return null;
  return { household, flat, check: checkPair(household, flat, input.roundDate, input) };
}

/** Priority order of the library: urgency (high first), then waiting since (earliest first), then id. */
export function ranksAbove(a: Household, b: Household): boolean {
  if (a.urgency !== b.urgency) return a.urgency > b.urgency;
  if (a.waitingSince !== b.waitingSince) return a.waitingSince < b.waitingSince;
  return a.id < b.id;
}

/** Households ranked above `household` that stayed unplaced although `flat` was feasible for them. */
export function passedOver(input: MatchingInput, unplaced: readonly string[], household: Household, flat: Flat) {
  const waiting = new Set(unplaced);
  return input.households.filter(
    (h) =>
      waiting.has(h.id) && ranksAbove(h, household) && checkPair(h, flat, input.roundDate, input).feasibility.feasible,
  ).length;
}

/** What a household may read about its latest decided round: an offer with its reason, or why not yet. */
export type HouseholdExplanation =
  | { kind: 'offer'; roundId: string; roundDate: string; flatId: string; points: number; lines: Line[]; locale: Locale }
  | { kind: 'notYet'; roundId: string; roundDate: string; lines: Line[]; locale: Locale };

/**
 * For the household's own page: the latest round a person confirmed that included the household, explained from
 * the round's frozen inputs in the household's language (`locale`). Null when no decided round included it, or
 * when its proposal there still waits for a person's decision.
 */
export async function explainForHousehold(
  db: Executor,
  tenant: Tenant,
  householdId: string,
  locale: Locale,
): Promise<HouseholdExplanation | null> {
  const round = await latestRoundWithHousehold(db, tenant, householdId);
  if (!round) return null;
  const base = { roundId: round.id, roundDate: day(round.round_date), locale };
  const confirmed = (await confirmationsOf(db, tenant, round.id)).find((c) => c.household_id === householdId);
  if (confirmed) {
    const input = round.input;
    const pair = frozenPair(input, householdId, confirmed.flat_id);
    const score = pair?.check.score;
    if (!score) return null;
    return { kind: 'offer', ...base, flatId: confirmed.flat_id, points: score.total, lines: proposalLines(score) };
  }
  const unplaced = (await unplacedOf(db, tenant, round.id)).find((u) => u.household_id === householdId);
  if (unplaced) return { kind: 'notYet', ...base, lines: unplacedLines(unplaced.reason as UnmatchedReason) };
  // A proposal no person has confirmed (yet): nothing is decided, so nothing is said.
  return null;
}
