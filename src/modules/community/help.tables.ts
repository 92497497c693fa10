import type { ColumnType, Generated } from 'kysely';

/** Kysely types of the help part (migrations/20261203104000_community_help.sql). */

export const HELP_KINDS = ['offer', 'request'] as const;
export type HelpKind = (typeof HELP_KINDS)[number];

/** Categories of neighbourly help; labels `community.help.category.<key>`. */
export const HELP_CATEGORIES = [
  'authority',
  'language_tandem',
  'homework',
  'furniture',
  'childcare',
  'repairs',
  'other',
] as const;
export type HelpCategory = (typeof HELP_CATEGORIES)[number];

export const HELP_OUTCOMES = ['helped', 'not_helped', 'moderated'] as const;
export type HelpOutcome = (typeof HELP_OUTCOMES)[number];

/** Why someone reports a post or a conversation; labels `community.help.reason.<key>`. */
export const REPORT_REASONS = ['spam', 'offensive', 'commercial', 'unsafe', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface HelpPostTable {
  municipality_id: string;
  id: Generated<string>;
  kind: HelpKind;
  category: HelpCategory;
  quartier_id: string | null;
  author_user_id: string;
  author_name: string;
  locale: string;
  title: string;
  body: string;
  status: Generated<'open' | 'closed'>;
  outcome: HelpOutcome | null;
  closed_at: Timestamp | null;
  hidden_at: Timestamp | null;
  created_at: Stamp;
  updated_at: Stamp;
}

export interface HelpThreadTable {
  municipality_id: string;
  id: Generated<string>;
  post_id: string;
  responder_user_id: string;
  responder_name: string;
  author_consent_at: Timestamp | null;
  author_contact: string | null;
  responder_consent_at: Timestamp | null;
  responder_contact: string | null;
  author_read_at: Timestamp | null;
  responder_read_at: Timestamp | null;
  last_message_at: Stamp;
  created_at: Stamp;
}

export interface HelpMessageTable {
  municipality_id: string;
  id: Generated<string>;
  thread_id: string;
  from_author: boolean;
  body: string;
  created_at: Stamp;
}

export interface HelpReportTable {
  municipality_id: string;
  id: Generated<string>;
  post_id: string;
  thread_id: string | null;
  reporter_user_id: string;
  reason: ReportReason;
  note: string | null;
  status: Generated<'open' | 'resolved'>;
  resolved_at: Timestamp | null;
  created_at: Stamp;
}

export interface HelpHelpedTable {
  municipality_id: string;
  /** First day of the month, `YYYY-MM-01` (DATE stays a string). */
  month: ColumnType<string, string, string>;
  category: HelpCategory;
  helped: Generated<number>;
}

declare module '../../platform/db/types.ts' {
  interface Database {
    community_help_posts: HelpPostTable;
    community_help_threads: HelpThreadTable;
    community_help_messages: HelpMessageTable;
    community_help_reports: HelpReportTable;
    community_help_helped: HelpHelpedTable;
  }
}
