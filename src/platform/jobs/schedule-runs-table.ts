import type { ColumnType, Generated } from 'kysely';

/** Kysely type of `schedule_runs` (migration 20261201200000_platform_schedule_runs.sql). */
export interface ScheduleRunTable {
  name: string;
  slot: ColumnType<Date, Date | string, Date | string>;
  job_id: string | null;
  created_at: Generated<Date>;
}

declare module '../db/types.ts' {
  interface Database {
    schedule_runs: ScheduleRunTable;
  }
}
