import type { ColumnType, Generated } from 'kysely';
import type { MatchingInput } from '../../lib/matching/index.ts';

/** A JSONB column: read parsed, written as JSON text (as the drivers of both engines expect). */
type Json<T> = ColumnType<T, string, string>;

/** Kysely types of the matching rounds (migrations/20261202124000_housing_office_rounds.sql). */

/** The policies a round may use, as the database accepts them: the matching library's (see rounds.policy.ts). */
export const ROUND_POLICY_NAMES = ['urgencyFirst', 'optimal', 'priority'] as const;
export type RoundPolicy = (typeof ROUND_POLICY_NAMES)[number];

export const ROUND_STATUSES = [
  'draft',
  'previewed',
  'queued',
  'running',
  'run',
  'failed',
  'confirmed_partly',
  'confirmed_fully',
] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/** The preview's counts. */
export interface RoundPreview {
  households: number;
  flats: number;
  feasiblePairs: number;
  /** Households that no flat of the round fits at all. */
  withoutFlat: number;
}

/** One policy's figures as the round page shows them side by side. */
export interface PolicyFigureRow {
  policy: RoundPolicy;
  placed: number;
  /** Households and placed ones per urgency level 0..3. */
  byUrgency: { level: number; households: number; placed: number }[];
  totalScore: number;
  justifiedEnvyPairs: number;
}

export interface RoundTable {
  municipality_id: string;
  id: Generated<string>;
  title: string;
  policy: RoundPolicy;
  status: Generated<RoundStatus>;
  round_date: string | Date;
  rule_version: Generated<string>;
  /** The frozen MatchingInput; JSON on the way in. */
  /** The frozen input of the matching library, as validated when the round was made. */
  input: Json<MatchingInput>;
  preview: ColumnType<RoundPreview | null, string | null, string | null>;
  comparison: ColumnType<PolicyFigureRow[] | null, string | null, string | null>;
  progress: Generated<number>;
  job_id: string | null;
  created_by_user_id: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  run_at: Date | null;
}

/** Score components with their points, as the library reports them. */
export interface ProposalExplanation {
  waiting: number;
  urgency: number;
  wish: number;
  distance: number;
  sizeFit: number;
  total: number;
}

export interface RoundProposalTable {
  municipality_id: string;
  round_id: string;
  household_id: string;
  flat_id: string;
  score: number;
  explanation: Json<ProposalExplanation>;
}

export interface RoundUnplacedTable {
  municipality_id: string;
  round_id: string;
  household_id: string;
  /** The library's UnmatchedReason (code and numbers). */
  reason: Json<Record<string, unknown> & { code: string }>;
}

export interface RoundConfirmationTable {
  municipality_id: string;
  round_id: string;
  household_id: string;
  flat_id: string;
  confirmed_by_user_id: string | null;
  confirmed_at: Generated<Date>;
  override_reason: string | null;
  application_id: string;
}

declare module '../../platform/db/types.ts' {
  interface Database {
    housing_rounds: RoundTable;
    housing_round_proposals: RoundProposalTable;
    housing_round_unplaced: RoundUnplacedTable;
    housing_round_confirmations: RoundConfirmationTable;
  }
}
