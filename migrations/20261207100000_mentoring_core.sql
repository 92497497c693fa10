-- Mentoring: programmes for political participation (the Osnabrück model). A programme runs cycles; people with a
-- migration history apply as mentees, council members and other office holders sign up as mentors; staff match
-- them (results pending until published), the pairs attend public sessions together and log what they attended;
-- a completed mentee gets a certificate. Tenant tables: municipality_id first in every key and every foreign key.
-- Special-category data (Art. 9 GDPR): a mentee's political direction is optional, stored only with explicit
-- consent (political_consent_at), seen only by the programme's staff, and erased with the application.

-- A programme: its aim, who organises it, what the matching asks for.
create table mentoring_programmes (
  municipality_id uuid not null references municipalities (id),
  id uuid not null default gen_random_uuid(),
  slug text not null check (slug ~ '^[a-z0-9][a-z0-9-]{0,79}$'),
  -- The organiser as named on pages and certificates (e.g. "Migrationsbeirat der Stadt Osnabrück").
  organiser text not null check (length(organiser) between 1 and 200),
  provider_id uuid,
  -- Whether mentees may state a party or political direction for the matching (Art. 9: optional, with consent).
  asks_political boolean not null default false,
  -- A soft balance target: the share of women among the participants, in per cent (null: none).
  women_target_percent integer check (women_target_percent between 0 and 100),
  contact_email text check (contact_email ~ '^[^@\s]+@[^@\s]+$' and length(contact_email) <= 200),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (municipality_id, id),
  unique (municipality_id, slug),
  foreign key (municipality_id, provider_id) references providers (municipality_id, id)
);

-- Title and aim per language; German is the source, a translation records the source's hash.
create table mentoring_programme_texts (
  municipality_id uuid not null,
  programme_id uuid not null,
  locale text not null check (locale in ('de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr')),
  title text not null check (length(title) between 1 and 200),
  aim text not null check (length(aim) between 1 and 8000),
  source_hash text,
  updated_at timestamptz not null default now(),
  primary key (municipality_id, programme_id, locale),
  foreign key (municipality_id, programme_id) references mentoring_programmes (municipality_id, id) on delete cascade
);

-- Who runs a programme: its staff (they hold a staff role in the municipality; only they see its applications).
create table mentoring_programme_staff (
  municipality_id uuid not null,
  programme_id uuid not null,
  user_id uuid not null references users (id),
  primary key (municipality_id, programme_id, user_id),
  foreign key (municipality_id, programme_id) references mentoring_programmes (municipality_id, id) on delete cascade
);

