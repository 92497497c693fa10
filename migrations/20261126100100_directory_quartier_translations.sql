-- Quartier descriptions in more than one language. ARCHITECTURE.md: translatable content is stored per locale with
-- the source locale and a hash of the source, so that a translation made from an older text shows as outdated.
-- Names of Quartiere are proper names and stay as they are.
alter table quartiere
  add column source_locale text not null default 'de' check (source_locale in ('de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr'));

create table quartier_translations (
  municipality_id uuid not null,
  quartier_id uuid not null,
  locale text not null check (locale in ('de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr')),
  area_description text not null check (length(area_description) between 1 and 4000),
  -- SHA-256 (hex) of the source description this translation was made from.
  source_hash text not null check (source_hash ~ '^[0-9a-f]{64}$'),
  updated_at timestamptz not null default now(),
  primary key (municipality_id, quartier_id, locale),
  foreign key (municipality_id, quartier_id) references quartiere (municipality_id, id) on delete cascade
);
