-- Findings (Hürden): where integration got stuck, free of personal data. They arrive as FindingRaised events
-- from casework (with a pseudonymous case reference) or through the Meldebogen from any signed-in user.
-- The finding id is the key, so an event delivered twice is stored once.
create table structure.finding (
    id                     uuid primary key,
    source                 text not null check (source in ('CASE', 'REPORT')),
    case_reference         uuid,
    life_area              text not null,
    barrier_category       text not null,
    organisation_ids       uuid[] not null default '{}',
    municipality_id        uuid,
    description            text not null,
    contact                text,
    raised_by              uuid not null,
    raised_by_organisation uuid not null,
    raised_at              timestamptz not null,
    received_at            timestamptz not null default now(),
    status                 text not null default 'NEW',
    topic_id               uuid,
    answer                 text,
    answered_at            timestamptz,
    version                integer not null default 0,
    search                 tsvector generated always as (to_tsvector('german', description)) stored
);

create index finding_raised_by_idx on structure.finding (raised_by, raised_at desc);
create index finding_status_idx on structure.finding (status, raised_at);
create index finding_topic_idx on structure.finding (topic_id);
create index finding_search_idx on structure.finding using gin (search);

-- What a reporter is told in the application when the status of one of their findings changes.
create table structure.notification (
    id          uuid primary key,
    recipient   uuid not null,
    finding_id  uuid not null references structure.finding (id),
    message_key text not null,
    topic_title text,
    status      text,
    created_at  timestamptz not null default now(),
    read_at     timestamptz
);

create index notification_recipient_idx on structure.notification (recipient, created_at desc);
