-- Attachments of outgoing mail (a calendar file with an appointment, …): a JSON array of
-- {"filename", "contentType", "content"} with text content, sent as MIME parts with that type (a calendar's type
-- carries its method, e.g. `text/calendar; method=REQUEST`). Erased with the mail's other content.
alter table mail_outbox add column attachments jsonb
  check (attachments is null or jsonb_typeof(attachments) = 'array');
