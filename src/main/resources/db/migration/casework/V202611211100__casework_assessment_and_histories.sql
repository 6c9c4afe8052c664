-- Module casework: the assessment (Situationsanalyse) of a case per life area, and per client the legal domains
-- (Rechtskreise) and the residence status over time as dated periods.

-- One current entry per case and life area; every saved state is kept in assessment_change, so who assessed
-- what and when stays readable after later changes.
create table casework.assessment_entry (
    id            uuid primary key,
    client_case   uuid not null references casework.client_case (id),
    life_area     text not null,
    situation     text,
    need          text not null,
    resources     text,
    notes         text,
    assessed_by   uuid not null,
    assessed_at   timestamptz not null default now(),
    version       integer not null default 0,
    constraint assessment_entry_one_per_area unique (client_case, life_area)
);

create table casework.assessment_change (
    id                bigserial primary key,
    assessment_entry  uuid not null references casework.assessment_entry (id),
    situation         text,
    need              text not null,
    resources         text,
    notes             text,
    changed_by        uuid not null,
    changed_at        timestamptz not null default now()
);

create index assessment_change_entry on casework.assessment_change (assessment_entry, changed_at);

-- valid_to null: ongoing. Dates are inclusive on both ends, as in notices (Bescheide).
create table casework.legal_domain_period (
    id            uuid primary key,
    client_id     uuid not null references casework.client (id),
    domain        text not null,
    valid_from    date not null,
    valid_to      date,
    recorded_by   uuid not null,
    recorded_at   timestamptz not null default now(),
    version       integer not null default 0,
    constraint legal_domain_period_order check (valid_to is null or valid_to >= valid_from)
);

create index legal_domain_period_client on casework.legal_domain_period (client_id, valid_from);

create table casework.residence_period (
    id                    uuid primary key,
    client_id             uuid not null references casework.client (id),
    status                text not null,
    legal_basis           text,
    valid_from            date not null,
    valid_to              date,
    document_valid_until  date,
    recorded_by           uuid not null,
    recorded_at           timestamptz not null default now(),
    version               integer not null default 0,
    constraint residence_period_order check (valid_to is null or valid_to >= valid_from)
);

create index residence_period_client on casework.residence_period (client_id, valid_from);
-- The start page asks for documents expiring soon across the organisation's clients.
create index residence_period_expiry on casework.residence_period (document_valid_until) where valid_to is null;
