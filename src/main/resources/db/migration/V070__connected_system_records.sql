-- FHIR and other connected systems (issue 7).
--
-- A connected system may register a person it knows by its own identifier, before an NHS number is traced:
-- the NHS number becomes optional (still unique among live records when present; the forms and the JSON
-- API keep requiring it). Such systems also send a phone number and an address, kept beside the postcode.
alter table person alter column nhs_number drop not null;
alter table person add column phone text;
alter table person add column address_line text;
alter table person add column address_city text;
alter table person add column address_country text;
-- Counts every saved change of the demographics, so a FHIR Patient has a version (meta.versionId).
alter table person add column version bigint not null default 1;

-- The identifiers other systems know the person by (system URI + value), one row each. One identifier names
-- one person, so a lookup by identifier is exact.
create table person_identifier (
  person_id  uuid not null references person (id),
  system     text not null,
  value      text not null,
  primary key (person_id, system, value)
);
create unique index person_identifier_lookup on person_identifier (system, value);

-- A plan written by a connected system arrives as a draft whose goals need not yet serve something that
-- matters, and whose actions need not yet serve a goal, have an owner or a date; agreeing the plan
-- requires all of these (checked by the plan aggregate), so an agreed plan keeps the whole chain.
alter table plan_goal alter column what_matters_id drop not null;
alter table plan_action alter column goal_id drop not null;
alter table plan_action alter column owner drop not null;
alter table plan_action alter column due_date drop not null;

-- FHIR searches by last update and CarePlan/Goal reads by id go through these.
create index person_updated_idx on person (updated_at);
