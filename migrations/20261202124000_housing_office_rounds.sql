-- Housing office: matching rounds. A round freezes its inputs (the households' needs and the flats' facts as the
-- round saw them, in the matching library's input format) so that it can be re-explained later, whatever changed
-- since. The engine only proposes: a person confirms every proposal (Art. 22 GDPR), and a confirmation that
-- deviates from the proposal carries the reason.

create table housing_rounds (
  municipality_id uuid not null references municipalities (id),
  id uuid not null default gen_random_uuid(),
  title text not null check (length(title) between 1 and 120),
  -- The allocation policy: urgency first (default), best overall fit, strict priority order.
  policy text not null check (policy in ('urgencyFirst', 'optimal', 'priority')),
  status text not null default 'draft'
    check (status in ('draft', 'previewed', 'queued', 'running', 'run', 'failed', 'confirmed_partly', 'confirmed_fully')),
  round_date date not null,
  -- The rule version in force when the inputs were frozen ('none' when no rule set applied).
  rule_version text not null default 'none' check (length(rule_version) between 1 and 200),
  -- The frozen input of the matching library (roundDate, households, flats, weights, rules).
  input jsonb not null,
  -- Counts of the preview: households, flats, feasible pairs.
  preview jsonb,
  -- Each policy's figures side by side (placed per urgency level, total fit, justified-envy pairs).
  comparison jsonb,
  progress smallint not null default 0 check (progress between 0 and 100),
  job_id uuid,
  created_by_user_id uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  run_at timestamptz,
  primary key (municipality_id, id)
);
create index housing_rounds_recent on housing_rounds (municipality_id, created_at desc);

-- What a run proposed under the round's policy: one flat per household, with its score and explanation.
create table housing_round_proposals (
  municipality_id uuid not null,
  round_id uuid not null,
  household_id uuid not null,
  flat_id uuid not null,
  score integer not null check (score >= 0),
  -- Explanation as data: score components (keys) and their points (values); rendered in the reader's language.
  explanation jsonb not null,
  primary key (municipality_id, round_id, household_id),
  unique (municipality_id, round_id, flat_id),
  foreign key (municipality_id, round_id) references housing_rounds (municipality_id, id) on delete cascade,
  foreign key (municipality_id, household_id) references housing_households (municipality_id, id) on delete cascade,
  foreign key (municipality_id, flat_id) references housing_flats (municipality_id, id)
);

-- Households of a run left without a proposal, and why (the library's reason code and numbers).
create table housing_round_unplaced (
  municipality_id uuid not null,
  round_id uuid not null,
  household_id uuid not null,
  reason jsonb not null,
  primary key (municipality_id, round_id, household_id),
  foreign key (municipality_id, round_id) references housing_rounds (municipality_id, id) on delete cascade,
  foreign key (municipality_id, household_id) references housing_households (municipality_id, id) on delete cascade
);

-- A person's confirmation of a proposal: who, when, which flat was offered, and why where it deviates.
create table housing_round_confirmations (
  municipality_id uuid not null,
  round_id uuid not null,
  household_id uuid not null,
  flat_id uuid not null,
  confirmed_by_user_id uuid references users (id) on delete set null,
  confirmed_at timestamptz not null default now(),
  override_reason text check (length(override_reason) between 10 and 1000),
  application_id uuid not null,
  primary key (municipality_id, round_id, household_id),
  unique (municipality_id, round_id, flat_id),
  foreign key (municipality_id, round_id) references housing_rounds (municipality_id, id) on delete cascade,
  foreign key (municipality_id, household_id) references housing_households (municipality_id, id) on delete cascade,
  foreign key (municipality_id, flat_id) references housing_flats (municipality_id, id),
  foreign key (municipality_id, application_id) references housing_applications (municipality_id, id)
);
