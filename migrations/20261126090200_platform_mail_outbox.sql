-- Outgoing mail, written in the same transaction as the change that causes it (transactional outbox), and
-- delivered by a worker. Without SMTP (the embedded default) mail stays here as 'kept', readable by staff.
create table mail_outbox (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid references municipalities (id),
  to_address text not null check (length(to_address) between 3 and 254),
  subject text not null check (length(subject) between 1 and 300),
  body_text text not null,
  body_html text,
  status text not null default 'queued' check (status in ('queued', 'sending', 'sent', 'kept', 'failed')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_error text,
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
create index mail_outbox_due on mail_outbox (next_attempt_at) where status = 'queued';
