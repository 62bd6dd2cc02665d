create table organisation (
  id        uuid primary key,
  name      text not null,
  ods_code  text unique,               -- Organisation Data Service code, where the organisation has one
  kind      text not null              -- GP practice, NHS trust, council, VCSE ...
);

create table practitioner (
  id              uuid primary key,
  name            text not null,
  profession      text not null,
  organisation_id uuid references organisation (id),
  created_at      timestamptz not null
);

-- The legitimate relationship: a practitioner may read or write a person's record only while they are
-- an active member of that person's care team. Keyed by person (the shard key) for per-person reads,
-- and by practitioner for caseloads.
create table care_team_member (
  id               uuid primary key,
  person_id        uuid not null,
  practitioner_id  uuid not null references practitioner (id),
  team_role        text not null,
  is_lead          boolean not null default false,
  started_at       timestamptz not null,
  started_by       text not null,
  ended_at         timestamptz,
  ended_by         text,
  end_reason       text
);

create index care_team_member_person_idx on care_team_member (person_id, practitioner_id);
create index care_team_member_caseload_idx on care_team_member (practitioner_id, person_id) where ended_at is null;
create unique index care_team_member_active_uq on care_team_member (person_id, practitioner_id) where ended_at is null;

create table account (
  id               uuid primary key,
  username         text not null unique,
  password_hash    text not null,
  display_name     text not null,
  role             text not null,       -- PERSON, PRACTITIONER, BUDGET_APPROVER, DIRECTORY_EDITOR, ANALYST, ADMIN
  practitioner_id  uuid references practitioner (id),
  person_id        uuid,                -- for PERSON accounts: whose record this is
  enabled          boolean not null default true,
  created_at       timestamptz not null
);

-- People who may act for a person (a representative or carer the person names), by account.
create table account_acts_for (
  account_id  uuid not null references account (id),
  person_id   uuid not null,
  granted_at  timestamptz not null,
  revoked_at  timestamptz,
  primary key (account_id, person_id)
);

create index account_acts_for_person_idx on account_acts_for (person_id);

-- Emergency access without a care relationship: allowed for a limited time, with a stated reason, and
-- flagged in the audit log and in the person's own view of who looked at their record.
create table break_glass_grant (
  id            uuid primary key,
  person_id     uuid not null,
  account_id    uuid not null references account (id),
  reason        text not null,
  granted_at    timestamptz not null,
  expires_at    timestamptz not null
);

create index break_glass_grant_person_idx on break_glass_grant (person_id, account_id, expires_at);
