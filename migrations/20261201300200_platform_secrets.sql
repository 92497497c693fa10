-- Secrets generated once outside production (cookie signing, TOTP encryption key), shared by every process and
-- kept across restarts. In production they come from the settings and this table stays empty.
create table platform_secrets (
  name text primary key,
  value text not null,
  created_at timestamptz not null default now()
);
