-- One person, one time: a counsellor who counsels for two services has a counsellor row in each, and the core's
-- exclusion constraint (per counsellor row) would let them be booked twice at once, once per service. Each
-- appointment now carries the person behind its counsellor row (set by a trigger, never by the application), and
-- a second exclusion constraint refuses two active appointments of one person whose times (with the break) overlap.

alter table counselling_appointments add column counsellor_user_id uuid;

create function counselling_appointment_person() returns trigger language plpgsql as $$
begin
  select c.user_id into new.counsellor_user_id
    from counselling_counsellors c
   where c.municipality_id = new.municipality_id and c.id = new.counsellor_id;
  return new;
end
$$;

create trigger counselling_appointments_person
  before insert or update of counsellor_id on counselling_appointments
  for each row execute function counselling_appointment_person();

update counselling_appointments a
   set counsellor_user_id = c.user_id
  from counselling_counsellors c
 where c.municipality_id = a.municipality_id and c.id = a.counsellor_id;

alter table counselling_appointments alter column counsellor_user_id set not null;

alter table counselling_appointments add constraint counselling_appointments_person_no_overlap
  exclude using gist (municipality_id with =, counsellor_user_id with =, blocks with &&)
  where (status <> 'cancelled');
