import type { Generated } from 'kysely';

/** Kysely types of the housing rule tables (migrations/20261202121000_housing_rules.sql). */

export const RULE_KINDS = ['wbs', 'deductions', 'space', 'permits'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export interface RuleSetTable {
  id: Generated<string>;
  kind: RuleKind;
  valid_from: string | Date;
  figures: unknown;
  unsure: Generated<boolean>;
  source: Generated<string>;
  created_at: Generated<Date>;
}

export interface RentLimitTable {
  municipality_id: string;
  id: Generated<string>;
  valid_from: string | Date;
  /** Six numbers: households of 1 … 6 or more persons (euros per month, gross cold rent). */
  limits: unknown;
  example: Generated<boolean>;
  office_name: string;
  office_address: Generated<string>;
  office_email: string | null;
  office_phone: string | null;
  created_at: Generated<Date>;
}

declare module '../../platform/db/types.ts' {
  interface Database {
    housing_rule_sets: RuleSetTable;
    housing_rent_limits: RentLimitTable;
  }
}
