-- Community: rooms and their bookings, events as series with one row per occurrence. Tenant tables:
-- municipality_id first in every key and every foreign key. Times of a series are local wall-clock times in an
-- IANA zone (Europe/Berlin), expanded in that zone; an occurrence stores its instant (timestamptz).

-- Event types a municipality adds to the built-in ones (whose labels live in the catalogs).
create table community_event_types (
  municipality_id uuid not null references municipalities (id),
  key text not null check (key ~ '^[a-z][a-z0-9_]{1,40}$'),
  -- Label per locale, German required: {"de": "Nähcafé", "ar": "…"}.
  labels jsonb not null check (labels ? 'de'),
  created_at timestamptz not null default now(),
  primary key (municipality_id, key)
);

-- A room of a Quartier or provider that people may book (Quartiersbüro, village hall, church hall).
create table community_rooms (
  municipality_id uuid not null references municipalities (id),
  id uuid not null default gen_random_uuid(),
  quartier_id uuid,
  provider_id uuid,
  name text not null check (length(name) between 1 and 200),
  street text not null check (length(street) between 1 and 200),
  postcode text not null check (postcode ~ '^[0-9]{5}$'),
  city text not null check (length(city) between 1 and 100),
  capacity integer not null check (capacity between 1 and 2000),
  -- Keys from a fixed list (kitchen, projector, wifi, …), labelled in the catalogs.
  equipment text[] not null default '{}',
  wheelchair_accessible boolean not null default false,
  step_free boolean not null default false,
  accessible_toilet boolean not null default false,
  hearing_loop boolean not null default false,
  -- OpenStreetMap opening_hours syntax, e.g. "Mo-Fr 09:00-18:00; Sa 10:00-14:00".
  opening_hours text check (length(opening_hours) <= 500),
  -- Booking rules: which roles may book (resident, volunteer, provider staff are roles), approval, limits.
  bookable_by text[] not null default '{volunteer,quartier_manager}',
  needs_approval boolean not null default true,
  max_booking_minutes integer not null default 240 check (max_booking_minutes between 15 and 1440),
  lead_time_hours integer not null default 24 check (lead_time_hours between 0 and 2160),
  buffer_minutes integer not null default 0 check (buffer_minutes between 0 and 240),
  active boolean not null default true,
  source_locale text not null default 'de',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (municipality_id, id),
  foreign key (municipality_id, quartier_id) references quartiere (municipality_id, id),
  foreign key (municipality_id, provider_id) references providers (municipality_id, id)
);

-- A room's description per language, with the hash of the source it was translated from.
create table community_room_texts (
  municipality_id uuid not null,
  room_id uuid not null,
  locale text not null,
  description text not null default '' check (length(description) <= 8000),
  source_hash text,
  updated_at timestamptz not null default now(),
  primary key (municipality_id, room_id, locale),
  foreign key (municipality_id, room_id) references community_rooms (municipality_id, id) on delete cascade
);

-- An event series (or a single event: no rule). Place: a room of the platform or an address.
create table community_events (
  municipality_id uuid not null references municipalities (id),
  id uuid not null default gen_random_uuid(),
  -- Stable iCalendar UID; a series split ("this and following") gets a new event with its own UID.
  uid text not null default (gen_random_uuid()::text),
  quartier_id uuid,
  type_key text not null check (type_key ~ '^[a-z][a-z0-9_]{1,40}$'),
  status text not null default 'draft' check (status in ('draft', 'published', 'cancelled')),
  organiser_user_id uuid references users (id) on delete set null,
  organiser_provider_id uuid,
  -- Shown as the organiser (a person's chosen name or the provider's), kept when the account is gone.
  organiser_name text not null check (length(organiser_name) between 1 and 200),
  room_id uuid,
  address text check (length(address) between 1 and 300),
  -- Languages spoken at the event, as BCP 47 codes (de, ar, fa, uk, ru, tr, en, ti, prs …).
  languages text[] not null default '{de}',
  wheelchair_accessible boolean not null default false,
  step_free boolean not null default false,
  sign_language boolean not null default false,
  hearing_loop boolean not null default false,
  family_friendly boolean not null default false,
  childcare boolean not null default false,
  -- Null: free. Otherwise euros in cents.
  cost_cents integer check (cost_cents between 0 and 100000),
  -- The first occurrence as local wall-clock time in time_zone; the rule expands from it in that zone.
  starts_local timestamp not null,
  duration_minutes integer not null check (duration_minutes between 5 and 1440),
  time_zone text not null default 'Europe/Berlin',
  -- RFC 5545 RRULE without DTSTART (e.g. "FREQ=MONTHLY;BYDAY=3FR"); null for a single event.
  rrule text check (length(rrule) <= 500),
  -- Places per occurrence (null: no limit); registration required or open to all.
  capacity integer check (capacity between 1 and 10000),
  registration text not null default 'required' check (registration in ('required', 'none')),
  -- iCalendar SEQUENCE: raised on every change to the series.
  sequence integer not null default 0,
  source_locale text not null default 'de',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (municipality_id, id),
  unique (uid),
  foreign key (municipality_id, quartier_id) references quartiere (municipality_id, id),
  foreign key (municipality_id, organiser_provider_id) references providers (municipality_id, id),
  foreign key (municipality_id, room_id) references community_rooms (municipality_id, id),
  check (room_id is not null or address is not null)
);
create index community_events_listing on community_events (municipality_id, status, quartier_id);

