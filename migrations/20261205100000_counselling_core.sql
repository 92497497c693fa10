-- Counselling: services of providers and Quartier offices, their counsellors' weekly hours and exceptions,
-- appointments booked without an account, interpreters (Sprachmittler) and their requests, and anonymous contact
-- figures. Tenant tables: municipality_id first in every key and every foreign key. Weekly hours are local
-- wall-clock times in an IANA zone, expanded per local date; appointments store instants (timestamptz).
-- No case file: nothing here holds notes about a person; an appointment's personal data is erased a set number of
-- days after it (COUNSELLING_RETENTION_DAYS), and contacts are counts without any link to a person.

-- A counselling offer (migration counselling, Quartier office hours, housing advice, …).
create table counselling_services (
  municipality_id uuid not null references municipalities (id),
  id uuid not null default gen_random_uuid(),
  provider_id uuid,
  quartier_id uuid,
  -- Topic keys from a fixed list (labels `counselling.topic.<key>`), at least one.
  topics text[] not null check (cardinality(topics) between 1 and 20),
  -- Languages the service speaks itself (ISO 639 codes: de, ar, fa, prs, ps, ti, uk, ru, tr, en, ku, …).
  languages text[] not null check (cardinality(languages) between 1 and 30),
  -- How a conversation takes place: at a place, by phone, by video; at least one.
  channels text[] not null check (cardinality(channels) between 1 and 3 and channels <@ array['in_person', 'phone', 'video']),
  -- The place: a room of the platform, or an address (needed when the service meets in person).
  room_id uuid,
  street text check (length(street) between 1 and 200),
  postcode text check (postcode ~ '^[0-9]{5}$'),
  city text check (length(city) between 1 and 100),
  wheelchair_accessible boolean not null default false,
  step_free boolean not null default false,
  hearing_loop boolean not null default false,
  -- Who the service is for (labels `counselling.audience.<key>`).
  audience text not null default 'everyone'
    check (audience in ('everyone', 'refugees', 'young_people', 'women', 'families', 'seniors')),
  -- Booking rules: length of one appointment, a break after it, how soon and how far ahead one may book, and
  -- until when before the appointment the person may cancel or rebook by themselves.
  slot_minutes integer not null default 30 check (slot_minutes between 10 and 240),
  buffer_minutes integer not null default 0 check (buffer_minutes between 0 and 120),
  min_notice_hours integer not null default 2 check (min_notice_hours between 0 and 720),
  horizon_days integer not null default 42 check (horizon_days between 1 and 180),
  cancel_cutoff_hours integer not null default 2 check (cancel_cutoff_hours between 0 and 168),
  -- Open walk-in hours (no appointment needed), in OpenStreetMap opening_hours syntax; shown as such.
  walk_in_hours text check (length(walk_in_hours) <= 500),
  time_zone text not null default 'Europe/Berlin',
  -- Phone or video line to reach the service (not a person's private number).
  contact_phone text check (contact_phone ~ '^\+?[0-9 /()-]{6,30}$'),
  active boolean not null default true,
  source_locale text not null default 'de',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (municipality_id, id),
  foreign key (municipality_id, provider_id) references providers (municipality_id, id),
  foreign key (municipality_id, quartier_id) references quartiere (municipality_id, id),
  foreign key (municipality_id, room_id) references community_rooms (municipality_id, id),
  check (not ('in_person' = any (channels)) or room_id is not null or (street is not null and postcode is not null and city is not null))
);
create index counselling_services_listing on counselling_services (municipality_id, active, quartier_id);

-- Title and description per language, with the hash of the source (outdated when the source changed since).
create table counselling_service_texts (
  municipality_id uuid not null,
  service_id uuid not null,
  locale text not null,
  title text not null check (length(title) between 1 and 200),
  description text not null default '' check (length(description) <= 8000),
  source_hash text,
  updated_at timestamptz not null default now(),
  primary key (municipality_id, service_id, locale),
  foreign key (municipality_id, service_id) references counselling_services (municipality_id, id) on delete cascade
);

-- A person who counsels for a service (signs in with the counsellor role to see their day).
create table counselling_counsellors (
  municipality_id uuid not null,
  id uuid not null default gen_random_uuid(),
  service_id uuid not null,
  user_id uuid not null references users (id),
  -- The name shown to people who book (e.g. first name); may differ from the account's name.
  display_name text not null check (length(display_name) between 1 and 100),
  -- Languages this counsellor speaks (a subset of what the person may choose).
  languages text[] not null default '{}',
  active boolean not null default true,
  created_at timestamptz not null default now(),
  primary key (municipality_id, id),
  unique (municipality_id, service_id, user_id),
  foreign key (municipality_id, service_id) references counselling_services (municipality_id, id) on delete cascade
);
create index counselling_counsellors_user on counselling_counsellors (user_id);

-- Weekly hours of a counsellor: on ISO weekday (1 = Monday) from–to local time in the service's zone, valid
-- from a day (until a day, or open-ended). Several rows per weekday make a day with a break.
create table counselling_hours (
  municipality_id uuid not null,
  id uuid not null default gen_random_uuid(),
  counsellor_id uuid not null,
  weekday smallint not null check (weekday between 1 and 7),
  starts time not null,
  ends time not null,
  valid_from date not null,
  valid_until date,
  created_at timestamptz not null default now(),
  primary key (municipality_id, id),
  foreign key (municipality_id, counsellor_id) references counselling_counsellors (municipality_id, id) on delete cascade,
  check (ends > starts),
  check (valid_until is null or valid_until >= valid_from)
);
create index counselling_hours_counsellor on counselling_hours (municipality_id, counsellor_id);

-- A day that differs from the weekly hours: rows of one day replace that day's hours; a row without times is a
-- day off. Lower Saxony's public holidays are computed, never typed here.
create table counselling_exceptions (
  municipality_id uuid not null,
  id uuid not null default gen_random_uuid(),
  counsellor_id uuid not null,
  day date not null,
  starts time,
  ends time,
  -- Why, as a key (labels `counselling.exception.<key>`): never free text.
  reason text not null default 'other' check (reason in ('leave', 'training', 'sick', 'outreach', 'other')),
  created_at timestamptz not null default now(),
  primary key (municipality_id, id),
  foreign key (municipality_id, counsellor_id) references counselling_counsellors (municipality_id, id) on delete cascade,
  check ((starts is null and ends is null) or (starts is not null and ends is not null and ends > starts))
);
create index counselling_exceptions_day on counselling_exceptions (municipality_id, counsellor_id, day);

-- An appointment booked by a person (without an account, or by a counsellor for them). Active appointments block
-- the counsellor's time (with the service's break after it); the exclusion constraint is the last word on "never
-- two appointments at once", whatever ran at the same moment.
create table counselling_appointments (
  municipality_id uuid not null,
  id uuid not null default gen_random_uuid(),
  service_id uuid not null,
  counsellor_id uuid not null,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  -- The range that blocks the counsellor: the appointment plus the service's break after it.
  blocks tstzrange not null,
  status text not null default 'booked' check (status in ('booked', 'cancelled', 'done', 'no_show')),
  channel text not null check (channel in ('in_person', 'phone', 'video')),
  topic text not null check (topic ~ '^[a-z][a-z0-9_]{1,40}$'),
  -- The language of the conversation, and the interpreter's language when one is needed.
  language text not null check (language ~ '^[a-z]{2,3}$'),
  interpreter_language text check (interpreter_language ~ '^[a-z]{2,3}$'),
  -- Personal data, erased (set null) a set number of days after the appointment; the row stays for the figures.
  name text check (length(name) between 1 and 100),
  email text check (length(email) between 3 and 254),
  phone text check (phone ~ '^\+?[0-9]{6,20}$'),
  -- The language of the booking pages: mails and reminders use it.
  locale text not null check (locale ~ '^[a-z]{2}$'),
  -- SHA-256 of the secret in the mailed link, and of the short speakable code shown to people without e-mail.
  token_hash text not null check (token_hash ~ '^[0-9a-f]{64}$'),
  code_hash text not null check (code_hash ~ '^[0-9a-f]{64}$'),
  -- iCalendar identity: one UID for the appointment's life, SEQUENCE raised by every change.
  uid text not null default (gen_random_uuid()::text || '@zuhause'),
  sequence integer not null default 0,
  booked_by_user_id uuid references users (id) on delete set null,
  -- The appointment this one replaced (rebooking keeps the chain, not the person).
  rebooked_from uuid,
  reminded_at timestamptz,
  cancelled_at timestamptz,
  erased_at timestamptz,
  created_at timestamptz not null default now(),
  primary key (municipality_id, id),
  unique (uid),
  unique (municipality_id, token_hash),
  unique (municipality_id, code_hash),
  foreign key (municipality_id, service_id) references counselling_services (municipality_id, id),
  foreign key (municipality_id, counsellor_id) references counselling_counsellors (municipality_id, id),
  check (ends_at > starts_at),
  check (lower(blocks) = starts_at and upper(blocks) >= ends_at),
  check (erased_at is not null or name is not null),
  constraint counselling_appointments_no_overlap exclude using gist (municipality_id with =, counsellor_id with =, blocks with &&)
    where (status <> 'cancelled')
);
create index counselling_appointments_day on counselling_appointments (municipality_id, counsellor_id, starts_at);
create index counselling_appointments_service on counselling_appointments (municipality_id, service_id, starts_at);
create index counselling_appointments_erase on counselling_appointments (municipality_id, ends_at) where erased_at is null;

