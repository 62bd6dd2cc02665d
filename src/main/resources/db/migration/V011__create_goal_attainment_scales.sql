-- The Goal Attainment Scale of a plan goal, set while the goal is agreed. A goal has one current scale;
-- setting it again keeps the old one, marked superseded. goal_id is the care plan's goal id (no foreign
-- key: modules never reach into each other's tables).
create table goal_attainment_scale (
  id             uuid primary key,
  person_id      uuid not null references person (id),
  goal_id        uuid not null,
  expected       text not null,
  baseline       smallint not null check (baseline in (-2, -1)),
  importance     smallint check (importance between 0 and 3),
  difficulty     smallint check (difficulty between 0 and 3),
  set_at         timestamptz not null,
  set_by         text not null,
  superseded_at  timestamptz
);

create unique index goal_attainment_scale_current_uq on goal_attainment_scale (person_id, goal_id)
  where superseded_at is null;
