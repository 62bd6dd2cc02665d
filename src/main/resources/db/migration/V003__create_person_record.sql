create table person (
  id                   uuid primary key,
  nhs_number           char(10) not null,
  given_name           text not null,
  family_name          text not null,
  date_of_birth        date not null,
  sex                  text,
  gender               text,
  ethnicity            text,               -- ONS 2021 ethnic group code
  postcode             text,
  deprivation_decile   smallint check (deprivation_decile between 1 and 10),
  preferred_language   text,
  interpreter_needed   boolean not null default false,
  communication_needs  text,
  disability           text,
  data_opt_out         boolean not null default false,  -- national data opt-out: secondary use only
  synthetic            boolean not null default false,  -- generated test population, never a real person
  created_at           timestamptz not null,
  created_by           text not null,
  updated_at           timestamptz not null,
  updated_by           text not null,
  voided_at            timestamptz,
  voided_by            text,
  void_reason          text
);

create unique index person_nhs_number_uq on person (nhs_number) where voided_at is null;
create index person_family_name_idx on person (lower(family_name), lower(given_name));

-- About Me (PRSB): every saved version is kept, with who wrote it and when; the latest is current.
create table about_me_version (
  person_id                 uuid not null references person (id),
  version                   integer not null,
  what_matters_to_me        text,
  people_important_to_me    text,
  how_i_communicate         text,
  my_wellness               text,
  please_do_and_dont        text,
  how_and_when_to_support_me text,
  also_worth_knowing        text,
  supported_to_write_by     text,
  written_by                text not null,
  written_by_role           text not null,
  written_by_person         boolean not null,
  written_at                timestamptz not null,
  primary key (person_id, version)
);

create table representative (
  id                   uuid primary key,
  person_id            uuid not null references person (id),
  name                 text not null,
  relationship         text not null,
  contact              text,
  is_carer             boolean not null default false,
  has_legal_authority  boolean not null default false,
  created_at           timestamptz not null,
  created_by           text not null,
  voided_at            timestamptz,
  voided_by            text,
  void_reason          text
);

create index representative_person_idx on representative (person_id);

-- Digital inclusion: each assessment is kept; the latest is current.
create table digital_inclusion (
  id                 uuid primary key,
  person_id          uuid not null references person (id),
  skills             text not null,
  confidence         text not null,
  device_access      text not null,
  internet_access    text not null,
  support_wanted     text,
  assessed_at        timestamptz not null,
  assessed_by        text not null
);

create index digital_inclusion_person_idx on digital_inclusion (person_id, assessed_at desc);
