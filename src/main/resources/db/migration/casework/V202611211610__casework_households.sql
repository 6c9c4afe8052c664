-- Module casework: households (people living together, Haushalt/Bedarfsgemeinschaft), family links between
-- clients, cases for a whole household, and merged client records.

create table casework.household (
    id               uuid primary key,
    organisation_id  uuid not null references network.organisation (id),
    version          integer not null default 0,
    created_at       timestamptz not null default now()
);

-- A person lives in at most one household at a time.
create table casework.household_member (
    client_id     uuid primary key references casework.client (id),
    household_id  uuid not null references casework.household (id) on delete cascade,
    joined_at     timestamptz not null default now()
);

create index household_member_household on casework.household_member (household_id);

-- relation: what the relative is to the client (SPOUSE, PARENT, CHILD, SIBLING, OTHER_RELATIVE); stored once per pair.
create table casework.family_link (
    client_id    uuid not null references casework.client (id),
    relative_id  uuid not null references casework.client (id),
    relation     text not null,
    created_at   timestamptz not null default now(),
    primary key (client_id, relative_id),
    check (client_id <> relative_id)
);

create index family_link_relative on casework.family_link (relative_id);

-- A case opened for the whole household of its client.
create table casework.household_case (
    client_case   uuid primary key references casework.client_case (id) on delete cascade,
    household_id  uuid not null references casework.household (id)
);

-- A record merged into another one stays (audit entries and old links point to it) but is no longer found.
create table casework.client_merge (
    merged_id   uuid primary key references casework.client (id),
    kept_id     uuid not null references casework.client (id),
    merged_by   uuid not null,
    merged_at   timestamptz not null default now()
);
