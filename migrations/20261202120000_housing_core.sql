-- Housing: flats listed by landlords (providers), households with their needs, applications to flats and the
-- viewings arranged for them. Tenant tables: municipality_id first in every key and every foreign key.
-- No column here may hold nationality, religion or ethnicity (a test inspects this schema).

create table housing_flats (
  municipality_id uuid not null references municipalities (id),
  id uuid not null default gen_random_uuid(),
  -- The landlord: a provider (housing company, association, private landlord's entry) of this municipality.
  provider_id uuid not null,
  quartier_id uuid,
  status text not null default 'draft' check (status in ('draft', 'published', 'reserved', 'let', 'withdrawn')),
  street text not null check (length(street) between 1 and 200),
  postcode text not null check (postcode ~ '^[0-9]{5}$'),
  city text not null check (length(city) between 1 and 100),
  lat double precision check (lat between -90 and 90),
  lon double precision check (lon between -180 and 180),
  rooms numeric(3, 1) not null check (rooms between 1 and 20),
  area_m2 numeric(6, 1) not null check (area_m2 between 10 and 1000),
  floor integer not null check (floor between -1 and 60),
  has_lift boolean not null default false,
  step_free boolean not null default false,
  wheelchair_accessible boolean not null default false,
  -- Euros per month, in cents to stay exact.
  cold_rent_cents integer not null check (cold_rent_cents between 0 and 1000000),
  service_charges_cents integer not null default 0 check (service_charges_cents between 0 and 500000),
  heating_cents integer not null default 0 check (heating_cents between 0 and 500000),
  -- § 551 BGB: at most three months' net cold rent.
  deposit_cents integer not null default 0 check (deposit_cents >= 0 and deposit_cents <= 3 * cold_rent_cents),
  wbs_required boolean not null default false,
  available_from date not null,
  pets_allowed boolean not null default false,
  -- § 87 GEG: where an energy certificate exists, its figures are required.
  energy_certificate text check (energy_certificate in ('demand', 'consumption')),
  energy_kwh numeric(6, 1) check (energy_kwh between 0 and 1000),
  energy_class text check (energy_class in ('A+', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H')),
  heating_source text check (length(heating_source) between 1 and 100),
  building_year integer check (building_year between 1500 and 2100),
  source_locale text not null default 'de',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (municipality_id, id),
  foreign key (municipality_id, provider_id) references providers (municipality_id, id),
  foreign key (municipality_id, quartier_id) references quartiere (municipality_id, id),
  check (
    energy_certificate is null
    or (energy_kwh is not null and energy_class is not null and heating_source is not null and building_year is not null)
  )
);
create index housing_flats_search on housing_flats (municipality_id, status, available_from);

-- The flat's description per language, with the hash of the source it was translated from.
create table housing_flat_texts (
  municipality_id uuid not null,
  flat_id uuid not null,
  locale text not null,
  title text not null check (length(title) between 1 and 200),
  description text not null default '' check (length(description) <= 8000),
  source_hash text,
  updated_at timestamptz not null default now(),
  primary key (municipality_id, flat_id, locale),
  foreign key (municipality_id, flat_id) references housing_flats (municipality_id, id) on delete cascade
);

-- A household's profile. Owned by a person's account (or created with a counsellor, consent recorded).
create table housing_households (
  municipality_id uuid not null references municipalities (id),
  id uuid not null default gen_random_uuid(),
  owner_user_id uuid references users (id) on delete set null,
  -- The counsellor who created it with the household, and when the household consented.
  created_by_user_id uuid references users (id) on delete set null,
  consent_at timestamptz not null,
  contact_name text check (length(contact_name) between 1 and 120),
  contact_email citext check (length(contact_email) between 3 and 254),
  contact_phone text check (length(contact_phone) between 3 and 40),
  preferred_locale text not null default 'de',
  -- Income band: annual household income after deductions, as the eligibility check computed it (euros).
  annual_income_euros integer check (annual_income_euros between 0 and 1000000),
  on_benefits boolean not null default false,
  -- Monthly gross cold rent limit: from the municipality's KdU table or entered.
  rent_limit_cents integer check (rent_limit_cents between 0 and 1000000),
  rent_limit_source text not null default 'kdu' check (rent_limit_source in ('kdu', 'entered', 'none')),
  needs_step_free boolean not null default false,
  needs_wheelchair boolean not null default false,
  has_pets boolean not null default false,
  -- Residence data, kept to the minimum the check needs; every read is audited.
  permit_category text,
  permit_valid_until date,
  wbs_valid_until date,
  waiting_since date not null default current_date,
  urgency smallint not null default 0 check (urgency between 0 and 3),
  urgency_reason text check (length(urgency_reason) <= 500),
  must_leave_by date,
  -- Wishes: Quartiere (ids) and an optional place to be near.
  wished_quartier_ids uuid[] not null default '{}',
  near_lat double precision check (near_lat between -90 and 90),
  near_lon double precision check (near_lon between -180 and 180),
  near_max_km numeric(5, 1) check (near_max_km between 0 and 500),
  -- The eligibility result saved into the profile, with the rule version it used.
  eligibility_outcome text check (eligibility_outcome in ('eligible', 'not-eligible', 'case-by-case')),
  eligibility_rule_version text,
  eligibility_checked_at timestamptz,
  housed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (municipality_id, id)
);
create unique index housing_households_owner on housing_households (municipality_id, owner_user_id)
  where owner_user_id is not null;

-- Members by role and age group; names optional.
create table housing_household_members (
  municipality_id uuid not null,
  household_id uuid not null,
  position smallint not null check (position between 1 and 30),
  role text not null check (role in ('adult', 'child', 'unborn')),
  age_group text check (age_group in ('0-5', '6-13', '14-17', '18-26', '27-64', '65+')),
  first_name text check (length(first_name) between 1 and 80),
  disabled boolean not null default false,
  single_parent boolean not null default false,
  primary key (municipality_id, household_id, position),
  foreign key (municipality_id, household_id) references housing_households (municipality_id, id) on delete cascade
);

-- A household's application to a flat and where it stands.
create table housing_applications (
  municipality_id uuid not null,
  id uuid not null default gen_random_uuid(),
  flat_id uuid not null,
  household_id uuid not null,
  status text not null default 'submitted'
    check (status in ('submitted', 'shortlisted', 'viewing', 'offered', 'accepted', 'declined', 'withdrawn', 'rejected')),
  -- Set when the offer came from a confirmed matching proposal.
  round_id uuid,
  offer_reason text check (length(offer_reason) <= 2000),
  message text check (length(message) <= 2000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  decided_at timestamptz,
  primary key (municipality_id, id),
  unique (municipality_id, flat_id, household_id),
  foreign key (municipality_id, flat_id) references housing_flats (municipality_id, id),
  foreign key (municipality_id, household_id) references housing_households (municipality_id, id) on delete cascade
);
-- Nothing promised twice: a flat is accepted by at most one household, a household accepts at most one flat.
create unique index housing_applications_one_per_flat on housing_applications (municipality_id, flat_id)
  where status = 'accepted';
create unique index housing_applications_one_per_household on housing_applications (municipality_id, household_id)
  where status = 'accepted';

-- Viewing slots a landlord offers for a flat; a slot is booked by at most one application.
create table housing_viewing_slots (
  municipality_id uuid not null,
  id uuid not null default gen_random_uuid(),
  flat_id uuid not null,
  starts_at timestamptz not null,
  minutes smallint not null default 30 check (minutes between 10 and 240),
  application_id uuid,
  booked_at timestamptz,
  primary key (municipality_id, id),
  foreign key (municipality_id, flat_id) references housing_flats (municipality_id, id) on delete cascade,
  foreign key (municipality_id, application_id) references housing_applications (municipality_id, id)
    on delete set null (application_id)
);
create unique index housing_viewing_slots_once on housing_viewing_slots (municipality_id, application_id)
  where application_id is not null;
