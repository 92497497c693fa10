-- Sign-in throttling by key: 'a:' + SHA-256 of the lower-cased address (known or not, so that the answer never
-- tells which addresses have accounts) and 'ip:' + client address. Replaces the per-user lock, which anyone who
-- knew an address could keep closed for good.
create table sign_in_throttle (
  key text primary key,
  failures integer not null default 0 check (failures >= 0),
  last_failure_at timestamptz not null,
  locked_until timestamptz
);
alter table users drop column failed_logins, drop column locked_until;
