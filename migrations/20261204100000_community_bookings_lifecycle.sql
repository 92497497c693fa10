-- Room bookings follow their event's dates, and waiting requests expire (decisions 0141 and 0142).

-- Each booking an event made belongs to one of its dates, so that a moved date moves its booking, a cancelled or
-- dropped date releases it, and a split series hands it on to the new event. A date removed from the calendar
-- leaves the booking without its date (set null), which the next sync releases.
alter table community_bookings add column occurrence_id uuid;
alter table community_bookings
  add constraint community_bookings_occurrence_fk foreign key (municipality_id, occurrence_id)
  references community_occurrences (municipality_id, id) on delete set null (occurrence_id);

-- Bookings made for events before this migration: their date is the one starting at the same instant.
update community_bookings b
   set occurrence_id = o.id
  from community_occurrences o
 where b.event_id is not null
   and o.municipality_id = b.municipality_id
   and o.event_id = b.event_id
   and o.starts_at = b.starts_at;

create index community_bookings_event on community_bookings (municipality_id, event_id, starts_at)
  where event_id is not null;

-- A request nobody decided on before its first date began is expired: it no longer holds the room.
alter table community_bookings drop constraint community_bookings_status_check;
alter table community_bookings add constraint community_bookings_status_check
  check (status in ('pending', 'approved', 'rejected', 'cancelled', 'expired'));
create index community_bookings_waiting on community_bookings (starts_at) where status = 'pending';
