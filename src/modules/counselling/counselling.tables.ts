import type { ColumnType, Generated } from 'kysely';

/** Kysely types of the counselling core (migrations/20261205100000_counselling_core.sql). */

/** Topic keys of services and contacts; labels `counselling.topic.<key>`. */
export const TOPICS = [
  'migration',
  'residence',
  'housing',
  'work',
  'school',
  'childcare',
  'health',
  'money',
  'debts',
  'family',
  'youth',
  'language_course',
  'authorities',
  'other',
] as const;
export type Topic = (typeof TOPICS)[number];

/**
 * Languages a service, a counsellor or an interpreter may speak and a person may choose: ISO 639-1 where it exists,
 * else 639-3 (Dari `prs`). Labels `counselling.language.<code>` (Intl has no names for some of them in every locale).
 */
export const LANGUAGES = ['de', 'en', 'ar', 'fa', 'prs', 'ps', 'ti', 'uk', 'ru', 'tr', 'ku', 'fr', 'so', 'sq'] as const;
export type Language = (typeof LANGUAGES)[number];

export const CHANNELS = ['in_person', 'phone', 'video'] as const;
export type Channel = (typeof CHANNELS)[number];
export const AUDIENCES = ['everyone', 'refugees', 'young_people', 'women', 'families', 'seniors'] as const;
export const APPOINTMENT_STATUSES = ['booked', 'cancelled', 'done', 'no_show'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];
export const EXCEPTION_REASONS = ['leave', 'training', 'sick', 'outreach', 'other'] as const;
export const REQUEST_STATUSES = ['open', 'accepted', 'cancelled'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const GENDERS = ['woman', 'man', 'diverse'] as const;
export const AGE_BANDS = ['under_18', '18_26', '27_64', '65_plus'] as const;

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A tstzrange written as text (`[from,to)`), read as text. */
type Range = ColumnType<string, string, string>;

export interface ServiceTable {
  municipality_id: string;
  id: Generated<string>;
  provider_id: string | null;
  quartier_id: string | null;
  topics: string[];
  languages: string[];
  channels: string[];
  room_id: string | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
  wheelchair_accessible: Generated<boolean>;
  step_free: Generated<boolean>;
  hearing_loop: Generated<boolean>;
  audience: Generated<string>;
  slot_minutes: Generated<number>;
  buffer_minutes: Generated<number>;
  min_notice_hours: Generated<number>;
  horizon_days: Generated<number>;
  cancel_cutoff_hours: Generated<number>;
  walk_in_hours: string | null;
  time_zone: Generated<string>;
  contact_phone: string | null;
  active: Generated<boolean>;
  source_locale: Generated<string>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ServiceTextTable {
  municipality_id: string;
  service_id: string;
  locale: string;
  title: string;
  description: Generated<string>;
  source_hash: string | null;
  updated_at: Generated<Date>;
}

export interface CounsellorTable {
  municipality_id: string;
  id: Generated<string>;
  service_id: string;
  user_id: string;
  display_name: string;
  languages: Generated<string[]>;
  active: Generated<boolean>;
  created_at: Generated<Date>;
}

/** `time` columns are read and written as 'HH:MM:SS' text; `date` as 'YYYY-MM-DD'. */
export interface HoursTable {
  municipality_id: string;
  id: Generated<string>;
  counsellor_id: string;
  weekday: number;
  starts: string;
  ends: string;
  valid_from: string;
  valid_until: string | null;
  created_at: Generated<Date>;
}

export interface ExceptionTable {
  municipality_id: string;
  id: Generated<string>;
  counsellor_id: string;
  day: string;
  starts: string | null;
  ends: string | null;
  reason: Generated<string>;
  created_at: Generated<Date>;
}

export interface AppointmentTable {
  municipality_id: string;
  id: Generated<string>;
  service_id: string;
  counsellor_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  blocks: Range;
  status: ColumnType<AppointmentStatus, AppointmentStatus | undefined, AppointmentStatus>;
  channel: string;
  topic: string;
  language: string;
  interpreter_language: string | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  locale: string;
  token_hash: string;
  code_hash: string;
  uid: Generated<string>;
  sequence: Generated<number>;
  booked_by_user_id: string | null;
  rebooked_from: string | null;
  reminded_at: Timestamp | null;
  cancelled_at: Timestamp | null;
  erased_at: Timestamp | null;
  created_at: Generated<Date>;
}

export interface InterpreterTable {
  municipality_id: string;
  id: Generated<string>;
  user_id: string;
  display_name: string;
  languages: string[];
  active: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface InterpreterHoursTable {
  municipality_id: string;
  id: Generated<string>;
  interpreter_id: string;
  weekday: number;
  starts: string;
  ends: string;
}

export interface InterpreterRequestTable {
  municipality_id: string;
  id: Generated<string>;
  appointment_id: string;
  language: string;
  status: ColumnType<RequestStatus, RequestStatus | undefined, RequestStatus>;
  interpreter_id: string | null;
  blocks: Range;
  accepted_at: Timestamp | null;
  created_at: Generated<Date>;
}

export interface ContactTable {
  municipality_id: string;
  id: Generated<string>;
  service_id: string;
  day: string;
  kind: 'appointment' | 'walk_in';
  topic: string;
  language: string;
  interpreter_language: string | null;
  channel: string;
  duration_minutes: number;
  gender: string | null;
  age_band: string | null;
  appointment_id: string | null;
  created_at: Generated<Date>;
}

declare module '../../platform/db/types.ts' {
  interface Database {
    counselling_services: ServiceTable;
    counselling_service_texts: ServiceTextTable;
    counselling_counsellors: CounsellorTable;
    counselling_hours: HoursTable;
    counselling_exceptions: ExceptionTable;
    counselling_appointments: AppointmentTable;
    counselling_interpreters: InterpreterTable;
    counselling_interpreter_hours: InterpreterHoursTable;
    counselling_interpreter_requests: InterpreterRequestTable;
    counselling_contacts: ContactTable;
  }
}
