-- What a change did, for the audit rows written by use cases: a small before/after summary of the record's
-- fields (identifiers, codes, numbers, and for free text only that it changed), never personal free text.
alter table audit_log add column changes jsonb
  check (changes is null or (jsonb_typeof(changes) = 'object' and length(changes::text) <= 4000));
