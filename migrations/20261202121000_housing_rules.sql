-- Housing rules as dated data: the state's reference tables (WBS income limits, income deductions, living-space
-- limits, residence-permit matrix) and each municipality's rent limits (KdU). A change adds a version with its
-- own valid_from; no version is ever updated or deleted, so every past decision can be re-explained.

create table housing_rule_sets (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('wbs', 'deductions', 'space', 'permits')),
  valid_from date not null,
  -- The figures of this kind, checked by the application's schema before they are written.
  figures jsonb not null check (jsonb_typeof(figures) = 'object'),
  -- Where the project is not sure a value is current law: shown as such wherever it is used.
  unsure boolean not null default false,
  source text not null default '' check (length(source) <= 500),
  created_at timestamptz not null default now(),
  unique (kind, valid_from)
);

create table housing_rent_limits (
  municipality_id uuid not null references municipalities (id),
  id uuid not null default gen_random_uuid(),
  valid_from date not null,
  -- Gross cold rent per month in euros for households of 1, 2, 3, 4, 5 and 6 or more persons.
  limits jsonb not null check (jsonb_typeof(limits) = 'array' and jsonb_array_length(limits) = 6),
  -- Example values the municipality has not confirmed yet (the demo's): the check says so.
  example boolean not null default false,
  -- Where a household applies for a WBS and asks about rent limits.
  office_name text not null check (length(office_name) between 1 and 200),
  office_address text not null default '' check (length(office_address) <= 300),
  office_email citext check (length(office_email) between 3 and 254),
  office_phone text check (length(office_phone) between 3 and 40),
  created_at timestamptz not null default now(),
  primary key (municipality_id, id),
  unique (municipality_id, valid_from)
);

-- The state's rules as the project reads the law today (see docs/modules/housing-rules.md). The effective dates
-- are the project's best reading; each row marked unsure is shown as such.
insert into housing_rule_sets (kind, valid_from, figures, unsure, source) values
  ('wbs', '2010-01-01',
   '{"onePerson": 17000, "twoPersons": 23000, "perFurtherMember": 3000, "perChild": 3000}', false,
   'NWoFG § 3 Abs. 2 (bis 2025)'),
  ('wbs', '2025-02-01',
   '{"onePerson": 21250, "twoPersons": 28750, "perFurtherMember": 3750, "perChild": 3750}', false,
   'NWoFG § 3 Abs. 2, geändert durch Gesetz vom 30.01.2025 (Nds. GVBl. 2025 Nr. 7)'),
  ('deductions', '2025-07-30',
   '{"taxPercent": 10, "healthPercent": 10, "pensionPercent": 10, "perDisabledMember": 4000, "youngCouple": 5000}',
   true, 'DVO-NWoFG vom 30.07.2025 (Beträge wie in der Verordnung von 2011 angenommen)'),
  ('space', '2024-05-01',
   '{"sizes": [50, 60, 75, 85], "perFurtherPerson": 10, "singleParent": 10, "perDisabledMember": 10, "hardshipMax": 10}',
   true, 'Wohnraumförderbestimmungen (WFB), Fassung vom 01.05.2024'),
  ('permits', '2025-01-01',
   '{"minMonths": 12, "categories": {"free-movement": "not-subject", "settlement-permit": "eligible", "humanitarian": "eligible", "temporary-protection": "case-by-case", "toleration-training": "case-by-case", "asylum-seeker": "protection-rate", "toleration": "not-eligible", "other-permit": "case-by-case"}}',
   true, 'WFB, Abschnitt zu ausländischen Antragstellenden; AufenthG §§ 24, 25, 60a, 60c, 60d');
