-- Which services each generation of the directory's searchable places changed (V075 keeps the number). A node
-- whose copy of the places is a few generations old reads the services changed since, and only their places
-- and opening times, rather than copying all 50,000 places again: an edit every few seconds no longer sends
-- every search to the database while a new copy is made.
--
-- A generation now moves only in a transaction that logs at least one change here, so a node can tell that it
-- has every change since its copy: one distinct generation for each step from its copy's to the current one.
-- Rows older than the application's retention are deleted (whatmatters.directory.search-changes-kept); a node
-- whose copy is older than that finds a step missing and copies everything again.
create table directory_search_change (
  generation bigint not null,
  -- null: the whole table changed at once (a truncate); a node copies everything again
  service_id uuid,
  changed_at timestamptz not null default now()
);

create index directory_search_change_generation_idx on directory_search_change (generation);

-- Logs the given services as changed in this transaction's generation, moving the generation once per
-- transaction (V074's xmin pattern) and only when there is something to log.
create function directory_search_log(services uuid[]) returns void language plpgsql as $$
declare
  this_generation bigint;
begin
  if cardinality(services) > 0 then
    update directory_search_generation set generation = generation + 1
      where singleton and xmin <> pg_current_xact_id()::xid;
    select generation into this_generation from directory_search_generation;
    insert into directory_search_change (generation, service_id) select this_generation, unnest(services);
  end if;
end;
$$;

-- One function per shape of statement: a trigger with transition tables serves one event, and each names only
-- the tables its event has. Statements that change no row log nothing and leave the generation where it is.
create function directory_search_rows_added() returns trigger language plpgsql as $$
begin
  perform directory_search_log(array(select distinct service_id from added));
  return null;
end $$;

create function directory_search_rows_removed() returns trigger language plpgsql as $$
begin
  perform directory_search_log(array(select distinct service_id from removed));
  return null;
end $$;

create function directory_search_rows_changed() returns trigger language plpgsql as $$
begin
  perform directory_search_log(array(select service_id from removed union select service_id from added));
  return null;
end $$;

create function directory_search_rows_emptied() returns trigger language plpgsql as $$
begin
  perform directory_search_log(array[null::uuid]); -- everything: a node copies the whole table again
  return null;
end $$;

-- V075's triggers moved the generation on every statement, changed rows or not; these replace them.
drop trigger directory_search_generation_after_write on directory_search_place;
drop trigger directory_search_generation_after_schedule_write on directory_schedule;
drop function directory_search_changed();

create trigger directory_search_place_added after insert on directory_search_place
  referencing new table as added for each statement execute function directory_search_rows_added();
create trigger directory_search_place_removed after delete on directory_search_place
  referencing old table as removed for each statement execute function directory_search_rows_removed();
create trigger directory_search_place_changed after update on directory_search_place
  referencing old table as removed new table as added for each statement
  execute function directory_search_rows_changed();
create trigger directory_search_place_emptied after truncate on directory_search_place
  for each statement execute function directory_search_rows_emptied();

create trigger directory_schedule_added after insert on directory_schedule
  referencing new table as added for each statement execute function directory_search_rows_added();
create trigger directory_schedule_removed after delete on directory_schedule
  referencing old table as removed for each statement execute function directory_search_rows_removed();
create trigger directory_schedule_changed after update on directory_schedule
  referencing old table as removed new table as added for each statement
  execute function directory_search_rows_changed();
create trigger directory_schedule_emptied after truncate on directory_schedule
  for each statement execute function directory_search_rows_emptied();
