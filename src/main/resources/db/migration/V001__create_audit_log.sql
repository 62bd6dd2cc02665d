-- Every read and write of personal data, allowed or denied. Append-only by construction: the trigger
-- below refuses UPDATE and DELETE, so even a bug or a hand-typed statement cannot rewrite history.
create table audit_event (
  id            uuid primary key,
  occurred_at   timestamptz not null,
  person_id     uuid,                 -- whose record was touched (null for events about no one person)
  actor_account uuid,
  actor_username text not null,
  actor_name    text not null,        -- shown to the person in "who looked at my record"
  actor_role    text not null,
  action        text not null,        -- READ, CREATE, UPDATE, VOID, SEARCH, EXPORT, BREAK_GLASS
  resource      text not null,        -- what was touched: record, plan, about-me, access-log ...
  outcome       text not null,        -- ALLOWED or DENIED
  basis         text not null,        -- OWN_RECORD, REPRESENTATIVE, CARE_TEAM, BREAK_GLASS, NONE
  reason        text                  -- the stated reason, for break-glass access
);

create index audit_event_person_idx on audit_event (person_id, occurred_at desc) where person_id is not null;
create index audit_event_actor_idx on audit_event (actor_username, occurred_at desc);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only: % is not allowed', tg_op;
end;
$$;

create trigger audit_event_append_only
  before update or delete on audit_event
  for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
  before truncate on audit_event
  for each statement execute function audit_event_is_append_only();
