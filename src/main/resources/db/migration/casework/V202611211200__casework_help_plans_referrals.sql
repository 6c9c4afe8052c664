-- Module casework: help plans (Hilfepläne) with goals per life area and their steps, every version of a plan
-- kept as a readable snapshot; referrals (Vermittlungen) to organisations of the network with the history of
-- their outcomes; the closure date of a case.

alter table casework.client_case add column closed_on date;
alter table casework.case_status_change add column closed_on date;

-- One plan per case. "number" counts the plan versions; "version" is the optimistic lock of concurrent edits.
create table casework.help_plan (
    id              uuid primary key,
    client_case     uuid not null unique references casework.client_case (id),
    number          integer not null,
    version         integer not null default 0,
    updated_at      timestamptz not null default now()
);

create table casework.goal (
    id              uuid primary key,
    help_plan       uuid not null references casework.help_plan (id),
    life_area       text not null,
    wording         text not null,
    agreed_on       date not null,
    outcome         text,
    outcome_reason  text,
    ended_on        date,
    -- clock time, not transaction time: goals and steps are listed in the order they were added
    created_at      timestamptz not null default clock_timestamp(),
    constraint goal_reason_when_not_reached check (outcome is null or outcome not in ('NOT_REACHED', 'DROPPED') or outcome_reason is not null)
);

create index goal_plan on casework.goal (help_plan, created_at);

create table casework.step (
    id              uuid primary key,
    goal            uuid not null references casework.goal (id),
    what            text not null,
    actor           text not null,
    organisation_id uuid references network.organisation (id),
    due_on          date,
    status          text not null,
    created_at      timestamptz not null default clock_timestamp(),
    constraint step_organisation_named check ((actor = 'ORGANISATION') = (organisation_id is not null))
);

create index step_goal on casework.step (goal, created_at);

-- What the plan looked like after each change, as the case page showed it; never changed afterwards.
create table casework.plan_version (
    help_plan       uuid not null references casework.help_plan (id),
    number          integer not null,
    change          text not null,
    snapshot        jsonb not null,
    author_id       uuid not null,
    author_name     text not null,
    created_at      timestamptz not null default now(),
    primary key (help_plan, number)
);

create table casework.referral (
    id              uuid primary key,
    client_case     uuid not null references casework.client_case (id),
    organisation_id uuid not null references network.organisation (id),
    -- an offer of the network module; no foreign key, offers are that module's own tables
    offer_id        uuid,
    purpose         text not null,
    referred_on     date not null,
    outcome         text,
    expected_on     date,
    outcome_reason  text,
    outcome_on      date,
    version         integer not null default 0,
    created_by      uuid not null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);

create index referral_case on casework.referral (client_case, referred_on);
create index referral_open on casework.referral (outcome, expected_on, referred_on);

create table casework.referral_outcome (
    id              bigserial primary key,
    referral        uuid not null references casework.referral (id),
    outcome         text not null,
    expected_on     date,
    reason          text,
    recorded_on     date not null,
    recorded_by     uuid not null,
    recorded_at     timestamptz not null default now()
);

create index referral_outcome_referral on casework.referral_outcome (referral, recorded_at);
