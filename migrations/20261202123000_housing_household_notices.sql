-- "What's new" on a household's page: one row per event of its applications (shortlisted, a viewing offered, an
-- offer made, …). Only the kind is stored: the page renders it in the household's language when it is shown.
create table housing_household_notices (
  municipality_id uuid not null,
  id uuid not null default gen_random_uuid(),
  household_id uuid not null,
  application_id uuid,
  kind text not null check (
    kind in ('submitted', 'shortlisted', 'viewing', 'offered', 'accepted', 'declined', 'withdrawn', 'rejected', 'booked')
  ),
  created_at timestamptz not null default now(),
  primary key (municipality_id, id),
  foreign key (municipality_id, household_id) references housing_households (municipality_id, id) on delete cascade,
  foreign key (municipality_id, application_id) references housing_applications (municipality_id, id)
    on delete cascade
);
create index housing_household_notices_recent on housing_household_notices (municipality_id, household_id, created_at);
