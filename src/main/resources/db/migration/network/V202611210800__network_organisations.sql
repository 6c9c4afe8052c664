-- Module network: the Kommunen of the KIM unit and the organisations in its network.

create table network.municipality (
    id          uuid primary key,
    name        text not null unique,
    version     integer not null default 0,
    created_at  timestamptz not null default now()
);

create table network.organisation (
    id               uuid primary key,
    name             text not null,
    type             text not null,
    municipality_id  uuid references network.municipality (id),
    street           text,
    postal_code      text,
    city             text,
    contact_person   text,
    phone            text,
    email            text,
    website          text,
    active           boolean not null default true,
    version          integer not null default 0,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);

create unique index organisation_name_unique on network.organisation (lower(name));
create index organisation_type on network.organisation (type);
