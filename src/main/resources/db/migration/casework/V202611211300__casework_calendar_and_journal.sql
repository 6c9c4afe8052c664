-- Module casework: appointments and deadlines per case, and the case journal (contacts, notes, documents).
-- Everything hangs off the case with ON DELETE CASCADE, so erasing a case erases its calendar, journal and files.

create table casework.appointment (
    id                    uuid primary key,
    client_case           uuid not null references casework.client_case (id) on delete cascade,
    starts_at             timestamptz not null,
    ends_at               timestamptz not null,
    place                 text,
    participants          text,
    interpreter_needed    boolean not null default false,
    interpreter_language  text,
    notes                 text,
    version               integer not null default 0,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    constraint appointment_ends_after_start check (ends_at > starts_at)
);

create index appointment_case_start on casework.appointment (client_case, starts_at);
create index appointment_start on casework.appointment (starts_at);

create table casework.deadline (
    id           uuid primary key,
    client_case  uuid not null references casework.client_case (id) on delete cascade,
    kind         text not null,
    due_on       date not null,
    description  text not null,
    done_on      date,
    version      integer not null default 0,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);

create index deadline_case_due on casework.deadline (client_case, due_on);
create index deadline_open_due on casework.deadline (due_on) where done_on is null;

create table casework.journal_entry (
    id           uuid primary key,
    client_case  uuid not null references casework.client_case (id) on delete cascade,
    kind         text not null,
    occurred_at  timestamptz not null,
    summary      text not null,
    written_by   uuid not null,
    version      integer not null default 0,
    created_at   timestamptz not null default now()
);

create index journal_entry_case_time on casework.journal_entry (client_case, occurred_at desc);

-- Documents are kept in the database, beside the case they belong to, so backups, erasure and access rules
-- cover them without a second store. The type is the one detected from the content at upload.
create table casework.journal_document (
    id             uuid primary key,
    journal_entry  uuid not null references casework.journal_entry (id) on delete cascade,
    client_case    uuid not null references casework.client_case (id) on delete cascade,
    file_name      text not null,
    content_type   text not null,
    size_bytes     integer not null,
    content        bytea not null,
    uploaded_by    uuid not null,
    uploaded_at    timestamptz not null default now()
);

create index journal_document_entry on casework.journal_document (journal_entry);
create index journal_document_case on casework.journal_document (client_case);
