-- Welcome search across languages: one normalisation applied to documents and queries alike, the text-search
-- configuration of each language, and the plain text of a guide page's safe HTML. The search reads the guide's,
-- places' and practice library's text tables directly (decision 0200): no copy to keep in step with them.

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

-- Glossary lookups compare normalised terms.
create index welcome_glossary_terms_normalized on welcome_glossary_terms (welcome_search_normalize(term));
