-- Recurring schedules (see docs/decisions/0050-scheduled-jobs-croner.md): one row per (schedule name, slot) that
-- has been enqueued. The primary key is what makes a slot run once across every process: the first insert wins
-- and enqueues the job in the same transaction; the others find the row and do nothing.
create table schedule_runs (
  name text not null check (name ~ '^[a-z][a-z0-9_.:-]{0,99}$'),
  slot timestamptz not null,
  -- No foreign key: clearing old jobs must not forget that a slot ran (it would run again).
  job_id uuid,
  created_at timestamptz not null default now(),
  primary key (name, slot)
);
-- The newest slot per schedule is what the scheduler compares against.
create index schedule_runs_latest on schedule_runs (name, slot desc);
