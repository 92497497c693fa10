import type { ColumnType, Generated } from 'kysely';

/** Kysely types of the community core (migrations/20261203100000_community_core.sql). */

export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Built-in event types; a municipality adds its own in community_event_types. Labels: `community.type.<key>`. */
export const BUILT_IN_EVENT_TYPES = [
  'encounter_cafe',
  'cooking_evening',
  'round_table',
  'language_cafe',
  'sports',
  'information_session',
  'excursion',
] as const;

export const BOOKING_STATUSES = ['pending', 'approved', 'rejected', 'cancelled', 'expired'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export const BOOKING_PURPOSES = ['event', 'counselling', 'meeting', 'group', 'other'] as const;
export type BookingPurpose = (typeof BOOKING_PURPOSES)[number];

/** Room equipment keys; labels `community.equipment.<key>`. */
export const ROOM_EQUIPMENT = [
  'kitchen',
  'projector',
  'wifi',
  'tables_chairs',
  'childrens_corner',
  'piano',
  'sound_system',
  'whiteboard',
] as const;

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface EventTypeTable {
  municipality_id: string;
  key: string;
  labels: ColumnType<Record<string, string>, string, string>;
  created_at: Generated<Date>;
}

export interface RoomTable {
  municipality_id: string;
  id: Generated<string>;
  quartier_id: string | null;
  provider_id: string | null;
  name: string;
  street: string;
  postcode: string;
  city: string;
  capacity: number;
  equipment: Generated<string[]>;
  wheelchair_accessible: Generated<boolean>;
  step_free: Generated<boolean>;
  accessible_toilet: Generated<boolean>;
  hearing_loop: Generated<boolean>;
  opening_hours: string | null;
  bookable_by: Generated<string[]>;
  needs_approval: Generated<boolean>;
  max_booking_minutes: Generated<number>;
  lead_time_hours: Generated<number>;
  buffer_minutes: Generated<number>;
  active: Generated<boolean>;
  source_locale: Generated<string>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface RoomTextTable {
  municipality_id: string;
  room_id: string;
  locale: string;
  description: Generated<string>;
  source_hash: string | null;
  updated_at: Generated<Date>;
}

export interface EventTable {
  municipality_id: string;
  id: Generated<string>;
  uid: Generated<string>;
  quartier_id: string | null;
  type_key: string;
  status: Generated<EventStatus>;
  organiser_user_id: string | null;
  organiser_provider_id: string | null;
  organiser_name: string;
  room_id: string | null;
  address: string | null;
  languages: Generated<string[]>;
  wheelchair_accessible: Generated<boolean>;
  step_free: Generated<boolean>;
  sign_language: Generated<boolean>;
  hearing_loop: Generated<boolean>;
  family_friendly: Generated<boolean>;
  childcare: Generated<boolean>;
  cost_cents: number | null;
  /** Local wall-clock time (timestamp without time zone): a string from the server driver, a Date (its UTC fields) from PGlite; read it with `localText`. */
  starts_local: string | Date;
  duration_minutes: number;
  time_zone: Generated<string>;
  rrule: string | null;
  capacity: number | null;
  registration: Generated<'required' | 'none'>;
  sequence: Generated<number>;
  source_locale: Generated<string>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface EventTextTable {
  municipality_id: string;
  event_id: string;
  locale: string;
  title: string;
  description: Generated<string>;
  source_hash: string | null;
  updated_at: Generated<Date>;
}

export interface OccurrenceTable {
  municipality_id: string;
  id: Generated<string>;
  event_id: string;
  original_start: Timestamp;
  starts_at: Timestamp;
  ends_at: Timestamp;
  status: Generated<'scheduled' | 'cancelled'>;
  capacity: number | null;
  confirmed_count: Generated<number>;
  places: number | null;
  waitlist_seq: Generated<number>;
  sequence: Generated<number>;
  updated_at: Generated<Date>;
}

export interface BookingTable {
  municipality_id: string;
  id: Generated<string>;
  room_id: string;
  series_id: string | null;
  booked_by_user_id: string | null;
  provider_id: string | null;
  event_id: string | null;
  /** The event's date this booking is for (migrations/20261204100000_community_bookings_lifecycle.sql). */
  occurrence_id: string | null;
  purpose: BookingPurpose;
  title: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  /** tstzrange as text ("[start,end)"); written with a raw range constructor. */
  blocks: string;
  status: Generated<BookingStatus>;
  decided_by_user_id: string | null;
  decided_at: Date | null;
  used: boolean | null;
  created_at: Generated<Date>;
}

declare module '../../platform/db/types.ts' {
  interface Database {
    community_event_types: EventTypeTable;
    community_rooms: RoomTable;
    community_room_texts: RoomTextTable;
    community_events: EventTable;
    community_event_texts: EventTextTable;
    community_occurrences: OccurrenceTable;
    community_bookings: BookingTable;
  }
}
