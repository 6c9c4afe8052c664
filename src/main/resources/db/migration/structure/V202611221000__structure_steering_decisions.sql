-- The Lenkungsgruppe's meetings and the decisions (Beschlüsse) they record. A decision is numbered per year
-- (LG-2026-07) and answers a topic, usually through a group's proposal; it is a consensus or postponed with a
-- reason. Measures (structure.measure) follow from decisions.
create table structure.steering_meeting (
    id        uuid primary key,
    held_on   date not null,
    starts_at time not null default '14:00',
    ends_at   time not null default '16:00',
    place     text not null default '',
    minutes   text not null default '',
    version   integer not null default 0
);

create index steering_meeting_held_on_idx on structure.steering_meeting (held_on);

create table structure.decision (
    id                  uuid primary key,
    meeting_id          uuid not null references structure.steering_meeting (id),
    year                integer not null,
    sequence            integer not null,
    number              text not null generated always as ('LG-' || year::text || '-' || lpad(sequence::text, 2, '0')) stored,
    topic_id            uuid not null references structure.topic (id),
    proposal_id         uuid references structure.proposal (id),
    wording             text not null,
    outcome             text not null check (outcome in ('CONSENSUS', 'POSTPONED')),
    postponement_reason text,
    recorded_by         uuid not null,
    recorded_at         timestamptz not null default now(),
    unique (year, sequence),
    check (outcome = 'CONSENSUS' or coalesce(btrim(postponement_reason), '') <> '')
);

create index decision_meeting_idx on structure.decision (meeting_id);
create index decision_topic_idx on structure.decision (topic_id);
