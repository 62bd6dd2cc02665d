-- Training in personalised care, counted against the workforce target (about staff, not patients).
create table practitioner_training (
  id               uuid primary key,
  practitioner_id  uuid not null references practitioner (id),
  module           text not null,
  completed_on     date not null,
  provider         text not null,
  recorded_at      timestamptz not null
);

create index practitioner_training_practitioner_idx on practitioner_training (practitioner_id, completed_on);
create index practitioner_training_completed_idx on practitioner_training (completed_on, practitioner_id);
