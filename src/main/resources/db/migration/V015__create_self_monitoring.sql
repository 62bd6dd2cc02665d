-- Consent to share readings from an app or device, the readings themselves, and targets linked to goals.
create table monitoring_consent (
  id            uuid primary key,
  person_id     uuid not null references person (id),
  source        text not null,          -- the URI the source's readings carry as their identifier system
  name          text not null,
  by_person     boolean not null,
  given_at      timestamptz not null,
  given_by      text not null,
  withdrawn_at  timestamptz,
  withdrawn_by  text
);

create unique index monitoring_consent_active_uq on monitoring_consent (person_id, source) where withdrawn_at is null;

create table monitoring_reading (
  id            uuid primary key,
  person_id     uuid not null references person (id),
  kind          text not null,
  value         numeric(10, 2) not null,
  second_value  numeric(10, 2),         -- diastolic pressure
  effective_at  timestamptz not null,
  source        text not null,
  source_id     text not null,
  received_at   timestamptz not null
);

-- The same reading sent twice (same source, same id there) is stored once.
create unique index monitoring_reading_source_uq on monitoring_reading (person_id, source, source_id);
create index monitoring_reading_person_idx on monitoring_reading (person_id, kind, effective_at);

create table monitoring_target (
  id            uuid primary key,
  person_id     uuid not null references person (id),
  kind          text not null,
  goal_id       uuid not null,
  direction     text not null,
  value         numeric(10, 2) not null,
  set_at        timestamptz not null,
  set_by        text not null,
  superseded_at timestamptz
);

create unique index monitoring_target_current_uq on monitoring_target (person_id, kind) where superseded_at is null;
