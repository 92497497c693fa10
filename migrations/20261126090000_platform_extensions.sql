-- Extensions every engine must offer (PGlite loads them as contrib modules; Debian's PostgreSQL ships them).
create extension if not exists pgcrypto;
create extension if not exists citext;
create extension if not exists btree_gist;
create extension if not exists pg_trgm;
create extension if not exists unaccent;