-- A municipality's pool of interpreters (Sprachmittler): people with the interpreter role and their languages.
create table counselling_interpreters (
  municipality_id uuid not null references municipalities (id),
  id uuid not null default gen_random_uuid(),
  user_id uuid not null references users (id),
  display_name text not null check (length(display_name) between 1 and 100),
  languages text[] not null check (cardinality(languages) between 1 and 20),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  primary key (municipality_id, id),
  unique (municipality_id, user_id)
);

-- When an interpreter is available: weekly hours like a counsellor's (ISO weekday, local times).
create table counselling_interpreter_hours (
  municipality_id uuid not null,
  id uuid not null default gen_random_uuid(),
  interpreter_id uuid not null,
  weekday smallint not null check (weekday between 1 and 7),
  starts time not null,
  ends time not null,
  primary key (municipality_id, id),
  foreign key (municipality_id, interpreter_id) references counselling_interpreters (municipality_id, id) on delete cascade,
  check (ends > starts)
);

-- An appointment that needs an interpreter asks the pool: open until one interpreter accepts. An accepted
-- request blocks that interpreter's time; the exclusion constraint keeps anyone from being double-booked.
create table counselling_interpreter_requests (
  municipality_id uuid not null,
  id uuid not null default gen_random_uuid(),
  appointment_id uuid not null,
  language text not null check (language ~ '^[a-z]{2,3}$'),
  status text not null default 'open' check (status in ('open', 'accepted', 'cancelled')),
  interpreter_id uuid,
  -- The appointment's time (copied, so that the constraint can see it).
  blocks tstzrange not null,
  accepted_at timestamptz,
  created_at timestamptz not null default now(),
  primary key (municipality_id, id),
  unique (municipality_id, appointment_id),
  foreign key (municipality_id, appointment_id) references counselling_appointments (municipality_id, id) on delete cascade,
  foreign key (municipality_id, interpreter_id) references counselling_interpreters (municipality_id, id),
  check ((status = 'accepted') = (interpreter_id is not null and accepted_at is not null)),
  constraint counselling_interpreters_no_overlap exclude using gist (municipality_id with =, interpreter_id with =, blocks with &&)
    where (status = 'accepted')
);
create index counselling_interpreter_requests_open on counselling_interpreter_requests (municipality_id, language)
  where status = 'open';

