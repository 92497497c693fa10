-- Invitations hold their own token, bound to one row: one address, one role, one municipality (null for state
-- roles). The role is granted only when the invited person opens the link sent for this invitation, so a second
-- invitation (from another municipality) can neither re-issue nor take over the first.
create table invitations (
  id uuid primary key default gen_random_uuid(),
  token_hash text not null unique,
  email citext not null check (length(email) between 3 and 254),
  display_name text not null check (length(display_name) between 1 and 120),
  locale text not null,
  role text not null check (role in ('resident', 'volunteer', 'landlord', 'quartier_manager', 'counsellor',
    'municipality_admin', 'funding_officer', 'state_admin')),
  municipality_id uuid references municipalities (id) on delete cascade,
  invited_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  accepted_at timestamptz,
  accepted_by uuid references users (id) on delete set null,
  check ((role in ('state_admin', 'funding_officer')) = (municipality_id is null))
);
create index invitations_pending on invitations (municipality_id, email) where accepted_at is null;

-- An account signs in only once its address is proven (self-registration link, invitation or password reset).
alter table users add column email_verified_at timestamptz;
update users set email_verified_at = created_at where password_hash is not null;

-- Invitation tokens move to their own table; the account tokens gain address confirmation and unlock links.
delete from auth_tokens where purpose = 'invitation';
alter table auth_tokens drop constraint auth_tokens_purpose_check;
alter table auth_tokens add constraint auth_tokens_purpose_check
  check (purpose in ('password_reset', 'email_verification', 'unlock'));
