-- Welcome search across languages: one normalisation applied to documents and queries alike, the text-search
-- configuration of each language, and the plain text of a guide page's safe HTML. The search reads the guide's,
-- places' and practice library's texts, the guide and practice texts through stored, indexed tsvectors (decision 0200).

-- What two spellings of one word share, so that they match: accents stripped and ß → ss (unaccent); Arabic
-- diacritics (harakat) and the tatweel removed; the Persian letters ی/ک and the Arabic ى written as the Arabic ي/ك
-- (a Farsi query typed on an Arabic keyboard finds Farsi text, and back); the hamza forms of alif as ا; the
-- zero-width non-joiner of Persian as a space (the spelling with a space is the common alternative); other invisible
-- marks (joiner, soft hyphen, direction marks) removed; Turkish dotless ı and dotted İ as i; lower case.
-- Immutable: the dictionary is named with its schema, so the result never depends on the search path.
create function welcome_search_normalize(t text) returns text
  language sql immutable parallel safe strict
  return replace(
    lower(
      translate(
        regexp_replace(public.unaccent('public.unaccent'::regdictionary, t), '[\u064B-\u065F\u0670\u0640]', '', 'g'),
        'ıİیىکۀأإآٱ' || chr(8204) || chr(8205) || chr(173) || chr(8206) || chr(8207),
        'iiييكهاااا '
      )
    ),
    'ß',
    'ss'
  );

-- The text-search configuration of a text's language. PostgreSQL 15 has stemmers for German, English, Arabic,
-- Russian and Turkish; Farsi and Ukrainian (and anything else) use `simple` on the normalised words, with trigram
-- similarity for their inflections and typos.
create function welcome_search_config(locale text) returns regconfig
  language sql immutable parallel safe strict
  return case locale
    when 'de' then 'pg_catalog.german'::regconfig
    when 'de-x-ls' then 'pg_catalog.german'::regconfig
    when 'en' then 'pg_catalog.english'::regconfig
    when 'ar' then 'pg_catalog.arabic'::regconfig
    when 'ru' then 'pg_catalog.russian'::regconfig
    when 'tr' then 'pg_catalog.turkish'::regconfig
    else 'pg_catalog.simple'::regconfig
  end;

-- The words of sanitised HTML (welcome.html.ts allows no script or style, so every tag is markup only): tags become
-- spaces and the entities sanitize-html writes are decoded.
create function welcome_search_plain(html text) returns text
  language sql immutable parallel safe strict
  return replace(replace(replace(replace(replace(replace(
    regexp_replace(html, '<[^>]*>', ' ', 'g'),
    '&nbsp;', ' '), '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&amp;', '&');

-- The words of a text as searched: its title weighted above its body, in its language's configuration.
create function welcome_search_doc(locale text, title text, body text) returns tsvector
  language sql immutable parallel safe strict
  return setweight(to_tsvector(welcome_search_config(locale), welcome_search_normalize(title)), 'A')
    || to_tsvector(welcome_search_config(locale), welcome_search_normalize(body));

-- Stored and indexed beside the texts (decision 0200: computing them per query costs seconds for a large guide).
-- Kept in step by the triggers below; a deleted text takes its row with it. Leichte Sprache is kept too (the search
-- leaves it out).
create table welcome_search_guide (
  municipality_id uuid not null,
  page_id uuid not null,
  locale text not null,
  doc tsvector not null,
  primary key (municipality_id, page_id, locale),
  foreign key (municipality_id, page_id, locale)
    references welcome_guide_texts (municipality_id, page_id, locale) on delete cascade
);
create index welcome_search_guide_doc on welcome_search_guide using gin (doc);

-- The practice library is state-wide, and so is its search table.
create table welcome_search_practice (
  practice_id uuid not null,
  locale text not null,
  doc tsvector not null,
  primary key (practice_id, locale),
  foreign key (practice_id, locale) references welcome_practice_texts (practice_id, locale) on delete cascade
);

-- Every normalised word (4–60 letters) of the guide and the practice library: a misspelt query word is replaced by
-- the words it resembles (trigram similarity on short words, through the index) before the full-text search. Words
-- are never shown; one that no longer occurs anywhere only finds nothing.
create table welcome_search_lexicon (
  word text primary key check (length(word) between 4 and 60)
);
create index welcome_search_lexicon_trgm on welcome_search_lexicon using gin (word gin_trgm_ops);

create function welcome_search_learn(words text) returns void
  language sql
  as $$
    insert into welcome_search_lexicon (word)
    select w from unnest(tsvector_to_array(to_tsvector('pg_catalog.simple', words))) as w
     where length(w) between 4 and 60
    on conflict do nothing;
  $$;

create function welcome_search_guide_sync() returns trigger
  language plpgsql
  as $$
  begin
    insert into welcome_search_guide (municipality_id, page_id, locale, doc)
    values (new.municipality_id, new.page_id, new.locale,
            welcome_search_doc(new.locale, new.title, welcome_search_plain(new.body)))
    on conflict (municipality_id, page_id, locale) do update set doc = excluded.doc;
    perform welcome_search_learn(welcome_search_normalize(new.title || ' ' || welcome_search_plain(new.body)));
    return null;
  end;
  $$;
create trigger welcome_search_guide_sync after insert or update of title, body on welcome_guide_texts
  for each row execute function welcome_search_guide_sync();

create function welcome_search_practice_sync() returns trigger
  language plpgsql
  as $$
  begin
    insert into welcome_search_practice (practice_id, locale, doc)
    values (new.practice_id, new.locale,
            welcome_search_doc(new.locale, new.title, concat_ws(' ', new.what, new.for_whom, new.results)))
    on conflict (practice_id, locale) do update set doc = excluded.doc;
    perform welcome_search_learn(
      welcome_search_normalize(concat_ws(' ', new.title, new.what, new.for_whom, new.results)));
    return null;
  end;
  $$;
create trigger welcome_search_practice_sync
  after insert or update of title, what, for_whom, results on welcome_practice_texts
  for each row execute function welcome_search_practice_sync();

-- Texts written before this migration.
insert into welcome_search_guide (municipality_id, page_id, locale, doc)
select municipality_id, page_id, locale, welcome_search_doc(locale, title, welcome_search_plain(body))
  from welcome_guide_texts;
insert into welcome_search_practice (practice_id, locale, doc)
select practice_id, locale, welcome_search_doc(locale, title, concat_ws(' ', what, for_whom, results))
  from welcome_practice_texts;
select welcome_search_learn(welcome_search_normalize(title || ' ' || welcome_search_plain(body)))
  from welcome_guide_texts;
select welcome_search_learn(welcome_search_normalize(concat_ws(' ', title, what, for_whom, results)))
  from welcome_practice_texts;
