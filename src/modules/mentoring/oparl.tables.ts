import type { ColumnType, Generated } from 'kysely';

/** Kysely type of the OParl source of a programme (migrations/20261207130000_mentoring_oparl_sources.sql). */

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface OParlSourceTable {
  municipality_id: string;
  programme_id: string;
  endpoint_url: string;
  body_id: string | null;
  visitor_note: string | null;
  last_modified_since: Timestamp | null;
  last_run_at: Timestamp | null;
  last_status: string | null;
  last_created: Generated<number>;
  last_updated: Generated<number>;
  last_error: string | null;
  last_error_detail: string | null;
  last_warnings: ColumnType<unknown, string | undefined, string>;
  scheduled: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

declare module '../../platform/db/types.ts' {
  interface Database {
    mentoring_oparl_sources: OParlSourceTable;
  }
}
