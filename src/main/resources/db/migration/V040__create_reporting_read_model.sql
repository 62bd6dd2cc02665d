-- Reporting keeps its own de-identified read model, fed by the other modules' events. Analysts only ever
-- see counts drawn from it; no name, NHS number or full postcode is stored here.

-- What reports need to know about each person, and no more.
create table report_person (
  person_id           uuid primary key,
  district            text,          -- postcode district (the part before the space)
  deprivation_decile  smallint,
  ethnic_group        text,          -- ONS heading: Asian, Black, Mixed, White, Other, Not stated
  birth_month         date,          -- first day of the month of birth, for age bands
  sex                 text,
  disability          text,
  digitally_excluded  boolean,
  data_opt_out        boolean not null default false,
  synthetic           boolean not null default false,
  voided              boolean not null default false
);

-- One row per person, measure and period: a person counts once per measure in a period, however often
-- the thing happens. The equity dimensions are copied in as they were on the day.
create table report_fact (
  id                  bigserial primary key,
  person_id           uuid not null,
  measure             text not null,
  detail              text not null default '',
  period_kind         text not null,   -- MONTH, QUARTER or YEAR (the financial year, from 1 April)
  period_start        date not null,
  occurred_on         date not null,
  organisation_id     uuid,
  district            text,
  place               text,
  ics                 text,
  deprivation_decile  smallint,
  ethnic_group        text,
  age_band            text,
  sex                 text,
  disability          text,
  digital             text,
  data_opt_out        boolean not null,
  aggregated          boolean not null default false,
  unique (person_id, measure, detail, period_kind, period_start)
);

create index report_fact_person_idx on report_fact (person_id);
create index report_fact_pending_idx on report_fact (id) where not aggregated;
create index report_fact_extract_idx on report_fact (period_kind, period_start, measure);

-- The counts the dashboard reads, kept up to date from report_fact by the aggregator in the background.
create table report_count (
  period_kind      text not null,
  period_start     date not null,
  area_level       text not null,   -- NATION, ICS, PLACE, DISTRICT, ORGANISATION
  area_code        text not null,
  measure          text not null,
  detail           text not null,
  dimension        text not null,   -- ALL, DEPRIVATION, ETHNICITY, AGE_BAND, SEX, DISABILITY, DIGITAL
  dimension_value  text not null,
  people           bigint not null,
  primary key (period_kind, period_start, area_level, area_code, measure, detail, dimension, dimension_value)
);

-- People whose record was voided: their facts are taken back out of the counts.
create table report_retraction (
  person_id     uuid primary key,
  requested_at  timestamptz not null
);
