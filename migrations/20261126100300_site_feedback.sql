-- Feedback on the platform itself (barriers, errors, suggestions). BITV 2.0 requires a feedback route; anyone may
-- write, without an account. State-wide: it concerns the platform, not one municipality's data.
create table feedback (
  id uuid primary key default gen_random_uuid(),
  message text not null check (length(message) between 1 and 4000),
  page_url text check (page_url is null or length(page_url) between 1 and 2000),
  email citext check (email is null or length(email) between 3 and 254),
  locale text not null check (locale in ('de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr')),
  created_at timestamptz not null default now(),
  handled_at timestamptz
);
-- The open items, oldest first, are what the team works through.
create index feedback_open on feedback (created_at) where handled_at is null;
