import type { Generated } from 'kysely';
import { APPLICATION_STATUSES } from './housing.tables.ts';

/** Kysely types of the apply part's own table (migrations/20261202123000_housing_household_notices.sql). */

/** A notice for each step of an application, and one for a booked viewing. */
export const NOTICE_KINDS = [...APPLICATION_STATUSES, 'booked'] as const;
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
