-- Per-account protection against password guessing (failed attempts, lock with back-off) and against replaying
-- a TOTP code within its window (the last time step accepted).
alter table users
  add column failed_logins integer not null default 0 check (failed_logins >= 0),
  add column locked_until timestamptz,
  add column totp_last_counter integer;
