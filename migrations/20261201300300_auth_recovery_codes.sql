-- One-time recovery codes for the second factor, stored as SHA-256 hashes (they are long random strings).
create table recovery_codes (
  user_id uuid not null references users (id) on delete cascade,
  code_hash text not null,
  used_at timestamptz,
  primary key (user_id, code_hash)
);
