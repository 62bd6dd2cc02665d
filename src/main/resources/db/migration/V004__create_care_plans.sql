-- One personalised care and support plan (PCSP) per person at a time: a person may have closed plans
-- in their history but only one that is not closed.
create table care_plan (
  id               uuid primary key,
  person_id        uuid not null references person (id),
  status           text not null,
  version          bigint not null,          -- optimistic locking: bumped by every saved change
  agreed_version   integer not null default 0,
  review_date      date not null,
  contingency      text,
  close_reason     text,
  created_at       timestamptz not null,
  created_by       text not null,
  updated_at       timestamptz not null,
  updated_by       text not null
);

create unique index care_plan_one_open_per_person on care_plan (person_id) where status <> 'CLOSED';
create index care_plan_person_idx on care_plan (person_id, created_at desc);
create index care_plan_review_idx on care_plan (review_date) where status in ('AGREED', 'ACTIVE');

create table plan_what_matters (
  id          uuid primary key,
  plan_id     uuid not null references care_plan (id),
  person_id   uuid not null,
  position    integer not null,
  text        text not null,
  created_at  timestamptz not null,
  created_by  text not null,
  updated_at  timestamptz not null,
  updated_by  text not null,
  voided_at   timestamptz,
  voided_by   text,
  void_reason text
);

create index plan_what_matters_person_idx on plan_what_matters (person_id, plan_id);

create table plan_goal (
  id               uuid primary key,
  plan_id          uuid not null references care_plan (id),
  person_id        uuid not null,
  what_matters_id  uuid not null references plan_what_matters (id),
  position         integer not null,
  text             text not null,
  created_at       timestamptz not null,
  created_by       text not null,
  updated_at       timestamptz not null,
  updated_by       text not null,
  voided_at        timestamptz,
  voided_by        text,
  void_reason      text
);

create index plan_goal_person_idx on plan_goal (person_id, plan_id);

create table plan_action (
  id           uuid primary key,
  plan_id      uuid not null references care_plan (id),
  person_id    uuid not null,
  goal_id      uuid not null references plan_goal (id),
  position     integer not null,
  description  text not null,
  owner        text not null,
  due_date     date not null,
  component    text not null,
  progress     text not null,
  created_at   timestamptz not null,
  created_by   text not null,
  updated_at   timestamptz not null,
  updated_by   text not null,
  voided_at    timestamptz,
  voided_by    text,
  void_reason  text
);

create index plan_action_person_idx on plan_action (person_id, plan_id);
create index plan_action_component_idx on plan_action (component) where voided_at is null;

-- Each agreed version of a plan, frozen as it was agreed and never changed afterwards.
create table care_plan_version (
  plan_id          uuid not null references care_plan (id),
  person_id        uuid not null,
  version_number   integer not null,
  agreed_at        timestamptz not null,
  recorded_by      text not null,
  recorded_by_role text not null,
  person_agreed    boolean not null,
  participants     text,
  snapshot         jsonb not null,
  primary key (plan_id, version_number)
);

create index care_plan_version_person_idx on care_plan_version (person_id);

create table plan_comment (
  id           uuid primary key,
  plan_id      uuid not null references care_plan (id),
  person_id    uuid not null,
  text         text not null,
  author       text not null,
  author_role  text not null,
  by_person    boolean not null,
  created_at   timestamptz not null
);

create index plan_comment_person_idx on plan_comment (person_id, created_at);

-- Goals the person proposes in their own words; the team accepts them into the plan or explains why not.
create table goal_proposal (
  id            uuid primary key,
  plan_id       uuid not null references care_plan (id),
  person_id     uuid not null,
  text          text not null,
  proposed_by   text not null,
  proposed_at   timestamptz not null,
  status        text not null,         -- OPEN, ACCEPTED, DECLINED
  response      text,
  responded_by  text,
  responded_at  timestamptz,
  goal_id       uuid
);

create index goal_proposal_person_idx on goal_proposal (person_id, proposed_at);
