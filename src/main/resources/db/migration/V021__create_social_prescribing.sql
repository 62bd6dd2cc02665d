-- Social prescribing referrals and their closed-loop life cycle (PRSB Social Prescribing Information
-- Standard: the referral, the social prescribing record and the message back). Every table is per person:
-- it carries person_id, and its first index starts with it.

create table sp_referral (
  id                    uuid primary key,
  person_id             uuid not null,
  source                text not null,          -- GP, OCCUPATIONAL_THERAPIST, HOSPITAL_DISCHARGE, ... SELF
  referred_by           text not null,          -- signature of who recorded it
  referrer_practitioner uuid,
  referrer_organisation text,
  reasons               text not null,
  needs                 text not null,          -- need categories, comma-separated
  status                text not null,
  link_worker_id        uuid,
  link_worker_name      text,
  taken_at              timestamptz,
  plan_summary          text,
  follow_up_due         date,
  declined_reason       text,
  message_back          jsonb,                  -- the coded summary sent to the GP and referrer on closing
  received_at           timestamptz not null,
  closed_at             timestamptz,
  version               bigint not null,
  updated_at            timestamptz not null,
  updated_by            text not null
);

create index sp_referral_person_idx on sp_referral (person_id, received_at desc);
create index sp_referral_link_worker_idx on sp_referral (link_worker_id, person_id) where status <> 'CLOSED';
-- Referrals waiting for a link worker to take them, oldest first.
create index sp_referral_queue_idx on sp_referral (received_at, person_id) where link_worker_id is null;

create table sp_referral_event (
  id           uuid primary key,
  person_id    uuid not null,
  referral_id  uuid not null references sp_referral (id),
  from_status  text,
  to_status    text not null,
  note         text,
  at           timestamptz not null,
  by_whom      text not null
);

create index sp_referral_event_person_idx on sp_referral_event (person_id, referral_id, at);

create table sp_onward_referral (
  id                 uuid primary key,
  person_id          uuid not null,
  referral_id        uuid not null references sp_referral (id),
  service_id         uuid not null,
  service_name       text not null,
  organisation_name  text not null,
  note               text,
  status             text not null,          -- SENT, ACCEPTED, DECLINED
  answer_reason      text,
  sent_at            timestamptz not null,
  sent_by            text not null,
  answered_at        timestamptz,
  answered_by        text
);

create index sp_onward_referral_person_idx on sp_onward_referral (person_id, referral_id);

create table sp_wellbeing_measure (
  id           uuid primary key,
  person_id    uuid not null,
  referral_id  uuid not null references sp_referral (id),
  measure      text not null,               -- SWEMWBS, ONS4
  timing       text not null,               -- BASELINE, FOLLOW_UP
  score        numeric(6, 2) not null,      -- the measure's headline score (SWEMWBS metric score)
  detail       text,                        -- how it was scored, in words
  response_id  uuid,                        -- the questionnaire response held by the outcome module, if any
  recorded_at  timestamptz not null,
  recorded_by  text not null
);

create index sp_wellbeing_measure_person_idx on sp_wellbeing_measure (person_id, referral_id, recorded_at);
