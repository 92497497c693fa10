-- Welcome: a municipality's local guide (pages in a tree, authored in German, translated per language with the
-- hash of the source they were made from, every saved text kept as a version), its welcome page, its places, and
-- the state-wide library of good-practice examples with a glossary for search across languages.
-- Tenant tables: municipality_id first in every key and every foreign key. The practice library and the glossary
-- are state-wide reference tables.

-- A page of a municipality's guide. Moving it (parent, position), its status and its icon never touch its texts, so
-- they never mark a translation outdated.
create table welcome_guide_pages (
  municipality_id uuid not null references municipalities (id),
  id uuid not null default gen_random_uuid(),
  parent_id uuid,
  slug text not null check (slug ~ '^[a-z0-9][a-z0-9-]{0,79}$'),
  -- The section of the guide (labels `welcome.topic.<key>`).
  topic text not null check (topic in ('arrival', 'housing', 'work', 'school', 'health', 'language', 'authorities', 'leisure')),
  position integer not null default 0 check (position between 0 and 10000),
  -- Publish workflow: draft → review → published (and back to draft).
  status text not null default 'draft' check (status in ('draft', 'review', 'published')),
  -- When a person last checked the page's facts; shown to readers.
  last_checked_on date,
  published_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (municipality_id, id),
  unique (municipality_id, slug),
  foreign key (municipality_id, parent_id) references welcome_guide_pages (municipality_id, id),
  check (parent_id is null or parent_id <> id)
);

-- The current text of a page in one language. The source is German (`de`); `de-x-ls` is its Leichte Sprache variant,
-- kept like a translation. `body` is sanitised HTML (headings, lists, links, tables; no script, no style).
-- A translation records the source's hash and version it was made from: outdated when the source's content hash
-- differs; the diff shown to the translator is between that source version and the current one.
create table welcome_guide_texts (
  municipality_id uuid not null,
  page_id uuid not null,
  locale text not null check (locale in ('de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr', 'de-x-ls')),
  title text not null check (length(title) between 1 and 200),
  body text not null check (length(body) <= 200000),
  -- The text's own version (1, 2, …): the latest row of welcome_guide_versions for this page and language.
  version integer not null default 1 check (version >= 1),
  -- Of a translation: the source's content hash and version it was made from (null on the source itself).
  source_hash text,
  source_version integer,
  -- Machine-translated and not yet approved by a person: readers see the mark until a person reviews it.
  machine boolean not null default false,
  reviewed_by uuid references users (id),
  reviewed_at timestamptz,
  updated_by uuid references users (id),
  updated_at timestamptz not null default now(),
  primary key (municipality_id, page_id, locale),
  foreign key (municipality_id, page_id) references welcome_guide_pages (municipality_id, id) on delete cascade
);

-- Every saved text of a page in a language, for history and diffs.
create table welcome_guide_versions (
  municipality_id uuid not null,
  page_id uuid not null,
  locale text not null,
  version integer not null check (version >= 1),
  title text not null,
  body text not null,
  machine boolean not null default false,
  saved_by uuid references users (id),
  saved_at timestamptz not null default now(),
  primary key (municipality_id, page_id, locale, version),
  foreign key (municipality_id, page_id) references welcome_guide_pages (municipality_id, id) on delete cascade
);

-- A municipality's welcome page ("Meppen mag dich!"): a video behind a two-click consent placeholder, contact points.
create table welcome_pages (
  municipality_id uuid not null references municipalities (id),
  -- A video on a third-party host (https only); nothing is requested from it before the reader clicks.
  video_url text check (video_url ~ '^https://[^\s]{1,500}$'),
  video_host text check (length(video_host) between 1 and 100),
  updated_at timestamptz not null default now(),
  primary key (municipality_id)
);

-- The welcome page's words per language (German source, translations with the source's hash).
create table welcome_page_texts (
  municipality_id uuid not null,
  locale text not null check (locale in ('de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr', 'de-x-ls')),
  headline text not null check (length(headline) between 1 and 200),
  body text not null check (length(body) <= 20000),
  video_title text check (length(video_title) between 1 and 200),
  source_hash text,
  updated_at timestamptz not null default now(),
  primary key (municipality_id, locale),
  foreign key (municipality_id) references welcome_pages (municipality_id) on delete cascade
);

-- Contact points on the welcome page (integration office, Quartier office, …), in order.
create table welcome_contacts (
  municipality_id uuid not null,
  id uuid not null default gen_random_uuid(),
  position integer not null default 0,
  name text not null check (length(name) between 1 and 200),
  phone text check (length(phone) between 3 and 40),
  email text check (length(email) between 3 and 200),
  street text check (length(street) between 1 and 200),
  postcode text check (postcode ~ '^[0-9]{5}$'),
  city text check (length(city) between 1 and 100),
  -- When it is open, OpenStreetMap opening_hours syntax.
  opening_hours text check (length(opening_hours) <= 500),
  primary key (municipality_id, id),
  foreign key (municipality_id) references welcome_pages (municipality_id) on delete cascade
);

