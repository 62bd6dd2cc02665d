-- Which version of the dashboard's counts is current. Every transaction that writes report_count (the
-- aggregator's fold, the population loader's bulk insert, a repair by hand) adds one, and it becomes
-- visible when that transaction commits, so the number changes exactly when committed counts do. The
-- application keeps finished reports in memory and reuses one only while this number is unchanged, which
-- is correct on every node at once: each node reads the number before it trusts what it holds.
create table report_count_generation (
  singleton boolean primary key default true check (singleton),
  generation bigint not null
);

insert into report_count_generation (singleton, generation) values (true, 0);

-- Once per transaction, not once per statement: a fold writes its cells one statement each, and thousands
-- of updates of this one row would leave thousands of dead versions behind. The row's xmin is the
-- transaction that last changed it, so a transaction that has already added its one skips the update.
create or replace function report_count_changed() returns trigger language plpgsql as $$
begin
  update report_count_generation set generation = generation + 1
    where singleton and xmin <> pg_current_xact_id()::xid;
  return null;
end;
$$;

create trigger report_count_generation_after_write
  after insert or update or delete or truncate on report_count
  for each statement execute function report_count_changed();
