import type { Generated } from 'kysely';

/** Kysely types of the apply part's own table (migrations/20261202123000_housing_household_notices.sql). */

export const NOTICE_KINDS = [
  'submitted',
  'shortlisted',
  'viewing',
  'offered',
  'accepted',
  'declined',
  'withdrawn',
  'rejected',
  'booked',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export interface HouseholdNoticeTable {
  municipality_id: string;
  id: Generated<string>;
  household_id: string;
  application_id: string | null;
  kind: NoticeKind;
  created_at: Generated<Date>;
}

declare module '../../platform/db/types.ts' {
  interface Database {
    housing_household_notices: HouseholdNoticeTable;
  }
}
