-- report_fact_person_idx (person_id) duplicates the leading column of the unique key
-- (person_id, measure, detail, period_kind, period_start), which finds a person's facts just as well
-- (a person's facts are read and deleted by person_id when they are voided or opt out). Every fact written
-- paid for both: at a million people that is 9.8 million more index entries to keep or build.
drop index if exists report_fact_person_idx;
