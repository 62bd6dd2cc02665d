-- The audit chain's seals move out of audit_event into a table of their own, and audit_event becomes strictly
-- append-only again (no UPDATE at all, as V001 first made it).
--
-- Why: sealing wrote each entry a second time. The UPDATE made a new version of a wide row, added it to all five
-- of the table's indexes (two of them keyed at random), ran a trigger that compared both versions as JSON, and
-- left a dead row for vacuum. With record pages opened under load on the 1,000,000-person database it was 40 % of
-- the database's statement time, more than the reads it audited (pg_stat_statements; docs/performance.md).
-- Now an entry is written once, with a row naming it in audit_unsealed (in the same statement), and the sealer
-- appends a narrow row to audit_seal and removes the entry's name from audit_unsealed.

create table audit_seal (
  chain_seq  bigint primary key,      -- the entry's place in the chain, 1, 2, 3 ... without gaps
  entry_id   uuid   not null unique,  -- the audit_event sealed (no foreign key: a removed entry must show as
                                      -- a broken chain, which verification reports, not block its removal)
  chain_hash bytea  not null          -- SHA-256 of the previous seal's hash and this entry's contents
);

-- Entries written but not sealed yet: the sealer's queue. Normally only the last second's entries.
create table audit_unsealed (
  entry_id uuid primary key
);

insert into audit_seal (chain_seq, entry_id, chain_hash)
  select chain_seq, id, chain_hash from audit_event where chain_seq is not null;
insert into audit_unsealed (entry_id)
  select id from audit_event where chain_seq is null;

drop index audit_event_chain_idx;
drop index audit_event_unsealed_idx;
alter table audit_event drop column chain_seq, drop column chain_hash;

-- Append-only, without exception, for the entries and for their seals (the queue is emptied by the sealer;
-- an entry taken off it by anyone else is neither sealed nor waiting, which verification reports).
create or replace function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only: % is not allowed', tg_table_name, tg_op;
end;
$$;

create trigger audit_seal_append_only
  before update or delete on audit_seal
  for each row execute function audit_event_is_append_only();

create trigger audit_seal_no_truncate
  before truncate on audit_seal
  for each statement execute function audit_event_is_append_only();
