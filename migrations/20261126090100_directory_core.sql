-- The tenant and its structure. Municipalities are the tenants; everything a municipality owns carries its id.
create table municipalities (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  ags char(8) not null unique check (ags ~ '^[0-9]{8}$'),
  name text not null check (length(name) between 1 and 200),
  district text not null check (length(district) between 1 and 200),
  default_locale text not null default 'de',
  created_at timestamptz not null default now()
);

create table quartiere (
  municipality_id uuid not null references municipalities (id),
  id uuid not null default gen_random_uuid(),
  slug text not null check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name text not null check (length(name) between 1 and 200),
  area_description text not null default '' check (length(area_description) <= 4000),
  boundary jsonb check (boundary is null or boundary ->> 'type' in ('Polygon', 'MultiPolygon')),
  approx_residents integer check (approx_residents >= 0),
  created_at timestamptz not null default now(),
  primary key (municipality_id, id),
  unique (municipality_id, slug)
);

create table providers (
  municipality_id uuid not null references municipalities (id),
  id uuid not null default gen_random_uuid(),
  name text not null check (length(name) between 1 and 200),
  kind text not null check (kind in ('charity', 'association', 'housing_company', 'church', 'municipal', 'other')),
  email citext,
  phone text,
  website text,
  created_at timestamptz not null default now(),
  primary key (municipality_id, id)
);

-- People who sign in. Global identities: a person may hold roles in several municipalities.
create table users (
  id uuid primary key default gen_random_uuid(),
  email citext not null unique check (length(email) between 3 and 254),
  display_name text not null check (length(display_name) between 1 and 120),
  password_hash text,
  totp_secret text,
  totp_enabled_at timestamptz,
  locale text,
  is_demo boolean not null default false,
  disabled_at timestamptz,
  created_at timestamptz not null default now()
);

create table role_assignments (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id) on delete cascade,
  role text not null check (role in ('resident', 'volunteer', 'landlord', 'quartier_manager', 'counsellor',
    'municipality_admin', 'funding_officer', 'state_admin')),
  municipality_id uuid references municipalities (id),
  quartier_id uuid,
  provider_id uuid,
  granted_by uuid references users (id),
  granted_at timestamptz not null default now(),
  -- State roles see the state; every other role is held within one municipality.
  check ((role in ('state_admin', 'funding_officer')) = (municipality_id is null)),
  check (quartier_id is null or municipality_id is not null),
  check (provider_id is null or municipality_id is not null),
  foreign key (municipality_id, quartier_id) references quartiere (municipality_id, id),
  foreign key (municipality_id, provider_id) references providers (municipality_id, id)
);
create unique index role_assignments_unique on role_assignments
  (user_id, role, municipality_id, quartier_id, provider_id) nulls not distinct;
create index role_assignments_municipality on role_assignments (municipality_id);

-- Sessions: only the SHA-256 of the random token is stored.
create table sessions (
  token_hash text primary key,
  user_id uuid not null references users (id) on delete cascade,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  second_factor_at timestamptz,
  locale text
);
create index sessions_user on sessions (user_id);

-- One-time tokens (password reset, staff invitation); only the hash is stored.
create table auth_tokens (
  token_hash text primary key,
  user_id uuid not null references users (id) on delete cascade,
  purpose text not null check (purpose in ('password_reset', 'invitation')),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
