-- The KI's pool of lay interpreters (Sprachmittler:innen) and their bookings. Interpreters' data are
-- personal data of the interpreters: only what booking needs is kept (name, languages, Kommunen,
-- availability, one way to reach them); no address, no birth date, no qualifications.
create table network.interpreter (
    id                uuid primary key,
    name              text not null,
    languages         text[] not null default '{}',
    municipality_ids  uuid[] not null default '{}',
    availability      text,
    phone             text,
    email             text,
    active            boolean not null default true,
    version           integer not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);

create index interpreter_languages on network.interpreter using gin (languages);

create table network.interpreter_booking (
    id                  uuid primary key,
    interpreter_id      uuid not null references network.interpreter (id),
    starts_at           timestamptz not null,
    language            text not null,
    municipality_id     uuid not null references network.municipality (id),
    purpose             text not null,
    booked_by           uuid not null,
    booked_by_organisation uuid not null,
    -- An appointment of casework, when the booking belongs to one; a plain reference, no foreign key,
    -- because network sits below casework.
    appointment_id      uuid,
    status              text not null,
    no_legal_consequences_confirmed boolean not null check (no_legal_consequences_confirmed),
    version             integer not null default 0,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);

create index interpreter_booking_interpreter on network.interpreter_booking (interpreter_id, starts_at);
create index interpreter_booking_booked_by on network.interpreter_booking (booked_by, starts_at);
