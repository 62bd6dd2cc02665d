-- Reporting's own de-identified records of budgets and social prescribing referrals, fed by the budget and
-- social prescribing modules' events, from which the statutory extracts are made (never their tables).

-- Each personal health budget (and personal wheelchair budget) from its approval until it is stopped.
create table report_budget (
  budget_id    uuid primary key,
  person_id    uuid not null,
  basis        text not null,     -- CHC, CCC, S117, WHEELCHAIR, EHCP, LOCAL
  mode         text not null,     -- a management mode, or MIXED
  wheelchair   boolean not null,
  approved_on  date not null,
  stopped_on   date
);

create index report_budget_person_idx on report_budget (person_id);
create index report_budget_in_place_idx on report_budget (approved_on, stopped_on);

-- Each referral to social prescribing: dates of the closed loop and the wellbeing change, no free text.
create table report_sp_referral (
  referral_id        uuid primary key,
  person_id          uuid not null,
  source             text not null,
  referred_on        date not null,
  organisation_id    uuid,
  connected_on       date,
  closed_on          date,
  closed_from        text,
  wellbeing_measure  text,
  wellbeing_change   numeric(6, 2)
);

create index report_sp_referral_person_idx on report_sp_referral (person_id);
create index report_sp_referral_referred_idx on report_sp_referral (referred_on);
