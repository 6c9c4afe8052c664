-- Module casework: findings (Hürden) recorded on a case. The description is free of personal data (checked before
-- storing). A finding reaches structural work as FindingRaised; it carries the case's pseudonymous reference only
-- when the client consented to the anonymised use of findings, otherwise nothing that leads back to the case.

create table casework.case_reference (
    client_case  uuid primary key references casework.client_case (id) on delete cascade,
    reference    uuid not null unique
);

create table casework.finding (
    id                      uuid primary key,
    client_case             uuid not null references casework.client_case (id) on delete cascade,
    organisation_id         uuid not null references network.organisation (id),
    life_area               text not null,
    barrier_category        text not null references network.barrier_category (code),
    organisations_involved  uuid[] not null default '{}',
    municipality_id         uuid references network.municipality (id),
    description             text not null,
    -- whether the published event carried the case reference (consent to anonymised use at the time)
    with_case_reference     boolean not null,
    raised_by               uuid not null,
    raised_at               timestamptz not null default now()
);

create index finding_case on casework.finding (client_case, raised_at);
