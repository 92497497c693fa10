-- Mentoring sessions: the OParl endpoint a programme imports its council's public meetings from. One source per
-- programme; an import pages through the body's meetings modified since the last successful run (minus a margin),
-- upserts them into mentoring_sessions by OParl id and records here what happened, for the staff to read. A failed
-- run keeps every session imported before and records its error (a message key and numbers, never a stack trace).
create table mentoring_oparl_sources (
  municipality_id uuid not null,
  programme_id uuid not null,
  -- The OParl System object (or a Body object) as staff entered it.
  endpoint_url text not null check (endpoint_url ~ '^https?://' and length(endpoint_url) <= 1000),
  -- The body chosen (its OParl id); null: the system's first body.
  body_id text check (length(body_id) <= 1000),
  -- The visitor note a newly imported meeting gets (e.g. the admission card); staff may change it per session,
  -- and an import never overwrites a session's note.
  visitor_note text check (length(visitor_note) <= 2000),
  -- The `modified` high-water mark of the last successful run (next run asks modified_since this minus a margin).
  last_modified_since timestamptz,
  last_run_at timestamptz,
  -- ok | failed (null: never run).
  last_status text check (last_status in ('ok', 'failed')),
  -- Of the last run: counts, and the message key of its error; warnings as message keys with numbers.
  last_created integer not null default 0 check (last_created >= 0),
  last_updated integer not null default 0 check (last_updated >= 0),
  last_error text check (length(last_error) <= 200),
  last_error_detail text check (length(last_error_detail) <= 500),
  last_warnings jsonb not null default '[]',
  -- The hourly job imports only enabled sources.
  scheduled boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (municipality_id, programme_id),
  foreign key (municipality_id, programme_id) references mentoring_programmes (municipality_id, id) on delete cascade
);
