-- Activation (a licensed PAM score and level, as the instrument gave them) and the coaching, peer support
-- and education sessions that support self-management.
create table activation_measure (
  id           uuid primary key,
  person_id    uuid not null references person (id),
  score        numeric(4, 1) not null check (score between 0 and 100),
  level        smallint not null check (level between 1 and 4),
  measured_on  date not null,
  recorded_at  timestamptz not null,
  recorded_by  text not null
);

create index activation_measure_person_idx on activation_measure (person_id, measured_on desc);

create table support_session (
  id           uuid primary key,
  person_id    uuid not null references person (id),
  kind         text not null,
  held_on      date not null,
  facilitator  text not null,
  notes        text not null,
  goal_ids     uuid[] not null default '{}',   -- the care plan goals it served (no foreign key: another module's table)
  recorded_at  timestamptz not null,
  recorded_by  text not null
);

create index support_session_person_idx on support_session (person_id, held_on desc);
