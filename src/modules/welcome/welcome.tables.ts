import type { ColumnType, Generated } from 'kysely';
import { LOCALES, type Locale } from '../../platform/i18n/locales.ts';

/** Kysely types of the welcome module (migrations/20261206100000_welcome_core.sql and later welcome migrations). */

/** Sections of a municipality's guide; labels `welcome.topic.<key>`. */
export const TOPICS = ['arrival', 'housing', 'work', 'school', 'health', 'language', 'authorities', 'leisure'] as const;
export type Topic = (typeof TOPICS)[number];

/** German in plain language (Leichte Sprache): a variant of the German source, kept like a translation. */
export const PLAIN_GERMAN = 'de-x-ls';
/** The languages a text of this module may be stored in: the seven UI languages and Leichte Sprache. */
export const TEXT_LOCALES = [...LOCALES, PLAIN_GERMAN] as const;
export type TextLocale = Locale | typeof PLAIN_GERMAN;
/** Guide pages, the welcome page and places are written in German first. */
export const SOURCE_LOCALE = 'de' satisfies Locale;

export const PAGE_STATUSES = ['draft', 'review', 'published'] as const;
export type PageStatus = (typeof PAGE_STATUSES)[number];

export const PLACE_KINDS = [
  'counselling',
  'language_school',
  'kita',
  'school',
  'doctor',
  'tafel',
  'community_centre',
  'authority',
  'library',
  'sport',
  'religious',
  'other',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export const WHEELCHAIR = ['yes', 'limited', 'no'] as const;

export const PRACTICE_TAGS = [
  'encounter',
  'housing',
  'participation',
  'village',
  'women',
  'youth',
  'welcome',
  'language',
  'work',
] as const;
export type PracticeTag = (typeof PRACTICE_TAGS)[number];
export const PRACTICE_STATUSES = ['submitted', 'published', 'rejected'] as const;

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface GuidePageTable {
  municipality_id: string;
  id: Generated<string>;
  parent_id: string | null;
  slug: string;
  topic: string;
  position: Generated<number>;
  status: Generated<string>;
  last_checked_on: string | null;
  published_at: Timestamp | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface GuideTextTable {
  municipality_id: string;
  page_id: string;
  locale: string;
  title: string;
  body: string;
  version: Generated<number>;
  source_hash: string | null;
  source_version: number | null;
  machine: Generated<boolean>;
  reviewed_by: string | null;
  reviewed_at: Timestamp | null;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

export interface GuideVersionTable {
  municipality_id: string;
  page_id: string;
  locale: string;
  version: number;
  title: string;
  body: string;
  machine: Generated<boolean>;
  saved_by: string | null;
  saved_at: Generated<Date>;
}

export interface WelcomePageTable {
  municipality_id: string;
  video_url: string | null;
  video_host: string | null;
  updated_at: Generated<Date>;
}

export interface WelcomePageTextTable {
  municipality_id: string;
  locale: string;
  headline: string;
  body: string;
  video_title: string | null;
  source_hash: string | null;
  updated_at: Generated<Date>;
}

export interface WelcomeContactTable {
  municipality_id: string;
  id: Generated<string>;
  position: Generated<number>;
  name: string;
  phone: string | null;
  email: string | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
  opening_hours: string | null;
}

export interface PlaceTable {
  municipality_id: string;
  id: Generated<string>;
  kind: string;
  name: string;
  quartier_id: string | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
  lat: number | null;
  lon: number | null;
  opening_hours: string | null;
  by_appointment: Generated<boolean>;
  languages: Generated<string[]>;
  wheelchair: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  osm_tags: ColumnType<Record<string, string>, string | undefined, string>;
  osm_id: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PlaceTextTable {
  municipality_id: string;
  place_id: string;
  locale: string;
  description: string;
  source_hash: string | null;
  updated_at: Generated<Date>;
}

export interface PracticeTable {
  id: Generated<string>;
  slug: string;
  origin_municipality_id: string | null;
  provider_name: string | null;
  place_name: string;
  tags: Generated<string[]>;
  status: Generated<string>;
  contact_name: string | null;
  contact_email: string | null;
  website: string | null;
  started_year: number | null;
  submitted_by: string | null;
  published_by: string | null;
  published_at: Timestamp | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PracticeTextTable {
  practice_id: string;
  locale: string;
  title: string;
  what: string;
  for_whom: Generated<string>;
  results: Generated<string>;
  source_hash: string | null;
  updated_at: Generated<Date>;
}

export interface GlossaryTable {
  id: Generated<string>;
  term: string;
}

export interface GlossaryTermTable {
  glossary_id: string;
  locale: string;
  term: string;
}

declare module '../../platform/db/types.ts' {
  interface Database {
    welcome_guide_pages: GuidePageTable;
    welcome_guide_texts: GuideTextTable;
    welcome_guide_versions: GuideVersionTable;
    welcome_pages: WelcomePageTable;
    welcome_page_texts: WelcomePageTextTable;
    welcome_contacts: WelcomeContactTable;
    welcome_places: PlaceTable;
    welcome_place_texts: PlaceTextTable;
    welcome_practices: PracticeTable;
    welcome_practice_texts: PracticeTextTable;
    welcome_glossary: GlossaryTable;
    welcome_glossary_terms: GlossaryTermTable;
  }
}
