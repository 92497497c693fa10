-- A practice example's website: the core check `website ~ '^https?://[^\s]{1,500}$'` cannot be evaluated, since
-- PostgreSQL's regular expressions allow repetition counts up to 255 only ("invalid repetition count(s)") — every
-- insert with a website failed. The same rule, written as a pattern plus a length limit.
alter table welcome_practices drop constraint welcome_practices_website_check;
alter table welcome_practices
  add constraint welcome_practices_website_check check (website ~ '^https?://[^\s]+$' and length(website) <= 508);