-- A cycle of a programme: applications within a period, then matching, then the mentoring from start to end.
create table mentoring_cycles (
  municipality_id uuid not null,
  id uuid not null default gen_random_uuid(),
  programme_id uuid not null,
  -- Shown on pages ("2026/27"); the programme's title says the rest.
  name text not null check (length(name) between 1 and 100),
  applications_open date not null,
  applications_close date not null,
  starts_on date not null,
  ends_on date not null,
  -- How many mentees take part; applications beyond it go to the waitlist.
  places integer not null check (places between 1 and 1000),
  -- The kinds of activity that count for the certificate (labels `mentoring.activity.<key>`).
  activity_kinds text[] not null default array['council_session', 'committee', 'faction_meeting', 'consultation_hour', 'online_event']
    check (cardinality(activity_kinds) between 1 and 10
      and activity_kinds <@ array['council_session', 'committee', 'faction_meeting', 'consultation_hour', 'online_event', 'other']),
  -- How many attended activities complete a mentee's participation.
  activities_required integer not null default 3 check (activities_required between 1 and 100),
  -- planned → open (applications) → matching → running → finished.
  status text not null default 'planned' check (status in ('planned', 'open', 'matching', 'running', 'finished')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (municipality_id, id),
  foreign key (municipality_id, programme_id) references mentoring_programmes (municipality_id, id),
  check (applications_open <= applications_close and applications_close <= starts_on and starts_on <= ends_on)
);
create index mentoring_cycles_programme on mentoring_cycles (municipality_id, programme_id, starts_on);

-- A mentor's sign-up for a cycle: a council member or other office holder, with how many mentees they take.
create table mentoring_mentors (
  municipality_id uuid not null,
  id uuid not null default gen_random_uuid(),
  cycle_id uuid not null,
  user_id uuid not null references users (id),
  -- The name shown to mentees and on certificates.
  display_name text not null check (length(display_name) between 1 and 100),
  -- The body they sit in ("Rat der Stadt Osnabrück", "Migrationsbeirat"), their faction, their committees.
  body text not null check (length(body) between 1 and 200),
  faction text check (length(faction) between 1 and 100),
  committees text[] not null default '{}' check (cardinality(committees) <= 20),
  -- Topic keys (labels `mentoring.topic.<key>`), languages (ISO 639), when they can (`mentoring.availability.<key>`).
  topics text[] not null default '{}' check (cardinality(topics) <= 20),
  languages text[] not null default '{}' check (cardinality(languages) <= 20),
  availability text[] not null default '{}' check (cardinality(availability) <= 10),
  -- A mentor with capacity k takes up to k mentees; 0 = paused. Staff may change it.
  capacity integer not null default 1 check (capacity between 0 and 10),
  status text not null default 'active' check (status in ('active', 'withdrawn')),
  created_at timestamptz not null default now(),
  primary key (municipality_id, id),
  unique (municipality_id, cycle_id, user_id),
  foreign key (municipality_id, cycle_id) references mentoring_cycles (municipality_id, id)
);

-- A mentee's application for a cycle. No free-text notes about the person beyond their own motivation.
create table mentoring_mentees (
  municipality_id uuid not null,
  id uuid not null default gen_random_uuid(),
  cycle_id uuid not null,
  user_id uuid not null references users (id),
  display_name text not null check (length(display_name) between 1 and 100),
  -- The language they applied in: mails and the certificate's second language.
  locale text not null check (locale in ('de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr')),
  motivation text not null check (length(motivation) between 1 and 4000),
  topics text[] not null default '{}' check (cardinality(topics) <= 20),
  committees text[] not null default '{}' check (cardinality(committees) <= 20),
  languages text[] not null default '{}' check (cardinality(languages) <= 20),
  availability text[] not null default '{}' check (cardinality(availability) <= 10),
  accessibility text check (length(accessibility) <= 1000),
  -- Optional, only for the programme's balance figures.
  gender text check (gender in ('woman', 'man', 'diverse')),
  -- Art. 9 GDPR: only with explicit consent (both set or both null), seen only by the programme's staff.
  political_direction text check (length(political_direction) between 1 and 100),
  political_consent_at timestamptz,
  preferred_mentor_id uuid,
  -- applied → accepted (a place) or waitlisted (in order) → matched → completed; or withdrawn / declined.
  status text not null default 'applied'
    check (status in ('applied', 'waitlisted', 'accepted', 'matched', 'completed', 'withdrawn', 'declined')),
  -- The order of the waitlist (and of the applications): when the application came in.
  applied_at timestamptz not null default now(),
  completed_at timestamptz,
  primary key (municipality_id, id),
  unique (municipality_id, cycle_id, user_id),
  foreign key (municipality_id, cycle_id) references mentoring_cycles (municipality_id, id),
  foreign key (municipality_id, preferred_mentor_id) references mentoring_mentors (municipality_id, id) on delete set null (preferred_mentor_id),
  check ((political_direction is null) = (political_consent_at is null))
);
create index mentoring_mentees_cycle on mentoring_mentees (municipality_id, cycle_id, status, applied_at);

-- A pairing of a mentee and a mentor: proposed by a matching run (or fixed by staff), pending until staff publish
-- it; then each side accepts or declines; an accepted pairing is active until the cycle ends.
create table mentoring_pairings (
  municipality_id uuid not null,
  id uuid not null default gen_random_uuid(),
  cycle_id uuid not null,
  mentee_id uuid not null,
  mentor_id uuid not null,
  status text not null default 'proposed'
    check (status in ('proposed', 'published', 'active', 'declined', 'ended', 'completed')),
  -- Set by staff before a run: kept as it is by every run.
  fixed boolean not null default false,
  -- The run that proposed it; the score and its reasons (keys and numbers, no free text).
  run_id uuid,
  score integer,
  reasons jsonb not null default '[]',
  mentee_answer text check (mentee_answer in ('accepted', 'declined')),
  mentor_answer text check (mentor_answer in ('accepted', 'declined')),
  published_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (municipality_id, id),
  foreign key (municipality_id, cycle_id) references mentoring_cycles (municipality_id, id),
  foreign key (municipality_id, mentee_id) references mentoring_mentees (municipality_id, id) on delete cascade,
  foreign key (municipality_id, mentor_id) references mentoring_mentors (municipality_id, id)
);
-- A mentee has at most one pairing that is not declined.
create unique index mentoring_pairings_one_per_mentee on mentoring_pairings (municipality_id, mentee_id)
  where status <> 'declined';
create index mentoring_pairings_mentor on mentoring_pairings (municipality_id, mentor_id, status);

-- A public session a pair may attend: entered by staff (faction meetings are never in the council system) or
-- imported from an OParl endpoint. Only upcoming, public, not cancelled, not deleted sessions are offered.
create table mentoring_sessions (
  municipality_id uuid not null,
  id uuid not null default gen_random_uuid(),
  programme_id uuid not null,
  source text not null default 'manual' check (source in ('manual', 'oparl')),
  -- Of an imported meeting: its OParl id (a URL), its `modified` time.
  oparl_id text check (length(oparl_id) <= 1000),
  oparl_modified timestamptz,
  kind text not null check (kind in ('council_session', 'committee', 'faction_meeting', 'consultation_hour', 'online_event', 'other')),
  title text not null check (length(title) between 1 and 300),
  -- The body or committee that meets ("Rat der Stadt", "Ausschuss für Integration").
  organization text check (length(organization) <= 300),
  starts_at timestamptz not null,
  ends_at timestamptz,
  location text check (length(location) <= 500),
  -- What a visitor needs to know (e.g. "admission card from the town hall beforehand").
  visitor_note text check (length(visitor_note) <= 2000),
  web_url text check (web_url ~ '^https?://' and length(web_url) <= 1000),
  public boolean not null default true,
  cancelled boolean not null default false,
  deleted boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (municipality_id, id),
  foreign key (municipality_id, programme_id) references mentoring_programmes (municipality_id, id),
  check (ends_at is null or ends_at >= starts_at),
  check ((source = 'oparl') = (oparl_id is not null))
);
create unique index mentoring_sessions_oparl on mentoring_sessions (municipality_id, programme_id, oparl_id)
  where oparl_id is not null;
create index mentoring_sessions_upcoming on mentoring_sessions (municipality_id, programme_id, starts_at);

-- What a pair did: an activity (from a session or entered by the pair), whether the mentee attended.
create table mentoring_activities (
  municipality_id uuid not null,
  id uuid not null default gen_random_uuid(),
  pairing_id uuid not null,
  session_id uuid,
  kind text not null check (kind in ('council_session', 'committee', 'faction_meeting', 'consultation_hour', 'online_event', 'other')),
  title text not null check (length(title) between 1 and 300),
  on_date date not null,
  attended boolean not null default true,
  recorded_by uuid references users (id),
  created_at timestamptz not null default now(),
  primary key (municipality_id, id),
  foreign key (municipality_id, pairing_id) references mentoring_pairings (municipality_id, id) on delete cascade,
  foreign key (municipality_id, session_id) references mentoring_sessions (municipality_id, id) on delete set null (session_id)
);
create index mentoring_activities_pairing on mentoring_activities (municipality_id, pairing_id, on_date);

-- Engagement after (or during) the programme, counted for the figures: candidacy needs German or EU citizenship,
-- so other engagement counts too. Counts only: a kind per mentee, no description.
create table mentoring_outcomes (
  municipality_id uuid not null,
  mentee_id uuid not null,
  kind text not null check (kind in ('candidacy', 'advisory_council', 'consultation_hour', 'party_membership', 'association', 'other')),
  recorded_at timestamptz not null default now(),
  primary key (municipality_id, mentee_id, kind),
  foreign key (municipality_id, mentee_id) references mentoring_mentees (municipality_id, id) on delete cascade
);

-- Short feedback of each side of a pairing, mid-term and final: scores 1–5 on fixed questions (keys
-- `mentoring.feedback.question.<key>`), and an optional comment about the programme (never about a person).
create table mentoring_feedback (
  municipality_id uuid not null,
  pairing_id uuid not null,
  side text not null check (side in ('mentee', 'mentor')),
  stage text not null check (stage in ('mid', 'final')),
  -- {"<question key>": 1..5}: checked by the form; only numbers are stored here.
  scores jsonb not null,
  comment text check (length(comment) <= 2000),
  submitted_at timestamptz not null default now(),
  primary key (municipality_id, pairing_id, side, stage),
  foreign key (municipality_id, pairing_id) references mentoring_pairings (municipality_id, id) on delete cascade
);

-- Messages within a pairing: only its two people (and nobody else) read them.
create table mentoring_messages (
  municipality_id uuid not null,
  id uuid not null default gen_random_uuid(),
  pairing_id uuid not null,
  author_id uuid not null references users (id),
  body text not null check (length(body) between 1 and 4000),
  sent_at timestamptz not null default now(),
  read_at timestamptz,
  primary key (municipality_id, id),
  foreign key (municipality_id, pairing_id) references mentoring_pairings (municipality_id, id) on delete cascade
);
create index mentoring_messages_pairing on mentoring_messages (municipality_id, pairing_id, sent_at);
