/**
 * Public types of the matching engine. Input types are inferred from the zod
 * schemas so the static type and the runtime validator cannot drift apart.
 * Explanations are data (codes and numbers); texts live in locales/*.json.
 */
import type { z } from 'zod';
import type { flatSchema, householdSchema, matchingInputSchema, rulesSchema, weightsSchema } from './input.schema.ts';

/** A waiting household as validated at the boundary. */
export type Household = z.infer<typeof householdSchema>;
/** A free flat as validated at the boundary. */
export type Flat = z.infer<typeof flatSchema>;
/** Score weights (all integers). */
export type Weights = z.infer<typeof weightsSchema>;
/** Hard-constraint parameters. */
export type Rules = z.infer<typeof rulesSchema>;
/** Input of one matching round (weights and rules may be partial). */
export type MatchingInput = z.infer<typeof matchingInputSchema>;

/**
 * The allocation policies an office can pick (docs/lib/matching.md, "Policies"):
 * `urgencyFirst` (default): the most households placeable in priority order, then the best total fit among them;
 * `optimal` ("best overall fit"): the most households, then the highest total score;
 * `priority` ("strict priority order"): urgency, then waiting time, each takes its best flat.
 */
export const MATCHING_MODES = ['urgencyFirst', 'optimal', 'priority'] as const;

/** One allocation policy. */
export type MatchingMode = (typeof MATCHING_MODES)[number];

/** The policy a round uses unless the office picks another one. */
export const DEFAULT_MODE: MatchingMode = 'urgencyFirst';

/** Hard constraints in the order they are checked; the first failing one is reported. */
export const CONSTRAINT_CODES = [
  'areaAboveLimit',
  'overcrowded',
  'rentAboveLimit',
  'wbsMissing',
  'accessibilityNotMet',
  'notAvailableInTime',
  'petsNotAllowed',
] as const;

/** Code of one hard constraint. */
export type ConstraintCode = (typeof CONSTRAINT_CODES)[number];

/** Result of checking one household–flat pair; `gap` is in the constraint's unit (see docs). */
export type Feasibility = { readonly feasible: true } | FailedConstraint;

/** The first constraint a pair failed and by how much. */
export interface FailedConstraint {
  readonly feasible: false;
  readonly constraint: ConstraintCode;
  readonly gap: number;
}

/** Integer score components of one pair. */
export interface ScoreComponents {
  readonly waiting: number;
  readonly urgency: number;
  readonly wish: number;
  readonly distance: number;
  readonly sizeFit: number;
}

/** Components plus their sum (the placement bonus is reported separately). */
export interface PairScore extends ScoreComponents {
  readonly total: number;
}

/** One proposed household–flat pair with its score by component. */
export interface Proposal {
  readonly householdId: string;
  readonly flatId: string;
  readonly score: PairScore;
  /** Score of the household's best feasible flat minus this one's (0: no flat suits it better); see docs. */
  readonly pointsBelowBest: number;
}

/** Codes of the reasons an unmatched household can get. */
export const REASON_CODES = ['noFlatsInRound', 'noFeasibleFlat', 'outscored', 'neededByHigherPriority'] as const;

/** Why a household stayed unmatched; rendered with the `matching.reason.<code>` message. */
export type UnmatchedReason =
  | { readonly code: 'noFlatsInRound' }
  | {
      readonly code: 'noFeasibleFlat';
      /** Most common first-failing constraint over all flats (ties: earlier in CONSTRAINT_CODES). */
      readonly constraint: ConstraintCode;
      /** Number of flats that failed first on that constraint. */
      readonly flats: number;
      /** Smallest gap among those flats: how close the nearest miss was. */
      readonly gap: number;
      /** Number of flats per first-failing constraint (only non-zero entries). */
      readonly failures: Partial<Record<ConstraintCode, number>>;
    }
  | {
      /** `outscored` in optimal and priority mode; `neededByHigherPriority` in urgency-first mode (see docs). */
      readonly code: 'outscored' | 'neededByHigherPriority';
      /** Flats the household could have taken; all of them went to other households. */
      readonly feasibleFlats: number;
      /** How many of those went to households ranked above it in priority order. */
      readonly higherPriority: number;
      /** How many went to households ranked below it (optimal mode; urgency first: see docs). */
      readonly lowerPriority: number;
      /** Urgency levels 0..3 of the receiving households, as counts. */
      readonly recipientsByUrgency: readonly number[];
    };

/** A household left without a proposal, and why. */
export interface UnmatchedHousehold {
  readonly householdId: string;
  readonly reason: UnmatchedReason;
}

/** Per-flat view: how many households could take it and who got it. */
export interface FlatOutcome {
  readonly flatId: string;
  readonly feasibleHouseholds: number;
  readonly householdId: string | null;
}

/** Placed count and share of one group (an urgency level or a waiting-time band). */
export interface GroupShare {
  readonly group: string;
  readonly households: number;
  readonly placed: number;
  /** placed / households, rounded to 4 decimals; 0 for an empty group. */
  readonly share: number;
}

/** Nearest-rank percentiles of waiting time in completed months. */
export interface WaitingPercentiles {
  readonly p10: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p90: number;
}

/** Fairness figures of one run. */
export interface FairnessReport {
  readonly byUrgency: readonly GroupShare[];
  readonly byWaitingBand: readonly GroupShare[];
  readonly waitingMonths: {
    readonly placed: WaitingPercentiles | null;
    readonly unplaced: WaitingPercentiles | null;
  };
  /** Pairs (household, flat): flat feasible for the household, went to a lower-priority one, household preferred it. */
  readonly justifiedEnvyPairs: number;
  /** Households with at least one justified-envy pair. */
  readonly householdsWithJustifiedEnvy: number;
}

/** Totals of one run. */
export interface MatchingSummary {
  readonly mode: MatchingMode;
  readonly households: number;
  readonly flats: number;
  readonly feasiblePairs: number;
  readonly placed: number;
  /** Sum of the proposals' component totals. */
  readonly totalScore: number;
  /** Bonus added to every placed pair so one more placement always wins (see docs). */
  readonly placementBonus: number;
  /** placed · placementBonus + totalScore: what the optimal mode maximizes. */
  readonly objective: number;
}

/** Everything the engine proposes for one round; the decision stays with people. */
export interface MatchingResult {
  readonly summary: MatchingSummary;
  readonly proposals: readonly Proposal[];
  readonly unmatched: readonly UnmatchedHousehold[];
  readonly flats: readonly FlatOutcome[];
  readonly fairness: FairnessReport;
}

/** One policy's figures on a round, for showing the policies side by side before anything is confirmed. */
export interface PolicyFigures {
  readonly mode: MatchingMode;
  readonly placed: number;
  /** Households and placed ones per urgency level 0..3 (the fairness report's groups). */
  readonly placedByUrgency: readonly GroupShare[];
  /** Sum of the proposals' component totals (total fit). */
  readonly totalScore: number;
  readonly justifiedEnvyPairs: number;
  readonly householdsWithJustifiedEnvy: number;
}

/** All policies on the same round: figures side by side and each policy's full result. */
export interface PolicyComparison {
  /** The default policy (urgency first). */
  readonly defaultMode: MatchingMode;
  /** In the order of MATCHING_MODES, so the default comes first. */
  readonly policies: readonly { readonly figures: PolicyFigures; readonly result: MatchingResult }[];
}
