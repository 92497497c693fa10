-- Neighbourly help: offers and requests per Quartier, written in any language; conversations between the writer
-- and one neighbour each; contact details exchanged only when both agree; reports and moderation; and a count of
-- "it helped" per category and month that keeps no names. Tenant tables: municipality_id first in every key.

create table community_help_posts (
  municipality_id uuid not null references municipalities (id),
  id uuid not null default gen_random_uuid(),
  kind text not null check (kind in ('offer', 'request')),
  category text not null
    check (category in ('authority', 'language_tandem', 'homework', 'furniture', 'childcare', 'repairs', 'other')),
  -- Null: the whole municipality, for places without Quartiere or a post that fits everywhere.
  quartier_id uuid,
  author_user_id uuid not null references users (id),
  -- The name the writer chose to show (a first name or nickname), never taken from the account by itself.
  author_name text not null check (length(author_name) between 1 and 80),
  -- The language the post is written in, shown with it (and set as its lang attribute).
  locale text not null check (locale ~ '^[a-z]{2}$'),
  title text not null check (length(title) between 1 and 120),
  body text not null check (length(body) between 1 and 2000),
  status text not null default 'open' check (status in ('open', 'closed')),
  -- How it ended: the writer says whether it helped; moderation may close it too.
  outcome text check (outcome in ('helped', 'not_helped', 'moderated')),
  closed_at timestamptz,
  hidden_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (municipality_id, id),
  foreign key (municipality_id, quartier_id) references quartiere (municipality_id, id),
  check ((status = 'closed') = (closed_at is not null)),
  check ((status = 'closed') = (outcome is not null))
);
create index community_help_posts_list on community_help_posts (municipality_id, status, created_at desc);
create index community_help_posts_author on community_help_posts (author_user_id);

-- One conversation between a post's writer and one neighbour who answered it.
create table community_help_threads (
  municipality_id uuid not null,
  id uuid not null default gen_random_uuid(),
  post_id uuid not null,
  responder_user_id uuid not null references users (id),
  responder_name text not null check (length(responder_name) between 1 and 80),
  -- Each side's consent to exchange contact details, with the details it offers; neither is shown to the other
  -- side until both consented (the repository reveals them only then).
  author_consent_at timestamptz,
  author_contact text check (length(author_contact) between 1 and 200),
  responder_consent_at timestamptz,
  responder_contact text check (length(responder_contact) between 1 and 200),
  author_read_at timestamptz,
  responder_read_at timestamptz,
  last_message_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  primary key (municipality_id, id),
  unique (municipality_id, post_id, responder_user_id),
  foreign key (municipality_id, post_id) references community_help_posts (municipality_id, id),
  check ((author_consent_at is null) = (author_contact is null)),
  check ((responder_consent_at is null) = (responder_contact is null))
);
create index community_help_threads_responder on community_help_threads (responder_user_id);

create table community_help_messages (
  municipality_id uuid not null,
  id uuid not null default gen_random_uuid(),
  thread_id uuid not null,
  from_author boolean not null,
  body text not null check (length(body) between 1 and 2000),
  created_at timestamptz not null default now(),
  primary key (municipality_id, id),
  foreign key (municipality_id, thread_id) references community_help_threads (municipality_id, id)
);
create index community_help_messages_thread on community_help_messages (municipality_id, thread_id, created_at);

-- A report of abuse about a post, or about one conversation of it (by one of its two people).
create table community_help_reports (
  municipality_id uuid not null,
  id uuid not null default gen_random_uuid(),
  post_id uuid not null,
  thread_id uuid,
  reporter_user_id uuid not null references users (id),
  reason text not null check (reason in ('spam', 'offensive', 'commercial', 'unsafe', 'other')),
  note text check (length(note) <= 1000),
  status text not null default 'open' check (status in ('open', 'resolved')),
  resolved_at timestamptz,
  created_at timestamptz not null default now(),
  primary key (municipality_id, id),
  foreign key (municipality_id, post_id) references community_help_posts (municipality_id, id),
  foreign key (municipality_id, thread_id) references community_help_threads (municipality_id, id),
  check ((status = 'resolved') = (resolved_at is not null))
);
create index community_help_reports_open on community_help_reports (municipality_id, status, created_at);

-- "It helped": how many posts of a category closed as helpful in a month. Only counts, no names and no post ids,
-- so the figure stays when the posts are deleted.
create table community_help_helped (
  municipality_id uuid not null references municipalities (id),
  month date not null check (extract(day from month) = 1),
  category text not null,
  helped integer not null default 0 check (helped >= 0),
  primary key (municipality_id, month, category)
);