-- One counselling contact, as counts only: no name, no note, no link to a person. Recorded when an appointment
-- is marked done or a walk-in is counted; the monthly figures are sums of these rows.
create table counselling_contacts (
  municipality_id uuid not null,
  id uuid not null default gen_random_uuid(),
  service_id uuid not null,
  -- The local day of the contact (the figures count per month).
  day date not null,
  kind text not null check (kind in ('appointment', 'walk_in')),
  topic text not null check (topic ~ '^[a-z][a-z0-9_]{1,40}$'),
  language text not null check (language ~ '^[a-z]{2,3}$'),
  interpreter_language text check (interpreter_language ~ '^[a-z]{2,3}$'),
  channel text not null check (channel in ('in_person', 'phone', 'video')),
  duration_minutes integer not null check (duration_minutes between 1 and 480),
  gender text check (gender in ('woman', 'man', 'diverse')),
  age_band text check (age_band in ('under_18', '18_26', '27_64', '65_plus')),
  -- At most one contact per appointment (marking done twice counts once); null for walk-ins.
  appointment_id uuid,
  created_at timestamptz not null default now(),
  primary key (municipality_id, id),
  unique (municipality_id, appointment_id),
  foreign key (municipality_id, service_id) references counselling_services (municipality_id, id)
);
create index counselling_contacts_month on counselling_contacts (municipality_id, service_id, day);
