import type { ColumnType, Generated } from 'kysely';

/** Kysely types of the mentoring module (migrations/20261207100000_mentoring_core.sql and later mentoring migrations). */

type Timestamp = ColumnType<Date, Date | string, Date | string>;

/** What counts as an activity of a pairing (labels `mentoring.activity.<key>`). */
export const ACTIVITY_KINDS = [
  'council_session',
  'committee',
  'faction_meeting',
  'consultation_hour',
  'online_event',
  'other',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** A cycle's course: applications open, then matching, then the mentoring runs until it is finished. */
export const CYCLE_STATUSES = ['planned', 'open', 'matching', 'running', 'finished'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

/** Topics of local politics a mentee is interested in and a mentor works on (labels `mentoring.topic.<key>`). */
export const TOPICS = [
  'integration',
  'housing',
  'education',
  'social',
  'environment',
  'economy',
  'culture',
  'youth',
  'equality',
  'transport',
  'urban_development',
  'health',
] as const;
export type Topic = (typeof TOPICS)[number];

/** When a person can attend (labels `mentoring.availability.<key>`): council sessions are on weekday evenings. */
export const AVAILABILITY = ['weekday_daytime', 'weekday_evening', 'weekend', 'online'] as const;
export type Availability = (typeof AVAILABILITY)[number];

/** Gender, optional, only for the programme's balance figures (labels `mentoring.gender.<key>`). */
export const GENDERS = ['woman', 'man', 'diverse'] as const;
export type Gender = (typeof GENDERS)[number];

export const MENTEE_STATUSES = [
  'applied',
  'waitlisted',
  'accepted',
  'matched',
  'completed',
  'withdrawn',
  'declined',
] as const;
export type MenteeStatus = (typeof MENTEE_STATUSES)[number];

export const PAIRING_STATUSES = ['proposed', 'published', 'active', 'declined', 'ended', 'completed'] as const;
export type PairingStatus = (typeof PAIRING_STATUSES)[number];

/** Engagement counted beyond candidacy (labels `mentoring.outcome.<key>`). */
export const OUTCOME_KINDS = [
  'candidacy',
  'advisory_council',
  'consultation_hour',
  'party_membership',
  'association',
  'other',
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export interface ProgrammeTable {
  municipality_id: string;
  id: Generated<string>;
  slug: string;
  organiser: string;
  provider_id: string | null;
  asks_political: Generated<boolean>;
  women_target_percent: number | null;
  contact_email: string | null;
  active: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ProgrammeTextTable {
  municipality_id: string;
  programme_id: string;
  locale: string;
  title: string;
  aim: string;
  source_hash: string | null;
  updated_at: Generated<Date>;
}

export interface ProgrammeStaffTable {
  municipality_id: string;
  programme_id: string;
  user_id: string;
}

export interface CycleTable {
  municipality_id: string;
  id: Generated<string>;
  programme_id: string;
  name: string;
  applications_open: string;
  applications_close: string;
  starts_on: string;
  ends_on: string;
  places: number;
  activity_kinds: Generated<string[]>;
  activities_required: Generated<number>;
  status: Generated<string>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface MentorTable {
  municipality_id: string;
  id: Generated<string>;
  cycle_id: string;
  user_id: string;
  display_name: string;
  body: string;
  faction: string | null;
  committees: Generated<string[]>;
  topics: Generated<string[]>;
  languages: Generated<string[]>;
  availability: Generated<string[]>;
  capacity: Generated<number>;
  status: Generated<string>;
  created_at: Generated<Date>;
}

export interface MenteeTable {
  municipality_id: string;
  id: Generated<string>;
  cycle_id: string;
  user_id: string;
  display_name: string;
  locale: string;
  motivation: string;
  topics: Generated<string[]>;
  committees: Generated<string[]>;
  languages: Generated<string[]>;
  availability: Generated<string[]>;
  accessibility: string | null;
  gender: string | null;
  political_direction: string | null;
  political_consent_at: Timestamp | null;
  preferred_mentor_id: string | null;
  status: Generated<string>;
  applied_at: ColumnType<Date, Date | string | undefined, Date | string>;
  completed_at: Timestamp | null;
}

export interface PairingTable {
  municipality_id: string;
  id: Generated<string>;
  cycle_id: string;
  mentee_id: string;
  mentor_id: string;
  status: Generated<string>;
  fixed: Generated<boolean>;
  run_id: string | null;
  score: number | null;
  reasons: ColumnType<unknown, string | undefined, string>;
  mentee_answer: string | null;
  mentor_answer: string | null;
  published_at: Timestamp | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface SessionTable {
  municipality_id: string;
  id: Generated<string>;
  programme_id: string;
  source: Generated<string>;
  oparl_id: string | null;
  oparl_modified: Timestamp | null;
  kind: string;
  title: string;
  organization: string | null;
  starts_at: Timestamp;
  ends_at: Timestamp | null;
  location: string | null;
  visitor_note: string | null;
  web_url: string | null;
  public: Generated<boolean>;
  cancelled: Generated<boolean>;
  deleted: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ActivityTable {
  municipality_id: string;
  id: Generated<string>;
  pairing_id: string;
  session_id: string | null;
  kind: string;
  title: string;
  on_date: string;
  attended: Generated<boolean>;
  recorded_by: string | null;
  created_at: Generated<Date>;
}

export interface OutcomeTable {
  municipality_id: string;
  mentee_id: string;
  kind: string;
  recorded_at: Generated<Date>;
}

export interface FeedbackTable {
  municipality_id: string;
  pairing_id: string;
  side: string;
  stage: string;
  scores: ColumnType<Record<string, number>, string, string>;
  comment: string | null;
  submitted_at: Generated<Date>;
}

export interface MessageTable {
  municipality_id: string;
  id: Generated<string>;
  pairing_id: string;
  author_id: string;
  body: string;
  sent_at: ColumnType<Date, Date | string | undefined, Date | string>;
  read_at: Timestamp | null;
}

/** The questions of the feedback forms, each scored 1–5 (labels `mentoring.feedback.question.<key>`). */
export const FEEDBACK_QUESTIONS = ['overall', 'understanding', 'confidence', 'mentor_time'] as const;
export type FeedbackQuestion = (typeof FEEDBACK_QUESTIONS)[number];

/** The tables of the core migration (each part's manifest lists those it writes; the core lists these). */
export const CORE_TABLES = [
  'mentoring_programmes',
  'mentoring_programme_texts',
  'mentoring_programme_staff',
  'mentoring_cycles',
  'mentoring_mentors',
  'mentoring_mentees',
  'mentoring_pairings',
  'mentoring_sessions',
  'mentoring_activities',
  'mentoring_outcomes',
  'mentoring_feedback',
  'mentoring_messages',
] as const;

declare module '../../platform/db/types.ts' {
  interface Database {
    mentoring_programmes: ProgrammeTable;
    mentoring_programme_texts: ProgrammeTextTable;
    mentoring_programme_staff: ProgrammeStaffTable;
    mentoring_cycles: CycleTable;
    mentoring_mentors: MentorTable;
    mentoring_mentees: MenteeTable;
    mentoring_pairings: PairingTable;
    mentoring_sessions: SessionTable;
    mentoring_activities: ActivityTable;
    mentoring_outcomes: OutcomeTable;
    mentoring_feedback: FeedbackTable;
    mentoring_messages: MessageTable;
  }
}
