import type { ColumnType, Generated } from 'kysely';

/** Kysely types of the registrations part (migrations/20261203102000_community_registrations.sql). */

export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
/** A mail still owed to a registered person about a change. */
export type RegistrationNotice = 'cancelled' | 'moved' | 'promoted';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface RegistrationTable {
  municipality_id: string;
  id: Generated<string>;
  occurrence_id: string;
  user_id: string | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  locale: string;
  party_size: number;
  consent_at: Timestamp;
  status: RegistrationStatus;
  waitlist_position: number | null;
  token_hash: string;
  notice: RegistrationNotice | null;
  reminded_at: Timestamp | null;
  promoted_at: Timestamp | null;
  cancelled_at: Timestamp | null;
  erased_at: Timestamp | null;
  created_at: Generated<Date>;
}

/** Attendance counts of one date; the optional breakdowns are null when not counted. */
export interface AttendanceTable {
  municipality_id: string;
  occurrence_id: string;
  total: number;
  women: number | null;
  men: number | null;
  diverse: number | null;
  age_under_18: number | null;
  age_18_to_26: number | null;
  age_27_to_64: number | null;
  age_65_plus: number | null;
  recorded_by_user_id: string | null;
  recorded_at: Generated<Date>;
}

declare module '../../platform/db/types.ts' {
  interface Database {
    community_registrations: RegistrationTable;
    community_attendance: AttendanceTable;
  }
}