-- Title and description per language, with the hash of the source (outdated when the source changed since).
create table community_event_texts (
  municipality_id uuid not null,
  event_id uuid not null,
  locale text not null,
  title text not null check (length(title) between 1 and 200),
  description text not null default '' check (length(description) <= 8000),
  source_hash text,
  updated_at timestamptz not null default now(),
  primary key (municipality_id, event_id, locale),
  foreign key (municipality_id, event_id) references community_events (municipality_id, id) on delete cascade
);

-- One row per date of a series (as pretix's sub-events): its own capacity, status and registrations.
-- original_start is the instant the rule gave (the iCalendar RECURRENCE-ID); starts_at differs when moved.
create table community_occurrences (
  municipality_id uuid not null,
  id uuid not null default gen_random_uuid(),
  event_id uuid not null,
  original_start timestamptz not null,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  status text not null default 'scheduled' check (status in ('scheduled', 'cancelled')),
  -- Null: the event's capacity.
  capacity integer check (capacity between 1 and 10000),
  -- Registrations counted here, in the same transaction as the registration; the check is the last word on
  -- "never more than its places" (the effective capacity is copied in when the occurrence is made or changed).
  confirmed_count integer not null default 0 check (confirmed_count >= 0),
  places integer check (places between 1 and 10000),
  -- The last waitlist position given out: positions are distinct and in order of arrival.
  waitlist_seq integer not null default 0,
  sequence integer not null default 0,
  updated_at timestamptz not null default now(),
  primary key (municipality_id, id),
  unique (municipality_id, event_id, original_start),
  foreign key (municipality_id, event_id) references community_events (municipality_id, id) on delete cascade,
  check (ends_at > starts_at),
  constraint community_occurrences_within_places check (places is null or confirmed_count <= places)
);
create index community_occurrences_range on community_occurrences (municipality_id, starts_at);

-- A booking of a room. Pending and approved bookings block the room (with its buffer already added to the
-- range); the exclusion constraint is the last word on double booking, whatever the application checked.
create table community_bookings (
  municipality_id uuid not null,
  id uuid not null default gen_random_uuid(),
  room_id uuid not null,
  -- Bookings made together from one recurring request share a series id and are checked as a whole.
  series_id uuid,
  booked_by_user_id uuid references users (id) on delete set null,
  provider_id uuid,
  event_id uuid,
  purpose text not null check (purpose in ('event', 'counselling', 'meeting', 'group', 'other')),
  title text not null check (length(title) between 1 and 200),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  -- The range that blocks the room: the booking plus the room's buffer after it.
  blocks tstzrange not null,
  status text not null default 'pending' check (status in ('pending', 'approved', 'rejected', 'cancelled')),
  decided_by_user_id uuid references users (id) on delete set null,
  decided_at timestamptz,
  -- Whether the room was used (for usage figures); null until recorded.
  used boolean,
  created_at timestamptz not null default now(),
  primary key (municipality_id, id),
  foreign key (municipality_id, room_id) references community_rooms (municipality_id, id),
  foreign key (municipality_id, provider_id) references providers (municipality_id, id),
  foreign key (municipality_id, event_id) references community_events (municipality_id, id) on delete set null (event_id),
  check (ends_at > starts_at),
  check (lower(blocks) = starts_at and upper(blocks) >= ends_at),
  constraint community_bookings_no_overlap exclude using gist (municipality_id with =, room_id with =, blocks with &&)
    where (status in ('pending', 'approved'))
);
create index community_bookings_room_time on community_bookings (municipality_id, room_id, starts_at);
create index community_bookings_series on community_bookings (municipality_id, series_id) where series_id is not null;
