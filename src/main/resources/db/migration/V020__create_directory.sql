-- The community directory, in the Open Referral UK (HSDS 3.0 UK profile) data model, plus what its users
-- ask for and the standard lacks: capacity (taking referrals / waiting list / full) and cost per session.
-- No personal data: services, places and opening times only (no named contacts).

create table directory_organisation (
  id             uuid primary key,
  name           text not null,
  description    text not null,
  email          text,
  website        text,
  last_modified  timestamptz not null
);

-- Categories services are tagged with, from whichever taxonomy the feed names.
create table directory_taxonomy_term (
  id           uuid primary key,
  name         text not null,
  description  text not null,
  taxonomy     text,
  taxonomy_id  uuid,
  parent_id    uuid
);

create table directory_service (
  id                      uuid primary key,
  organisation_id         uuid not null references directory_organisation (id),
  name                    text not null,
  description             text,
  url                     text,
  email                   text,
  status                  text not null,        -- active, inactive, defunct, temporarily closed
  fees                    text,
  accreditations          text,
  eligibility             text,
  minimum_age             integer,
  maximum_age             integer,
  assured_date            date,                 -- when the details were last checked
  assurer_email           text,
  alert                   text,
  capacity                text not null,        -- UNKNOWN, TAKING_REFERRALS, WAITING_LIST, FULL
  waiting_weeks           integer,
  cost_per_session_pence  bigint,               -- null: not known; 0: free
  completeness            smallint not null,    -- data quality, 0 to 100, recomputed on every change
  fingerprint             text not null,        -- hash of the content without ids: finds exact duplicates
  duplicate_key           text not null,        -- lower-case name and postcode: finds likely duplicates
  likely_duplicate_of     uuid,
  search_text             text not null,        -- taxonomy terms, languages and places, for full-text search
  search_vector           tsvector generated always as (
                            setweight(to_tsvector('english', name), 'A')
                            || setweight(to_tsvector('english', search_text), 'A')
                            || setweight(to_tsvector('english', coalesce(description, '')), 'B')) stored,
  last_modified           timestamptz not null,
  version                 bigint not null,
  created_at              timestamptz not null,
  created_by              text not null,
  updated_at              timestamptz not null,
  updated_by              text not null
);

-- Search: full text by GIN; distance by a bounding box on the locations (GiST, below).
create index directory_service_search_idx on directory_service using gin (search_vector);
create index directory_service_organisation_idx on directory_service (organisation_id, name);
create index directory_service_fingerprint_idx on directory_service (fingerprint);
create index directory_service_duplicate_key_idx on directory_service (duplicate_key);

create table directory_location (
  id                uuid primary key,
  location_type     text not null,          -- physical, postal, virtual
  name              text,
  description       text,
  latitude          double precision,
  longitude         double precision,
  address_id        uuid,
  address_1         text,
  city              text,
  state_province    text,
  postal_code       text,
  country           text,
  step_free         boolean not null default false
);

-- The bounding-box prefilter and nearest-first ordering of a search ("<@ box", "<->").
create index directory_location_point_idx on directory_location using gist (point(longitude, latitude))
  where latitude is not null and longitude is not null;

create table directory_accessibility (
  id           uuid primary key,
  location_id  uuid not null references directory_location (id),
  description  text,
  details      text,
  url          text
);

create index directory_accessibility_location_idx on directory_accessibility (location_id);

create table directory_service_at_location (
  id           uuid primary key,
  service_id   uuid not null references directory_service (id),
  location_id  uuid not null references directory_location (id)
);

create index directory_service_at_location_service_idx on directory_service_at_location (service_id);
create index directory_service_at_location_location_idx on directory_service_at_location (location_id);

create table directory_schedule (
  id           uuid primary key,
  service_id   uuid not null references directory_service (id),
  freq         text,                      -- WEEKLY, MONTHLY (RFC 5545)
  interval     integer,
  byday        text,                      -- MO,TU ...
  bymonthday   text,
  opens_at     time,
  closes_at    time,
  valid_from   date,
  valid_to     date,
  description  text
);

create index directory_schedule_service_idx on directory_schedule (service_id);

create table directory_cost_option (
  id                  uuid primary key,
  service_id          uuid not null references directory_service (id),
  option              text,
  amount_pence        bigint,
  amount_description  text,
  valid_from          date,
  valid_to            date
);

create index directory_cost_option_service_idx on directory_cost_option (service_id);

create table directory_language (
  id          uuid primary key,
  service_id  uuid not null references directory_service (id),
  name        text,
  code        text
);

create index directory_language_service_idx on directory_language (service_id);

create table directory_service_attribute (
  id                uuid primary key,
  service_id        uuid not null references directory_service (id),
  taxonomy_term_id  uuid not null references directory_taxonomy_term (id)
);

create index directory_service_attribute_service_idx on directory_service_attribute (service_id);
create index directory_service_attribute_term_idx on directory_service_attribute (taxonomy_term_id, service_id);

-- Directory editors: accounts that maintain one organisation's services.
create table directory_editor (
  account_id       uuid primary key,
  organisation_id  uuid not null references directory_organisation (id),
  linked_at        timestamptz not null,
  linked_by        text not null
);

-- Every import, with what it did to each record: nothing is changed that is not reported here.
create table directory_import (
  id          uuid primary key,
  imported_at timestamptz not null,
  imported_by text not null,
  source      text not null,
  received    integer not null,
  created     integer not null,
  updated     integer not null,
  unchanged   integer not null,
  merged      integer not null,
  flagged     integer not null,
  rejected    integer not null,
  report      jsonb not null
);
