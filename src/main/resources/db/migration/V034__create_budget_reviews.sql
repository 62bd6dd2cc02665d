-- Reviews asked for, and reviews held. The next review date is derived from these and the first payment.
create table budget_review_request (
  id          uuid primary key,
  budget_id   uuid not null references budget (id),
  person_id   uuid not null,
  trigger     text not null,
  note        text,
  asked_on    date not null,
  recorded_at timestamptz not null,
  recorded_by text not null
);

create index budget_review_request_person_idx on budget_review_request (person_id, budget_id);

create table budget_review (
  id          uuid primary key,
  budget_id   uuid not null references budget (id),
  person_id   uuid not null,
  held_on     date not null,
  outcome     text not null,
  notes       text not null,
  recorded_at timestamptz not null,
  recorded_by text not null
);

create index budget_review_person_idx on budget_review (person_id, budget_id);
