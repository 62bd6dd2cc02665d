-- Tamper evidence: every audit entry is sealed into a hash chain shortly after it is written
-- (chain_hash = SHA-256 of the previous entry's hash and this entry's contents, in chain_seq order).
-- Changing, removing or reordering a sealed entry breaks the chain from that entry on, which the
-- verification command reports.
alter table audit_event add column chain_seq bigint;
alter table audit_event add column chain_hash bytea;

create unique index audit_event_chain_idx on audit_event (chain_seq) where chain_seq is not null;
create index audit_event_unsealed_idx on audit_event (occurred_at, id) where chain_seq is null;

-- Still append-only: the only change allowed is sealing an unsealed entry once, leaving all else as it was.
create or replace function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE'
     and old.chain_seq is null and new.chain_seq is not null and new.chain_hash is not null
     and (to_jsonb(new) - 'chain_seq' - 'chain_hash') = (to_jsonb(old) - 'chain_seq' - 'chain_hash') then
    return new;
  end if;
  raise exception 'audit_event is append-only: % is not allowed', tg_op;
end;
$$;
