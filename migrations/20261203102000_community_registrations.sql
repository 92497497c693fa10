-- Community registrations: who signed up for one date of an event (with or without an account), the waitlist in
-- order of arrival, and the attendance counts kept for funding reports. Personal data (name, e-mail, phone, user)
-- is erased a set number of days after the date (REGISTRATION_RETENTION_DAYS); the rows stay without it, so that
-- the figures stay. The occurrence row's confirmed_count (checked against its places) is the last word on capacity.

create table community_registrations (
  municipality_id uuid not null,
  id uuid not null default gen_random_uuid(),
  occurrence_id uuid not null,
  -- Set when a signed-in person registered; null for guests and after erasure.
  user_id uuid references users (id) on delete set null,
  -- Name or nickname, and at least one way to reach the person; all three null once erased.
  name text check (length(name) between 1 and 100),
  email text check (length(email) between 3 and 254),
  phone text check (phone ~ '^\+?[0-9]{6,20}$'),
  -- The language the person registered in: mails and reminders use it.
  locale text not null check (locale ~ '^[a-z]{2}$'),
  -- Places taken together (a family); confirmed_count on the occurrence counts places, not rows.
  party_size integer not null check (party_size between 1 and 10),
  consent_at timestamptz not null,
  status text not null check (status in ('confirmed', 'waitlisted', 'cancelled')),
  -- The place in the queue given on arrival (the occurrence's waitlist_seq): distinct per date, in order, kept
  -- after a promotion so that positions are never handed out twice.
  waitlist_position integer check (waitlist_position >= 1),
  -- SHA-256 of the cancel code (the code itself is derived from a server secret and never stored).
  token_hash text not null check (token_hash ~ '^[0-9a-f]{64}$'),
  -- A mail still to send about a change the person must hear of (sent by the notices job, then cleared).
  notice text check (notice in ('cancelled', 'moved', 'promoted')),
  reminded_at timestamptz,
  promoted_at timestamptz,
  cancelled_at timestamptz,
  erased_at timestamptz,
  created_at timestamptz not null default now(),
  primary key (municipality_id, id),
  foreign key (municipality_id, occurrence_id) references community_occurrences (municipality_id, id) on delete cascade,
  unique (municipality_id, token_hash),
  check (erased_at is not null or (name is not null and (email is not null or phone is not null))),
  check (status <> 'waitlisted' or waitlist_position is not null)
);
create unique index community_registrations_position
  on community_registrations (municipality_id, occurrence_id, waitlist_position)
  where waitlist_position is not null;
-- One active registration per person and date (by account, address or phone); a cancelled one may be made again.
create unique index community_registrations_one_email
  on community_registrations (municipality_id, occurrence_id, lower(email))
  where status <> 'cancelled' and email is not null;
create unique index community_registrations_one_phone
  on community_registrations (municipality_id, occurrence_id, phone)
  where status <> 'cancelled' and phone is not null;
create unique index community_registrations_one_user
  on community_registrations (municipality_id, occurrence_id, user_id)
  where status <> 'cancelled' and user_id is not null;
create index community_registrations_queue
  on community_registrations (municipality_id, occurrence_id, status, waitlist_position);
create index community_registrations_user on community_registrations (user_id) where user_id is not null;
create index community_registrations_notice on community_registrations (municipality_id) where notice is not null;

-- Who came, as numbers only (never a list of names): the total, and optionally by gender and age band.
create table community_attendance (
  municipality_id uuid not null,
  occurrence_id uuid not null,
  total integer not null check (total between 0 and 100000),
  women integer check (women >= 0),
  men integer check (men >= 0),
  diverse integer check (diverse >= 0),
  age_under_18 integer check (age_under_18 >= 0),
  age_18_to_26 integer check (age_18_to_26 >= 0),
  age_27_to_64 integer check (age_27_to_64 >= 0),
  age_65_plus integer check (age_65_plus >= 0),
  recorded_by_user_id uuid references users (id) on delete set null,
  recorded_at timestamptz not null default now(),
  primary key (municipality_id, occurrence_id),
  foreign key (municipality_id, occurrence_id) references community_occurrences (municipality_id, id) on delete cascade,
  check (coalesce(women, 0) + coalesce(men, 0) + coalesce(diverse, 0) <= total),
  check (coalesce(age_under_18, 0) + coalesce(age_18_to_26, 0) + coalesce(age_27_to_64, 0) + coalesce(age_65_plus, 0) <= total)
);
