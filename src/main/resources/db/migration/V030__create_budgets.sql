-- Personal health budgets: what each is for and on what basis, its indicative budget as calculated, the
-- funders who pool their money and the costed lines, each linked to an action on the person's plan.
-- Money is always whole pence in a bigint. The money that moves is in the ledger (V033).
create table budget (
  id               uuid primary key,
  person_id        uuid not null references person (id),
  version          bigint not null,          -- optimistic locking: bumped by every saved change
  title            text not null,
  basis            text not null check (basis in ('CHC', 'CCC', 'S117', 'WHEELCHAIR', 'EHCP', 'LOCAL')),
  eligibility_note text not null,
  coordinator      text,
  starts_on        date not null,
  status           text not null check (status in ('DRAFT', 'AWAITING_APPROVAL', 'APPROVED', 'REFUSED',
                                                    'SUSPENDED', 'STOPPED')),
  approved_on      date,
  next_review_due  date,                     -- derived by rule on every change, kept for reports and queues
  created_at       timestamptz not null,
  created_by       text not null,
  updated_at       timestamptz not null,
  updated_by       text not null
);

create index budget_person_idx on budget (person_id, created_at);
create index budget_review_due_idx on budget (next_review_due) where next_review_due is not null;

-- The indicative budget as it was worked out: replaced only while the budget is a draft.
create table budget_calculation (
  budget_id     uuid primary key references budget (id),
  person_id     uuid not null,
  rule_key      text not null,
  rule_name     text not null,
  total_pence   bigint not null,
  calculated_at timestamptz not null,
  calculated_by text not null
);

create index budget_calculation_person_idx on budget_calculation (person_id, budget_id);

create table budget_calculation_input (
  budget_id  uuid not null references budget_calculation (budget_id),
  person_id  uuid not null,
  position   integer not null,
  input_key  text not null,
  label      text not null,
  value      text not null,
  written    text not null,
  primary key (budget_id, position)
);

create index budget_calculation_input_person_idx on budget_calculation_input (person_id, budget_id);

create table budget_calculation_step (
  budget_id    uuid not null references budget_calculation (budget_id),
  person_id    uuid not null,
  position     integer not null,
  label        text not null,
  working      text not null,
  change_pence bigint not null,
  total_pence  bigint not null,
  primary key (budget_id, position)
);

create index budget_calculation_step_person_idx on budget_calculation_step (person_id, budget_id);

create table budget_funder (
  id         uuid primary key,
  budget_id  uuid not null references budget (id),
  person_id  uuid not null,
  position   integer not null,
  kind       text not null check (kind in ('NHS', 'SOCIAL_CARE', 'EDUCATION', 'CHARITY', 'PERSON_TOP_UP', 'OTHER')),
  name       text not null,
  created_at timestamptz not null,
  created_by text not null
);

create index budget_funder_person_idx on budget_funder (person_id, budget_id);

create table budget_line (
  id                   uuid primary key,
  budget_id            uuid not null references budget (id),
  person_id            uuid not null,
  position             integer not null,
  plan_action_id       uuid not null,        -- the care plan's action (read through the care plan's API)
  description          text not null,
  provider             text not null,
  directory_service_id uuid,                 -- the community directory's service, when there is one
  unit_cost_pence      bigint not null check (unit_cost_pence >= 0),
  quantity_hundredths  bigint not null check (quantity_hundredths >= 0),
  cost_pence           bigint not null check (cost_pence > 0),
  mode                 text not null,
  approved_pence       bigint check (approved_pence >= 0 and approved_pence <= cost_pence),
  created_at           timestamptz not null,
  created_by           text not null,
  updated_at           timestamptz not null,
  updated_by           text not null,
  voided_at            timestamptz,
  voided_by            text,
  void_reason          text
);

create index budget_line_person_idx on budget_line (person_id, budget_id);

-- Who pays for how much of each line, as costed (the approved shares follow from the approved amount).
create table budget_line_funding (
  line_id      uuid not null references budget_line (id),
  funder_id    uuid not null references budget_funder (id),
  budget_id    uuid not null,
  person_id    uuid not null,
  position     integer not null,
  amount_pence bigint not null check (amount_pence > 0),
  primary key (line_id, funder_id)
);

create index budget_line_funding_person_idx on budget_line_funding (person_id, budget_id);

-- Suspended, resumed and stopped, always with a coded reason and an explanation. Never changed.
create table budget_status_change (
  id          uuid primary key,
  budget_id   uuid not null references budget (id),
  person_id   uuid not null,
  from_status text not null,
  to_status   text not null,
  reason_code text not null,
  explanation text not null,
  changed_at  timestamptz not null,
  changed_by  text not null
);

create index budget_status_change_person_idx on budget_status_change (person_id, budget_id, changed_at);
