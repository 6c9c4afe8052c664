-- Module accounts: users, their roles, sign-in attempts for throttling, and HTTP sessions.

create table accounts.user_account (
    id                        uuid primary key,
    username                  text not null,
    display_name              text not null,
    email                     text,
    organisation_id           uuid not null references network.organisation (id),
    password_hash             text not null,
    password_change_required  boolean not null default false,
    locked                    boolean not null default false,
    version                   integer not null default 0,
    created_at                timestamptz not null default now(),
    updated_at                timestamptz not null default now()
);

create unique index user_account_username_unique on accounts.user_account (lower(username));

create table accounts.user_role (
    user_account  uuid not null references accounts.user_account (id) on delete cascade,
    role          text not null,
    primary key (user_account, role)
);

-- Sign-in attempts, failed and successful, for throttling per account and per client address.
-- Usernames are stored as typed (lower-cased) so that unknown accounts are throttled exactly like known ones.
create table accounts.sign_in_attempt (
    id              bigserial primary key,
    username        text not null,
    client_address  text not null,
    succeeded       boolean not null,
    attempted_at    timestamptz not null default now()
);

create index sign_in_attempt_username on accounts.sign_in_attempt (username, attempted_at);
create index sign_in_attempt_address on accounts.sign_in_attempt (client_address, attempted_at);

-- Spring Session JDBC (schema of spring-session-jdbc 4.1, in this module's schema).
create table accounts.http_session (
    primary_id             char(36) not null,
    session_id             char(36) not null,
    creation_time          bigint not null,
    last_access_time       bigint not null,
    max_inactive_interval  int not null,
    expiry_time            bigint not null,
    principal_name         varchar(100),
    constraint http_session_pk primary key (primary_id)
);

create unique index http_session_ix1 on accounts.http_session (session_id);
create index http_session_ix2 on accounts.http_session (expiry_time);
create index http_session_ix3 on accounts.http_session (principal_name);

create table accounts.http_session_attributes (
    session_primary_id  char(36) not null,
    attribute_name      varchar(200) not null,
    attribute_bytes     bytea not null,
    constraint http_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint http_session_attributes_fk foreign key (session_primary_id)
        references accounts.http_session (primary_id) on delete cascade
);
