-- Which version of what a search near a point reads (directory_search_place and the opening times in
-- directory_schedule) is current. Every transaction that changes them (an import, an edit of a service, its
-- place, its organisation or its opening times, through V071's triggers or directly, or a load) adds one,
-- visible when that transaction commits. Each application node keeps both in memory and trusts its copy only
-- while this number equals the one it read with the copy, so an edit shows in the very next search on every
-- node, with no message between nodes.
create table directory_search_generation (
  singleton boolean primary key default true check (singleton),
  generation bigint not null
);

insert into directory_search_generation (singleton, generation) values (true, 0);

-- Once per transaction (as V074 does for the report counts): V071's refresh deletes and inserts in two
-- statements, and a load writes thousands; the row's xmin is the transaction that last moved it.
create or replace function directory_search_changed() returns trigger language plpgsql as $$
begin
  update directory_search_generation set generation = generation + 1
    where singleton and xmin <> pg_current_xact_id()::xid;
  return null;
end;
$$;

create trigger directory_search_generation_after_write
  after insert or update or delete or truncate on directory_search_place
  for each statement execute function directory_search_changed();

create trigger directory_search_generation_after_schedule_write
  after insert or update or delete or truncate on directory_schedule
  for each statement execute function directory_search_changed();
