-- Offers (Angebote) of the organisations in the network, searched by case managers for a referral and
-- counted against open needs in the service gap view. Offers are public information about services, not
-- personal data; they are deactivated, never deleted, because referrals will point to them.
create extension if not exists pg_trgm;

create table network.offer (
    id                uuid primary key,
    organisation_id   uuid not null references network.organisation (id),
    title             text not null,
    kind              text not null,
    life_areas        text[] not null default '{}',
    languages         text[] not null default '{}',
    target_groups     text[] not null default '{}',
    -- The Kommunen served; empty means the whole district.
    municipality_ids  uuid[] not null default '{}',
    street            text,
    postal_code       text,
    city              text,
    contact_person    text,
    phone             text,
    email             text,
    website           text,
    capacity          integer check (capacity is null or capacity >= 0),
    waiting_weeks     integer check (waiting_weeks is null or waiting_weeks >= 0),
    valid_from        date not null,
    valid_to          date,
    description       text,
    active            boolean not null default true,
    version           integer not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    check (valid_to is null or valid_to >= valid_from)
);

-- Full text in German for words and their inflections, trigrams on the title for misspellings.
create index offer_text on network.offer
    using gin (to_tsvector('german', title || ' ' || coalesce(description, '')));
create index offer_title_trgm on network.offer using gin (title gin_trgm_ops);
create index offer_kind on network.offer (kind);
create index offer_life_areas on network.offer using gin (life_areas);
create index offer_municipalities on network.offer using gin (municipality_ids);
