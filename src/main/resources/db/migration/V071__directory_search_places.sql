-- Directory search by place: one row per located place of an active service, carrying everything a search
-- near a point filters, orders and ranks on, so that search reads ONE table through ONE index on the place and
-- the words together, and joins nothing. Without it a search joined every location in the box (about 2,800
-- around Leeds in a 50,000-service directory) to its link and service, one index lookup each, only to keep the
-- tenth whose words matched, then joined the 400 candidates back for their details: 30 ms of a 40 ms search.
--
-- Derived data: triggers keep it equal to the join it replaces (directory_service where status is active,
-- through directory_service_at_location, to a directory_location with a point), so no writer has to know.

create table directory_search_place (
  service_at_location_id  uuid primary key references directory_service_at_location (id) on delete cascade,
  service_id              uuid not null,
  location_id             uuid not null,
  place                   point not null,        -- (longitude, latitude), as the location index has it
  search_vector           tsvector not null,     -- the service's, copied
  name                    text not null,
  organisation            text not null,
  words                   text not null,         -- description and search_text, for explaining what matched
  capacity                text not null,
  waiting_weeks           integer,
  cost_per_session_pence  bigint,
  assured_date            date,
  completeness            smallint not null,
  postal_code             text,
  step_free               boolean not null
);

-- Place first (the tree is split by place), words second (a signature per entry): a search's box and words
-- are both checked in the index, so only matching rows are read.
create index directory_search_place_idx on directory_search_place using gist (place, search_vector);
create index directory_search_place_service_idx on directory_search_place (service_id);
create index directory_search_place_location_idx on directory_search_place (location_id);

-- What the table must hold, defined once: the refresh below and the first fill both read it.
create view directory_search_place_source as
select sl.id as service_at_location_id, s.id as service_id, l.id as location_id,
  point(l.longitude, l.latitude) as place, s.search_vector, s.name, o.name as organisation,
  coalesce(s.description, '') || ' ' || s.search_text as words, s.capacity, s.waiting_weeks,
  s.cost_per_session_pence, s.assured_date, s.completeness, l.postal_code, l.step_free
from directory_service s
join directory_organisation o on o.id = s.organisation_id
join directory_service_at_location sl on sl.service_id = s.id
join directory_location l on l.id = sl.location_id
where s.status = 'active' and l.latitude is not null and l.longitude is not null;

-- Recomputes the rows of the given services from the tables they are derived from.
create function directory_search_place_refresh(services uuid[]) returns void language sql as $$
  delete from directory_search_place where service_id = any (services);
  insert into directory_search_place select * from directory_search_place_source where service_id = any (services);
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

create function directory_search_place_organisations_changed() returns trigger language plpgsql as $$
begin
  perform directory_search_place_refresh(array(select s.id from directory_service s
    where s.organisation_id in (select id from added)));
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
create trigger directory_search_place_organisations_changed after update on directory_organisation
  referencing new table as added for each statement execute function directory_search_place_organisations_changed();

insert into directory_search_place select * from directory_search_place_source;

analyze directory_search_place;
