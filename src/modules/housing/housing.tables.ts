import type { Generated } from 'kysely';
import type { Locale } from '../../platform/i18n/locales.ts';

/** Kysely types of the housing core (migrations/20261202120000_housing_core.sql). */

export const FLAT_STATUSES = ['draft', 'published', 'reserved', 'let', 'withdrawn'] as const;
export type FlatStatus = (typeof FLAT_STATUSES)[number];

export const ENERGY_CLASSES = ['A+', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;
export type EnergyClass = (typeof ENERGY_CLASSES)[number];

export interface FlatTable {
  municipality_id: string;
  id: Generated<string>;
  provider_id: string;
  quartier_id: string | null;
  status: Generated<FlatStatus>;
  street: string;
  postcode: string;
  city: string;
  lat: number | null;
  lon: number | null;
  /** numeric(3,1): the driver returns it as a string. */
  rooms: string | number;
  area_m2: string | number;
  floor: number;
  has_lift: Generated<boolean>;
  step_free: Generated<boolean>;
  wheelchair_accessible: Generated<boolean>;
  cold_rent_cents: number;
  service_charges_cents: Generated<number>;
  heating_cents: Generated<number>;
  deposit_cents: Generated<number>;
  wbs_required: Generated<boolean>;
  available_from: string | Date;
  pets_allowed: Generated<boolean>;
  energy_certificate: 'demand' | 'consumption' | null;
  energy_kwh: string | number | null;
  energy_class: EnergyClass | null;
  heating_source: string | null;
  building_year: number | null;
  source_locale: Generated<Locale>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface FlatTextTable {
  municipality_id: string;
  flat_id: string;
  locale: Locale;
  title: string;
  description: Generated<string>;
  source_hash: string | null;
  updated_at: Generated<Date>;
}

export const ELIGIBILITY_OUTCOMES = ['eligible', 'not-eligible', 'case-by-case'] as const;
export type EligibilityOutcome = (typeof ELIGIBILITY_OUTCOMES)[number];

/** Urgency levels: 0 standard, 1 raised, 2 high, 3 emergency (e.g. must leave shared accommodation soon). */
export const URGENCY_LEVELS = [0, 1, 2, 3] as const;

export interface HouseholdTable {
  municipality_id: string;
  id: Generated<string>;
  owner_user_id: string | null;
  created_by_user_id: string | null;
  consent_at: Date;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  preferred_locale: Generated<Locale>;
  annual_income_euros: number | null;
  on_benefits: Generated<boolean>;
  rent_limit_cents: number | null;
  rent_limit_source: Generated<'kdu' | 'entered' | 'none'>;
  needs_step_free: Generated<boolean>;
  needs_wheelchair: Generated<boolean>;
  has_pets: Generated<boolean>;
  permit_category: string | null;
  permit_valid_until: string | Date | null;
  wbs_valid_until: string | Date | null;
  waiting_since: Generated<string | Date>;
  urgency: Generated<number>;
  urgency_reason: string | null;
  must_leave_by: string | Date | null;
  wished_quartier_ids: Generated<string[]>;
  near_lat: number | null;
  near_lon: number | null;
  near_max_km: string | number | null;
  eligibility_outcome: EligibilityOutcome | null;
  eligibility_rule_version: string | null;
  eligibility_checked_at: Date | null;
  housed_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export const MEMBER_ROLES = ['adult', 'child', 'unborn'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export const AGE_GROUPS = ['0-5', '6-13', '14-17', '18-26', '27-64', '65+'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export interface HouseholdMemberTable {
  municipality_id: string;
  household_id: string;
  position: number;
  role: MemberRole;
  age_group: AgeGroup | null;
  first_name: string | null;
  disabled: Generated<boolean>;
  single_parent: Generated<boolean>;
}

export const APPLICATION_STATUSES = [
  'submitted',
  'shortlisted',
  'viewing',
  'offered',
  'accepted',
  'declined',
  'withdrawn',
  'rejected',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export interface ApplicationTable {
  municipality_id: string;
  id: Generated<string>;
  flat_id: string;
  household_id: string;
  status: Generated<ApplicationStatus>;
  round_id: string | null;
  offer_reason: string | null;
  message: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  decided_at: Date | null;
}

export interface ViewingSlotTable {
  municipality_id: string;
  id: Generated<string>;
  flat_id: string;
  starts_at: Date;
  minutes: Generated<number>;
  application_id: string | null;
  booked_at: Date | null;
}

declare module '../../platform/db/types.ts' {
  interface Database {
    housing_flats: FlatTable;
    housing_flat_texts: FlatTextTable;
    housing_households: HouseholdTable;
    housing_household_members: HouseholdMemberTable;
    housing_applications: ApplicationTable;
    housing_viewing_slots: ViewingSlotTable;
  }
}
