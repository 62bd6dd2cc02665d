-- Owned by the access module: while a budget approval request is waiting in the queue, budget approvers may
-- read the budget parts of that person's record (and decide the request). Opened when a request is filed,
-- closed when it is decided; rows are kept as the history of why approvers could look.
create table approval_queue_access (
  request_id uuid primary key,
  person_id  uuid not null,
  opened_at  timestamptz not null,
  closed_at  timestamptz
);

create index approval_queue_access_person_idx on approval_queue_access (person_id) where closed_at is null;
