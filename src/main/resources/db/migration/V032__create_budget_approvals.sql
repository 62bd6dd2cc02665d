-- The budget approvers' queue: each request, its time limit, and the decision with a coded reason and an
-- explanation written for the person. A request is decided once.
create table budget_approval_request (
  id              uuid primary key,
  budget_id       uuid not null references budget (id),
  person_id       uuid not null,
  kind            text not null check (kind in ('INITIAL', 'RECONSIDERATION', 'EXCEPTION')),
  asked_on        date not null,            -- the time limit runs from the day the person asked
  due_on          date not null,
  note            text,
  line_id         uuid references budget_line (id),
  amount_pence    bigint check (amount_pence > 0),
  reconsiders_id  uuid references budget_approval_request (id),
  submitted_at    timestamptz not null,
  submitted_by    text not null,
  outcome         text check (outcome in ('APPROVED', 'APPROVED_WITH_CHANGES', 'REFUSED')),
  reason_code     text,
  explanation     text,
  decided_at      timestamptz,
  decided_by      text,
  check ((outcome is null) = (decided_at is null)),
  check (outcome is null or (reason_code is not null and explanation is not null)),
  check ((kind = 'EXCEPTION') = (line_id is not null and amount_pence is not null))
);

create index budget_approval_request_person_idx on budget_approval_request (person_id, budget_id, submitted_at);
create index budget_approval_request_pending_idx on budget_approval_request (due_on) where outcome is null;

-- The amount an approver set on each line they changed.
create table budget_approval_line_change (
  request_id     uuid not null references budget_approval_request (id),
  line_id        uuid not null references budget_line (id),
  person_id      uuid not null,
  approved_pence bigint not null check (approved_pence >= 0),
  primary key (request_id, line_id)
);

create index budget_approval_line_change_person_idx on budget_approval_line_change (person_id, request_id);
