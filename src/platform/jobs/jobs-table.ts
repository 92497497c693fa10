import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type JobStatus = 'queued' | 'running' | 'done' | 'dead';

/** Kysely type of the `jobs` table (migration 20261126100200_platform_jobs_audit.sql). */
export interface JobTable {
  id: Generated<string>;
  kind: string;
  /** JSON: written as a string, read back parsed. */
  payload: ColumnType<unknown, string, string>;
  municipality_id: string | null;
  status: Generated<JobStatus>;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  /** Defaults to now on insert. */
  run_at: Timestamp;
  locked_until: Timestamp | null;
  locked_by: string | null;
  last_error: string | null;
  created_at: Generated<Date>;
  finished_at: Timestamp | null;
}

declare module '../db/types.ts' {
  interface Database {
    jobs: JobTable;
  }
}
