-- Directory search by place: one row per located place of an active service, carrying the service's words
-- and what the search filters and orders on, so a search near a point is answered from ONE table, with the
-- full-text (GIN) and place (GiST) indexes combined, before any join. Without it a search joined every
-- location in the box (about 2,800 around Leeds in a 50,000-service directory) to its link and service, one
-- index lookup each, only to keep the tenth whose words matched: 30 ms of a 40 ms search.
--
-- Derived data: triggers keep it equal to the join it replaces (directory_service where status is active,
-- through directory_service_at_location, to a directory_location with a point), so no writer has to know.

create table directory_search_place (
  service_at_location_id  uuid primary key references directory_service_at_location (id) on delete cascade,
  service_id              uuid not null,
  location_id             uuid not null,
  place                   point not null,        -- (longitude, latitude), as the location index has it
  search_vector           tsvector not null,     -- the service's, copied
  step_free               boolean not null,
  capacity                text not null,
  cost_per_session_pence  bigint,
  completeness            smallint not null
);

create index directory_search_place_words_idx on directory_search_place using gin (search_vector);
create index directory_search_place_place_idx on directory_search_place using gist (place);
create index directory_search_place_service_idx on directory_search_place (service_id);
create index directory_search_place_location_idx on directory_search_place (location_id);

-- Recomputes the rows of the given services from the tables they are derived from.
create function directory_search_place_refresh(services uuid[]) returns void language sql as $$
  delete from directory_search_place where service_id = any (services);
  insert into directory_search_place (service_at_location_id, service_id, location_id, place, search_vector,
    step_free, capacity, cost_per_session_pence, completeness)
  select sl.id, s.id, l.id, point(l.longitude, l.latitude), s.search_vector, l.step_free, s.capacity,
    s.cost_per_session_pence, s.completeness
  from directory_service s
  join directory_service_at_location sl on sl.service_id = s.id
  join directory_location l on l.id = sl.location_id
  where s.id = any (services) and s.status = 'active' and l.latitude is not null and l.longitude is not null;
$$;

-- Statement-level triggers with transition tables: a COPY of thousands of links refreshes in one statement.
create function directory_search_place_links_added() returns trigger language plpgsql as $$
begin
  perform directory_search_place_refresh(array(select distinct service_id from added));
  return null;
end $$;

create function directory_search_place_links_removed() returns trigger language plpgsql as $$
begin
  perform directory_search_place_refresh(array(select distinct service_id from removed));
  return null;
end $$;

create function directory_search_place_links_changed() returns trigger language plpgsql as $$
begin
  perform directory_search_place_refresh(array(select service_id from removed union select service_id from added));
  return null;
end $$;

create function directory_search_place_services_changed() returns trigger language plpgsql as $$
begin
  perform directory_search_place_refresh(array(select id from added));
  return null;
end $$;

create function directory_search_place_locations_changed() returns trigger language plpgsql as $$
begin
  perform directory_search_place_refresh(array(select distinct sl.service_id from directory_service_at_location sl
    where sl.location_id in (select id from added)));
  return null;
end $$;

create trigger directory_search_place_links_added after insert on directory_service_at_location
  referencing new table as added for each statement execute function directory_search_place_links_added();
create trigger directory_search_place_links_removed after delete on directory_service_at_location
  referencing old table as removed for each statement execute function directory_search_place_links_removed();
create trigger directory_search_place_links_changed after update on directory_service_at_location
  referencing old table as removed new table as added for each statement
  execute function directory_search_place_links_changed();
create trigger directory_search_place_services_changed after update on directory_service
  referencing new table as added for each statement execute function directory_search_place_services_changed();
create trigger directory_search_place_locations_changed after update on directory_location
  referencing new table as added for each statement execute function directory_search_place_locations_changed();

insert into directory_search_place (service_at_location_id, service_id, location_id, place, search_vector,
  step_free, capacity, cost_per_session_pence, completeness)
select sl.id, s.id, l.id, point(l.longitude, l.latitude), s.search_vector, l.step_free, s.capacity,
  s.cost_per_session_pence, s.completeness
from directory_service s
join directory_service_at_location sl on sl.service_id = s.id
join directory_location l on l.id = sl.location_id
where s.status = 'active' and l.latitude is not null and l.longitude is not null;

analyze directory_search_place;
