-- Module casework: cases (Fälle). One episode of case management for a client, owned by an organisation,
-- with its intake and its lifecycle; every status change is kept.

create table casework.client_case (
    id                   uuid primary key,
    client_id            uuid not null references casework.client (id),
    organisation_id      uuid not null references network.organisation (id),
    case_manager_id      uuid not null,
    intake_channel       text not null,
    intake_date          date not null,
    first_concern        text not null,
    status               text not null,
    closure_reason       text,
    version              integer not null default 0,
    opened_at            timestamptz not null default now(),
    updated_at           timestamptz not null default now()
);

create index client_case_client on casework.client_case (client_id);
create index client_case_manager on casework.client_case (organisation_id, case_manager_id, status);

create table casework.case_status_change (
    id            bigserial primary key,
    client_case   uuid not null references casework.client_case (id),
    from_status   text,
    to_status     text not null,
    reason        text,
    changed_by    uuid not null,
    changed_at    timestamptz not null default now()
);

create index case_status_change_case on casework.case_status_change (client_case, changed_at);
