-- Working groups (standing, on a field) and project groups (temporary, for one topic): members, meetings with
-- agenda and minutes, tasks, and the proposals (Lösungsvorschläge) they bring to the Lenkungsgruppe.
create table structure.work_group (
    id          uuid primary key,
    name        text not null,
    kind        text not null check (kind in ('WORKING', 'PROJECT')),
    topic_id    uuid references structure.topic (id),
    description text not null default '',
    created_at  timestamptz not null default now(),
    version     integer not null default 0
);

-- A member is a user of Lotse or someone outside it, known by name and organisation only.
create table structure.group_member (
    id                    uuid primary key,
    group_id              uuid not null references structure.work_group (id),
    user_id               uuid,
    name                  text not null,
    organisation          text not null default '',
    added_at              timestamptz not null default now()
);

create index group_member_group_idx on structure.group_member (group_id);

create table structure.meeting (
    id        uuid primary key,
    group_id  uuid not null references structure.work_group (id),
    held_on   date not null,
    agenda    text not null,
    minutes   text not null default '',
    version   integer not null default 0
);

create index meeting_group_idx on structure.meeting (group_id, held_on);

create table structure.group_task (
    id        uuid primary key,
    group_id  uuid not null references structure.work_group (id),
    title     text not null,
    owner_id  uuid references structure.group_member (id),
    due_on    date,
    done      boolean not null default false,
    version   integer not null default 0
);

create index group_task_group_idx on structure.group_task (group_id, due_on);

create table structure.proposal (
    id                           uuid primary key,
    group_id                     uuid not null references structure.work_group (id),
    topic_id                     uuid not null references structure.topic (id),
    wording                      text not null,
    expected_effect              text not null default '',
    cost                         text not null default '',
    responsible_organisation_ids uuid[] not null default '{}',
    status                       text not null default 'DRAFT',
    created_at                   timestamptz not null default now(),
    version                      integer not null default 0
);

create index proposal_topic_idx on structure.proposal (topic_id);
