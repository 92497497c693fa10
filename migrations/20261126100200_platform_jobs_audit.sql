-- Background jobs: a small queue claimed with FOR UPDATE SKIP LOCKED (see docs/decisions/0020-jobs-and-mail.md).
-- A job is 'queued' (waiting for run_at), 'running' (leased until locked_until), 'done', or 'dead' (out of attempts,
-- kept with its last error). A failed attempt goes back to 'queued' with a later run_at.
create table jobs (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind ~ '^[a-z][a-z0-9_.:-]{0,99}$'),
  payload jsonb not null default '{}'::jsonb,
  municipality_id uuid references municipalities (id),
  status text not null default 'queued' check (status in ('queued', 'running', 'done', 'dead')),
  attempts integer not null default 0 check (attempts >= 0),
  max_attempts integer not null default 5 check (max_attempts between 1 and 100),
  run_at timestamptz not null default now(),
  locked_until timestamptz,
  locked_by text,
  last_error text,
  created_at timestamptz not null default now(),
  finished_at timestamptz,
  check ((status = 'running') = (locked_until is not null))
);
create index jobs_due on jobs (run_at) where status = 'queued';
create index jobs_lease on jobs (locked_until) where status = 'running';
create index jobs_municipality on jobs (municipality_id, created_at) where municipality_id is not null;

-- Reading the outbox page by municipality, newest first; a sender whose lease ran out is found again.
create index mail_outbox_municipality on mail_outbox (municipality_id, created_at desc);
create index mail_outbox_sending on mail_outbox (next_attempt_at) where status = 'sending';

-- Who read or changed what, when and why. Append-only: the owner cannot revoke UPDATE/DELETE from itself, so a
-- trigger refuses them. Only the retention purge (purgeAuditLog) may delete, and only rows older than the cutoff
-- it announces in the transaction-local setting zuhause.audit_purge_before. TRUNCATE (an owner's maintenance
-- statement, used by test helpers) is not blocked.
-- actor_user_id has no foreign key on purpose: the record must outlive the account.
create table audit_log (
  id uuid primary key default gen_random_uuid(),
  at timestamptz not null default now(),
  actor_user_id uuid,
  municipality_id uuid references municipalities (id),
  action text not null check (action ~ '^[a-z][a-z_]{1,39}$'),
  subject_type text not null check (subject_type ~ '^[a-z][a-z0-9_.]{0,63}$'),
  subject_id text check (length(subject_id) <= 200),
  reason text check (length(reason) <= 1000),
  request_id text check (length(request_id) <= 100)
);
create index audit_log_municipality_at on audit_log (municipality_id, at desc);
create index audit_log_at on audit_log (at desc) where municipality_id is null;
create index audit_log_subject on audit_log (subject_type, subject_id);

create function audit_log_append_only() returns trigger language plpgsql as $$
declare
  cutoff text := current_setting('zuhause.audit_purge_before', true);
begin
  if tg_op = 'DELETE' and coalesce(cutoff, '') <> '' then
    if old.at < cutoff::timestamptz then
      return old;
    end if;
  end if;
  raise exception 'audit_log is append-only (% refused)', tg_op using errcode = '42501';
end;
$$;
create trigger audit_log_append_only before update or delete on audit_log
  for each row execute function audit_log_append_only();
