-- The topic backlog (Themenspeicher): structural topics gathered from findings. The search vector and the
-- trigram index let coordination find related topics for a new finding, best first.
create table structure.topic (
    id                 uuid primary key,
    title              text not null,
    description        text not null default '',
    life_areas         text[] not null default '{}',
    barrier_categories text[] not null default '{}',
    municipality_ids   uuid[] not null default '{}',
    status             text not null default 'COLLECTED',
    priority           text,
    created_by         uuid not null,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    version            integer not null default 0,
    search             tsvector generated always as (to_tsvector('german', title || ' ' || description)) stored
);

create index topic_search_idx on structure.topic using gin (search);
create index topic_text_trgm_idx on structure.topic using gin ((title || ' ' || description) gin_trgm_ops);
create index topic_status_idx on structure.topic (status);

create table structure.topic_status_change (
    id          bigserial primary key,
    topic_id    uuid not null references structure.topic (id),
    from_status text,
    to_status   text not null,
    changed_by  uuid not null,
    changed_at  timestamptz not null default now()
);

create index topic_status_change_topic_idx on structure.topic_status_change (topic_id, changed_at);

alter table structure.finding add constraint finding_topic_fk foreign key (topic_id) references structure.topic (id);
