-- Choice of provider offered (or why not) for a referral or a plan action.
create table choice_offer (
  id                uuid primary key,
  person_id         uuid not null references person (id),
  subject           text not null,            -- PLAN_ACTION, REFERRAL
  subject_id        uuid not null,
  offered           boolean not null,
  providers_offered jsonb not null,
  provider_chosen   text,
  exclusion         text,
  exclusion_detail  text,
  recorded_at       timestamptz not null,
  recorded_by       text not null,
  check (offered or exclusion is not null)
);

create index choice_offer_person_idx on choice_offer (person_id, subject_id);
