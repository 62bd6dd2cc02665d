-- Completed outcome measures (ONS4, WEMWBS, SWEMWBS, GAS reviews, COPM, collaboRATE, MYCaW, EQ-5D scores).
-- The answers are kept as given and the scores as scored; licensed instruments are stored as scores only.
create table outcome_response (
  id           uuid primary key,
  person_id    uuid not null references person (id),
  measure      text not null,
  answered_on  date not null,
  answers      jsonb not null,
  scores       jsonb not null,
  by_person    boolean not null,         -- entered by the person (or someone acting for them)
  context_id   uuid,                     -- the shared decision a collaboRATE rates, the plan a GAS review scored
  service      text,                     -- collaboRATE: the organisation whose encounter it rates
  recorded_at  timestamptz not null,
  recorded_by  text not null,
  voided_at    timestamptz,
  voided_by    text,
  void_reason  text
);

create index outcome_response_person_idx on outcome_response (person_id, measure, answered_on);
create index outcome_response_service_idx on outcome_response (measure, service) where voided_at is null;
