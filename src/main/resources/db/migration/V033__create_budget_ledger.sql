-- Each budget's money as an append-only, double-entry ledger. The rules the domain keeps are also kept
-- here, so that no bug and no hand-typed statement can break them:
--   * append-only: triggers refuse UPDATE, DELETE and TRUNCATE on both tables (as on audit_event);
--   * double entry: when a database transaction commits, every ledger transaction it touched must have at
--     least two entries whose debits equal its credits (deferred constraint triggers);
--   * every amount is a whole number of pence above zero;
--   * a payment carries the Idempotency-Key of its request, at most once per budget.
-- Balances are never stored: they are sums of entries.
create table ledger_transaction (
  id                  uuid primary key,
  sequence            bigint generated always as identity unique,  -- the order transactions were recorded in
  budget_id           uuid not null references budget (id),
  person_id           uuid not null,
  kind                text not null check (kind in ('CONTRIBUTION', 'COMMITMENT', 'RELEASE', 'PAYMENT', 'REFUND',
                                                    'EXCEPTION', 'REVERSAL')),
  value_date          date not null,
  description         text,
  line_id             uuid references budget_line (id),
  counterparty        text,
  reference_id        uuid,
  reverses_id         uuid unique references ledger_transaction (id),
  idempotency_key     text,
  request_fingerprint text,
  recorded_at         timestamptz not null,
  recorded_by         text not null,
  check ((kind = 'PAYMENT') = (idempotency_key is not null)),
  check ((kind = 'REVERSAL') = (reverses_id is not null))
);

create unique index ledger_payment_idempotency_idx on ledger_transaction (budget_id, idempotency_key)
  where idempotency_key is not null;
create index ledger_transaction_person_idx on ledger_transaction (person_id, budget_id, recorded_at);

create table ledger_entry (
  transaction_id uuid not null references ledger_transaction (id),
  position       smallint not null,
  budget_id      uuid not null,
  person_id      uuid not null,
  account_type   text not null check (account_type in ('CONTRIBUTION', 'UNALLOCATED', 'COMMITTED', 'PAID',
                                                        'EXCEPTION')),
  funder_id      uuid references budget_funder (id),
  line_id        uuid references budget_line (id),
  side           char(1) not null check (side in ('D', 'C')),
  amount_pence   bigint not null check (amount_pence > 0),
  primary key (transaction_id, position),
  check (case account_type
           when 'CONTRIBUTION' then funder_id is not null and line_id is null
           when 'UNALLOCATED' then funder_id is not null and line_id is null
           when 'EXCEPTION' then funder_id is null and line_id is not null
           else line_id is not null end)
);

create index ledger_entry_person_idx on ledger_entry (person_id, budget_id);

create function ledger_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'the budget ledger is append-only: % is not allowed on %; correct a mistake with a reversing '
    'transaction', tg_op, tg_table_name;
end;
$$;

create trigger ledger_transaction_append_only before update or delete on ledger_transaction
  for each row execute function ledger_is_append_only();
create trigger ledger_transaction_no_truncate before truncate on ledger_transaction
  for each statement execute function ledger_is_append_only();
create trigger ledger_entry_append_only before update or delete on ledger_entry
  for each row execute function ledger_is_append_only();
create trigger ledger_entry_no_truncate before truncate on ledger_entry
  for each statement execute function ledger_is_append_only();

create function ledger_transaction_must_balance() returns trigger language plpgsql as $$
declare
  checked uuid;
  debits  bigint;
  credits bigint;
  entries integer;
begin
  -- Each branch is planned only when it runs, so each table's own column is used.
  if tg_table_name = 'ledger_transaction' then
    checked := new.id;
  else
    checked := new.transaction_id;
  end if;
  select coalesce(sum(amount_pence) filter (where side = 'D'), 0),
         coalesce(sum(amount_pence) filter (where side = 'C'), 0), count(*)
    into debits, credits, entries
    from ledger_entry where transaction_id = checked;
  if entries < 2 or debits <> credits then
    raise exception 'ledger transaction % does not balance: % entries, debits % and credits % pence',
      checked, entries, debits, credits;
  end if;
  return null;
end;
$$;

create constraint trigger ledger_transaction_balances after insert on ledger_transaction
  deferrable initially deferred for each row execute function ledger_transaction_must_balance();
create constraint trigger ledger_entry_keeps_its_transaction_balanced after insert on ledger_entry
  deferrable initially deferred for each row execute function ledger_transaction_must_balance();
