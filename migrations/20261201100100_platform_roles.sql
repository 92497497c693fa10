-- Roles as data in one place: the reference table `roles` replaces the CHECK that listed them on
-- role_assignments. Its rows equal ROLES in src/platform/auth/session-user.ts (a test compares them); their
-- labels are the platform catalogs' `role.<role>`. A new role is one row here and one entry there.
create table roles (
  role text primary key check (role ~ '^[a-z][a-z_]{1,39}$'),
  -- Held state-wide (no municipality) rather than within one municipality.
  state_wide boolean not null default false,
  sort_order smallint not null unique
);

insert into roles (role, state_wide, sort_order) values
  ('resident', false, 1),
  ('volunteer', false, 2),
  ('landlord', false, 3),
  ('quartier_manager', false, 4),
  ('counsellor', false, 5),
  ('municipality_admin', false, 6),
  ('funding_officer', true, 7),
  ('state_admin', true, 8);

alter table role_assignments drop constraint role_assignments_role_check;
alter table role_assignments
  add constraint role_assignments_role_fkey foreign key (role) references roles (role);
