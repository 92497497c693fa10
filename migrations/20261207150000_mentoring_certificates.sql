-- Mentoring certificates: one per completed mentee, issued by the programme's staff. The certificate keeps a
-- snapshot of what it states (the name, the programme, the cycle, the attended activities) so that it reads the
-- same later, whatever changes; a public verification code lets anyone check it on the platform.
create table mentoring_certificates (
  municipality_id uuid not null,
  id uuid not null default gen_random_uuid(),
  mentee_id uuid not null,
  -- Ten characters of Crockford's base32 (50 random bits): short enough to type from paper, never guessed.
  code text not null check (code ~ '^[0-9A-HJKMNP-TV-Z]{10}$'),
  issued_at timestamptz not null default now(),
  issued_by uuid references users (id),
  -- The snapshot: the name as the mentee gave it, the certificate's second language (the mentee's).
  mentee_name text not null check (length(mentee_name) between 1 and 100),
  locale text not null check (locale in ('de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr')),
  -- {"programme": {"de": …, "local": …, "organiser": …}, "cycle": {"name", "startsOn", "endsOn"},
  --  "activities": [{"kind", "title", "onDate"}]}: only what the certificate prints.
  snapshot jsonb not null,
  activities_count integer not null check (activities_count between 0 and 1000),
  primary key (municipality_id, id),
  unique (municipality_id, mentee_id),
  foreign key (municipality_id, mentee_id) references mentoring_mentees (municipality_id, id) on delete cascade
);
-- The verification page looks a code up without knowing the municipality: codes are unique platform-wide.
create unique index mentoring_certificates_code on mentoring_certificates (code);