-- A place a newcomer needs: counselling centre, language school, Kita, school, doctor, Tafel, community centre …
create table welcome_places (
  municipality_id uuid not null references municipalities (id),
  id uuid not null default gen_random_uuid(),
  kind text not null check (kind in ('counselling', 'language_school', 'kita', 'school', 'doctor', 'tafel',
    'community_centre', 'authority', 'library', 'sport', 'religious', 'other')),
  name text not null check (length(name) between 1 and 200),
  quartier_id uuid,
  street text check (length(street) between 1 and 200),
  postcode text check (postcode ~ '^[0-9]{5}$'),
  city text check (length(city) between 1 and 100),
  lat double precision check (lat between -90 and 90),
  lon double precision check (lon between -180 and 180),
  -- OpenStreetMap opening_hours syntax (parsed by a library, evaluated in Europe/Berlin); null: none given.
  opening_hours text check (length(opening_hours) <= 500),
  by_appointment boolean not null default false,
  -- Languages spoken (ISO 639), e.g. a doctor who speaks Arabic.
  languages text[] not null default '{}' check (cardinality(languages) <= 30),
  -- OSM wheelchair=yes|limited|no; null: unknown.
  wheelchair text check (wheelchair in ('yes', 'limited', 'no')),
  phone text check (length(phone) between 3 and 40),
  email text check (length(email) between 3 and 200),
  website text check (website ~ '^https?://[^\s]{1,500}$'),
  -- Other OpenStreetMap tags kept from an import, given back on export.
  osm_tags jsonb not null default '{}'::jsonb,
  osm_id text check (osm_id ~ '^(node|way|relation)/[0-9]{1,20}$'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (municipality_id, id)
);
create index welcome_places_kind on welcome_places (municipality_id, kind);

-- A place's description per language (German source, translations with the source's hash).
create table welcome_place_texts (
  municipality_id uuid not null,
  place_id uuid not null,
  locale text not null check (locale in ('de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr', 'de-x-ls')),
  description text not null check (length(description) <= 4000),
  source_hash text,
  updated_at timestamptz not null default now(),
  primary key (municipality_id, place_id, locale),
  foreign key (municipality_id, place_id) references welcome_places (municipality_id, id) on delete cascade
);

-- The state-wide library of good-practice examples: submitted by municipalities and providers, published by the
-- state's editors. `origin_municipality_id` says where it comes from (it is not a tenant key: everyone reads it).
create table welcome_practices (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{0,79}$'),
  origin_municipality_id uuid references municipalities (id),
  provider_name text check (length(provider_name) between 1 and 200),
  place_name text not null check (length(place_name) between 1 and 200),
  tags text[] not null default '{}'
    check (tags <@ array['encounter', 'housing', 'participation', 'village', 'women', 'youth', 'welcome', 'language', 'work']),
  status text not null default 'submitted' check (status in ('submitted', 'published', 'rejected')),
  contact_name text check (length(contact_name) between 1 and 200),
  contact_email text check (length(contact_email) between 3 and 200),
  website text check (website ~ '^https?://[^\s]{1,500}$'),
  started_year integer check (started_year between 1950 and 2100),
  submitted_by uuid references users (id),
  published_by uuid references users (id),
  published_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- An example's words per language (source language first written, translations with its hash).
create table welcome_practice_texts (
  practice_id uuid not null references welcome_practices (id) on delete cascade,
  locale text not null check (locale in ('de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr', 'de-x-ls')),
  title text not null check (length(title) between 1 and 200),
  -- What was done, for whom, and what came of it (plain text paragraphs).
  what text not null check (length(what) between 1 and 8000),
  for_whom text not null default '' check (length(for_whom) <= 2000),
  results text not null default '' check (length(results) <= 8000),
  source_hash text,
  updated_at timestamptz not null default now(),
  primary key (practice_id, locale)
);

-- The glossary maps a German administrative term to its words in every language, so that a term typed in any
-- language finds the page in the reader's (Wohnberechtigungsschein ↔ WBS ↔ شهادة أحقية السكن …).
create table welcome_glossary (
  id uuid primary key default gen_random_uuid(),
  -- The German term, the glossary's key.
  term text not null unique check (length(term) between 1 and 200)
);

create table welcome_glossary_terms (
  glossary_id uuid not null references welcome_glossary (id) on delete cascade,
  locale text not null check (locale in ('de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr')),
  term text not null check (length(term) between 1 and 200),
  primary key (glossary_id, locale, term)
);
