-- Module casework: clients (Klient:innen). Names are kept as written, in Latin and in the original script,
-- beside keys for search-before-create: folded Latin names for trigram similarity and Daitch-Mokotoff
-- Soundex codes for spellings that sound alike (Mohammed / Muhammad, Oleksandr / Aleksandr).

create extension if not exists pg_trgm;

create table casework.client (
    id                     uuid primary key,
    organisation_id        uuid not null references network.organisation (id),
    family_name            text not null,
    given_names            text not null,
    family_name_original   text,
    given_names_original   text,
    other_spellings        text,
    birth_date             date,
    birth_year             integer,
    gender                 text,
    nationalities          text,
    languages              text,
    interpreter_needed     boolean,
    phone                  text,
    email                  text,
    street                 text,
    postal_code            text,
    municipality_id        uuid references network.municipality (id),
    family_key             text not null,
    given_key              text not null,
    family_codes           text[] not null,
    given_codes            text[] not null,
    version                integer not null default 0,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    constraint client_birth_year_fits_date check (birth_date is null or birth_year = extract(year from birth_date))
);

create index client_organisation_year on casework.client (organisation_id, birth_year);
create index client_family_key_trgm on casework.client using gin (family_key gin_trgm_ops);
create index client_given_key_trgm on casework.client using gin (given_key gin_trgm_ops);
create index client_family_codes on casework.client using gin (family_codes);
create index client_given_codes on casework.client using gin (given_codes);
