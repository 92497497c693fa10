-- Welcome (places and welcome page): the core migration's checks on a place's website and a welcome page's video
-- address used the bound {1,500}, which PostgreSQL's regular expressions refuse (at most 255 repetitions): every
-- row with an address failed with "invalid repetition count(s)". Same rule, written so that PostgreSQL reads it.
alter table welcome_places drop constraint welcome_places_website_check;
alter table welcome_places add constraint welcome_places_website_check
  check (website ~ '^https?://[^[:space:]]+$' and length(website) <= 508);

alter table welcome_pages drop constraint welcome_pages_video_url_check;
alter table welcome_pages add constraint welcome_pages_video_url_check
  check (video_url ~ '^https://[^[:space:]]+$' and length(video_url) <= 508);
