-- Module privacy: the consent ledger. A consent is bound to a purpose, named recipients and data categories;
-- revocation ends it at once and is itself recorded. Nothing is deleted or overwritten here: a revoked or
-- expired consent stays as the record of what was permitted when.

create table privacy.consent (
    id                 uuid primary key,
    controller_id      uuid not null,
    subject_type       text not null,
    subject_id         uuid not null,
    purpose            text not null,
    given_on           date not null,
    form               text not null,
    interpreter_name   text,
    expires_on         date,
    revoked_on         date,
    revocation_note    text,
    recorded_by        uuid,
    recorded_at        timestamptz not null default now(),
    revoked_by         uuid,
    version            integer not null default 0,
    constraint consent_interpreter_named check (form <> 'INTERPRETER_PRESENT' or interpreter_name is not null),
    constraint consent_expiry_after_given check (expires_on is null or expires_on >= given_on),
    constraint consent_revoked_after_given check (revoked_on is null or revoked_on >= given_on)
);

create index consent_subject on privacy.consent (subject_type, subject_id);

create table privacy.consent_recipient (
    consent          uuid not null references privacy.consent (id),
    organisation_id  uuid not null,
    primary key (consent, organisation_id)
);

create table privacy.consent_data_category (
    consent   uuid not null references privacy.consent (id),
    category  text not null,
    primary key (consent, category)
);
