-- Shared decisions (NICE NG197; BRAN): the options considered with their benefits and risks (one of them
-- doing nothing), what mattered most, the decision, and the person's "this is not what I decided" flag.
create table shared_decision (
  id                 uuid primary key,
  person_id          uuid not null references person (id),
  question           text not null,
  what_matters_most  text not null,
  options            jsonb not null,
  aids_used          text,
  participants       text not null,
  status             text not null,          -- DISCUSSING, DECIDED
  chosen_option      uuid,
  reasons            text,
  decided_at         timestamptz,
  decided_by         text,
  flag_words         text,
  flag_raised_by     text,
  flag_raised_at     timestamptz,
  flag_response      text,
  flag_answered_by   text,
  flag_answered_at   timestamptz,
  service            text,                   -- the organisation that held the conversation (for collaboRATE)
  plan_action_id     uuid,                   -- the care plan action it carries out (no foreign key: another module's table)
  version            bigint not null,
  created_at         timestamptz not null,
  created_by         text not null
);

create index shared_decision_person_idx on shared_decision (person_id, created_at);
create index shared_decision_open_flag_idx on shared_decision (person_id) where flag_words is not null and flag_response is null;
