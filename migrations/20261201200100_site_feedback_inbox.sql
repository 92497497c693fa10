-- The feedback inbox (see docs/modules/site.md): feedback may concern one municipality (chosen on the form, or the
-- municipality page it was sent from); without one it goes to the state's inbox. Staff mark it answered or done.
alter table feedback
  add column municipality_id uuid references municipalities (id),
  add column status text not null default 'new' check (status in ('new', 'answered', 'done')),
  add column status_changed_at timestamptz,
  -- No foreign key, as in audit_log: the record of who dealt with it outlives the account.
  add column status_changed_by uuid;
-- What handled_at meant before is now status 'done'.
update feedback set status = 'done', status_changed_at = handled_at where handled_at is not null;

-- The inboxes, newest first: a municipality's, and the state's (feedback without a municipality).
create index feedback_municipality_created on feedback (municipality_id, created_at desc);
create index feedback_state_created on feedback (created_at desc) where municipality_id is null;

-- Where a municipality's team wants new feedback mailed; one address per municipality, set by its admin.
create table feedback_team_addresses (
  municipality_id uuid primary key references municipalities (id),
  email citext not null check (length(email) between 3 and 254 and email ~ '^[^@\s]+@[^@\s]+$'),
  updated_at timestamptz not null default now(),
  updated_by uuid
);
