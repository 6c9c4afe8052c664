-- Spring Modulith's JDBC event publication registry (transactional outbox): an event between modules is
-- stored in the same transaction as the change that raised it and marked complete once its listener has
-- handled it; incomplete publications are delivered again after a restart. Layout as in
-- spring-modulith-events-jdbc 2.1.1 (schemas/v2/schema-postgresql.sql); created here so Flyway owns it.
create table platform.event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);

create index event_publication_serialized_event_hash_idx on platform.event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on platform.event_publication (completion_date);
