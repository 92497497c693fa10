-- The interpreters' role (Sprachmittlung): people of a municipality's pool who accept requests to interpret at a
-- counselling appointment in one of their languages. Listed after the counsellors (the sort order is unique and
-- checked row by row, so the later roles move out of the way first).
update roles set sort_order = sort_order + 100 where sort_order >= 6;
update roles set sort_order = sort_order - 99 where sort_order >= 100;
insert into roles (role, state_wide, sort_order) values ('interpreter', false, 6);
