-- The Lenkungsgruppe itself: the functions it is made of (configurable, seeded with the KIM concept's list), the
-- seats that fill them with a member and a deputy, and, for its meetings, the agenda, who attended and the link of
-- a decision to the agenda item it was taken on.

-- A function of the Lenkungsgruppe ("Leitung Jobcenter"). Coordination adds, renames, reorders and deactivates
-- them; one of them is the chair. Deactivated functions keep their history but take no part in new meetings.
create table structure.steering_function (
    id       uuid primary key,
    name     text not null,
    position integer not null,
    chair    boolean not null default false,
    active   boolean not null default true,
    version  integer not null default 0
);

create unique index steering_function_name_idx on structure.steering_function (lower(name));
create unique index steering_function_chair_idx on structure.steering_function (chair) where chair;

insert into structure.steering_function (id, name, position, chair) values
    (gen_random_uuid(), 'Kreisdirektor:in', 1, true),
    (gen_random_uuid(), 'Leitung Sozialamt', 2, false),
    (gen_random_uuid(), 'Leitung Jugendamt', 3, false),
    (gen_random_uuid(), 'Leitung Gesundheitsamt', 4, false),
    (gen_random_uuid(), 'Leitung Ausländerbehörde', 5, false),
    (gen_random_uuid(), 'Leitung Jobcenter', 6, false),
    (gen_random_uuid(), 'Leitung Agentur für Arbeit', 7, false),
    (gen_random_uuid(), 'Bürgermeister:in oder Sozialdezernent:in einer Kommune', 8, false),
    (gen_random_uuid(), 'Sprecher:in der Freien Wohlfahrtspflege', 9, false),
    (gen_random_uuid(), 'Regionalkoordination des BAMF', 10, false),
    (gen_random_uuid(), 'Leitung Kommunales Integrationszentrum', 11, false);

-- A seat: who holds a function and who stands in for them. A function may have several seats (three mayors, say).
-- The organisation is one of the network's or, for bodies outside it (the Kreis itself, the BAMF), free text.
-- A member may be a Lotse user (most are not): the user id is the link, the user name is kept to show it in the form
-- again. Names of these office holders are working information, not client data.
create table structure.steering_seat (
    id                     uuid primary key,
    function_id            uuid not null references structure.steering_function (id),
    member_name            text not null,
    member_organisation_id uuid,
    member_organisation    text not null default '',
    member_user_id         uuid,
    member_username        text,
    deputy_name            text not null default '',
    deputy_organisation_id uuid,
    deputy_organisation    text not null default '',
    deputy_user_id         uuid,
    deputy_username        text,
    created_at             timestamptz not null default now(),
    -- A seat given up is kept (past attendance points to it) but no longer listed or invited.
    removed_at             timestamptz,
    version                integer not null default 0
);

create index steering_seat_function_idx on structure.steering_seat (function_id);

alter table structure.steering_meeting
    add column status     text not null default 'PLANNED' check (status in ('PLANNED', 'HELD')),
    add column guests     text not null default '',
    add column created_at timestamptz not null default now(),
    add column updated_at timestamptz not null default now();

-- An item of a meeting's agenda: a topic, usually with the proposal put before the Lenkungsgruppe, or a free item
-- ("Bericht der Koordination"). Decisions are taken on topic items only.
create table structure.steering_agenda_item (
    id          uuid primary key,
    meeting_id  uuid not null references structure.steering_meeting (id),
    position    integer not null,
    topic_id    uuid references structure.topic (id),
    proposal_id uuid references structure.proposal (id),
    title       text not null default '',
    created_at  timestamptz not null default now(),
    check (topic_id is not null or btrim(title) <> ''),
    check (proposal_id is null or topic_id is not null)
);

create index steering_agenda_item_meeting_idx on structure.steering_agenda_item (meeting_id, position);
create unique index steering_agenda_item_once_idx on structure.steering_agenda_item (meeting_id, topic_id, proposal_id)
    nulls not distinct where topic_id is not null;

-- Who attended, as it was on the day: names are copied, because seats change hands and minutes must not.
create table structure.steering_attendance (
    meeting_id   uuid not null references structure.steering_meeting (id),
    seat_id      uuid not null references structure.steering_seat (id),
    function     text not null,
    name         text not null,
    organisation text not null default '',
    presence     text not null check (presence in ('MEMBER', 'DEPUTY', 'ABSENT')),
    primary key (meeting_id, seat_id)
);

-- One decision per agenda item; decisions recorded without one (imported, say) keep it empty.
alter table structure.decision add column agenda_item_id uuid references structure.steering_agenda_item (id);
create unique index decision_agenda_item_idx on structure.decision (agenda_item_id);
