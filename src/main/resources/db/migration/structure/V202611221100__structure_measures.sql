-- Measures (Maßnahmen) that a Lenkungsgruppe decision sets in motion: an owner organisation of the network, a
-- responsible person (a name, often someone without a Lotse account), a status and a start. Progress is not stored:
-- it is computed from the milestones' weights, so it can never disagree with them.
create table structure.measure (
    id                    uuid primary key,
    decision_id           uuid not null references structure.decision (id),
    title                 text not null,
    description           text not null default '',
    -- network.organisation; referenced by id only, like every cross-module reference
    owner_organisation_id uuid not null,
    responsible_person    text not null,
    status                text not null default 'PLANNED'
                              check (status in ('PLANNED', 'RUNNING', 'DELAYED', 'IMPLEMENTED', 'DISCARDED')),
    started_on            date,
    created_by            uuid not null,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    version               integer not null default 0
);

create index measure_decision_idx on structure.measure (decision_id);
create index measure_status_idx on structure.measure (status);

create table structure.milestone (
    id         uuid primary key,
    measure_id uuid not null references structure.measure (id),
    title      text not null,
    due_on     date not null,
    weight     integer not null default 1 check (weight > 0),
    done_on    date,
    created_at timestamptz not null default now(),
    version    integer not null default 0
);

create index milestone_measure_idx on structure.milestone (measure_id, due_on);
-- The start page asks for open milestones past their date across all measures.
create index milestone_open_due_idx on structure.milestone (due_on) where done_on is null;

-- Every change of a measure or one of its milestones: who, when, which field, from what to what. Values are kept
-- as text in a stable form (codes, ISO dates, ids) and rendered by the page, so they read right in every language.
create table structure.measure_change (
    id              bigserial primary key,
    measure_id      uuid not null references structure.measure (id),
    milestone_id    uuid references structure.milestone (id),
    field           text not null,
    old_value       text,
    new_value       text,
    changed_by      uuid not null,
    changed_by_name text not null,
    changed_at      timestamptz not null default now()
);

create index measure_change_measure_idx on structure.measure_change (measure_id, changed_at);

-- News about a measure names the measure besides the topic.
alter table structure.notification add column subject text;
