-- Photos of a room (see docs/decisions/0117-photos-as-a-platform-piece.md): stored like a flat's photos, already
-- re-encoded by the upload (WebP, at most 1600 px on the longer side, no metadata). Owned by the rooms part.
create table community_room_photos (
  municipality_id uuid not null,
  id uuid not null default gen_random_uuid(),
  room_id uuid not null,
  position smallint not null default 1 check (position between 1 and 50),
  content_type text not null check (content_type in ('image/webp')),
  data bytea not null check (octet_length(data) between 1 and 3000000),
  width integer not null check (width between 1 and 4000),
  height integer not null check (height between 1 and 4000),
  bytes integer not null check (bytes between 1 and 3000000),
  -- What the photo shows, for people who cannot see it; written in the room's source language.
  alt_text text not null check (length(alt_text) between 1 and 300),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (municipality_id, id),
  foreign key (municipality_id, room_id) references community_rooms (municipality_id, id) on delete cascade
);
create index community_room_photos_room on community_room_photos (municipality_id, room_id, position);
