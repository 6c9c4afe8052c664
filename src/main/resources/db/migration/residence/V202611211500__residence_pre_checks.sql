-- Saved pre-checks, the latest facts per client, the daily screening and hand-offs to the ABH/EBH.
--
-- Clients and cases are casework's tables. Residence keeps their ids (and the owning organisation) without
-- foreign keys into casework: a module owns its tables, casework must not depend on residence (a cascade or a
-- failing delete in casework because of residence rows would be such a dependency), and the screening can be
-- loaded and measured with generated client ids. Erasing a client in casework must therefore also erase the
-- rows here by client id (the retention run of privacy will call each module).

-- A pre-check saved to a case: the facts and the result exactly as computed, with the engine version and
-- (per basis, below) the law version applied, so that it can be reproduced later.
create table residence.saved_pre_check (
    id              uuid primary key,
    case_id         uuid not null,
    client_id       uuid not null,
    organisation_id uuid not null,
    as_of           date not null,
    engine_version  text not null,
    request         jsonb not null,
    result          jsonb not null,
    saved_by        uuid not null,
    saved_by_name   text not null,
    saved_at        timestamptz not null default now()
);
create index saved_pre_check_case on residence.saved_pre_check (case_id, saved_at desc);
create index saved_pre_check_client on residence.saved_pre_check (client_id, saved_at desc);

create table residence.saved_pre_check_basis (
    pre_check      uuid not null references residence.saved_pre_check (id) on delete cascade,
    position       int not null,
    legal_basis    text not null,
    law_version_id text not null,
    outcome        text not null,
    earliest_date  date,
    primary key (pre_check, legal_basis)
);

-- The latest saved facts per client: what the screening evaluates every night.
create table residence.client_facts (
    client_id       uuid primary key,
    organisation_id uuid not null,
    facts           jsonb not null,
    pre_check_id    uuid,
    updated_at      timestamptz not null default now(),
    version         int not null default 0
);
create index client_facts_organisation on residence.client_facts (organisation_id);

-- The screening: per client and basis the outcome on computed_on and the earliest date. Only rows that can
-- appear in a list are kept (met, met later within ten years, or undetermined); "never" is left out.
create table residence.screening_result (
    client_id       uuid not null,
    organisation_id uuid not null,
    legal_basis     text not null,
    outcome         text not null,
    earliest_date   date,
    missing_facts   text[] not null,
    law_version_id  text not null,
    computed_on     date not null,
    primary key (client_id, legal_basis)
);
create index screening_result_organisation on residence.screening_result (organisation_id, earliest_date);

-- A saved pre-check shared with the ABH/EBH under the client's consent: a snapshot of what was shared.
create table residence.hand_off (
    id                   uuid primary key,
    pre_check_id         uuid not null references residence.saved_pre_check (id),
    client_id            uuid not null,
    from_organisation_id uuid not null,
    to_organisation_id   uuid not null,
    family_name          text not null,
    given_names          text not null,
    birth_date           date,
    request              jsonb not null,
    result               jsonb not null,
    shared_by            uuid not null,
    shared_by_name       text not null,
    shared_at            timestamptz not null default now(),
    status               text not null,
    status_on            date,
    version              int not null default 0
);
create index hand_off_recipient on residence.hand_off (to_organisation_id, shared_at desc);
create index hand_off_pre_check on residence.hand_off (pre_check_id);

-- Every step the ABH records (application, decision), never overwritten.
create table residence.hand_off_event (
    id          bigserial primary key,
    hand_off    uuid not null references residence.hand_off (id),
    status      text not null,
    happened_on date not null,
    note        text,
    recorded_by uuid not null,
    recorded_by_name text not null,
    recorded_at timestamptz not null default now()
);
create index hand_off_event_hand_off on residence.hand_off_event (hand_off, id);
