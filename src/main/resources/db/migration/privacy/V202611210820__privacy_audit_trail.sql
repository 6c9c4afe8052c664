-- Module privacy: the audit trail of every read, creation, change, export and deletion of personal data.
-- Entries form a hash chain (each stores the hash of the one before) and the table is append-only:
-- the application has no update or delete path, and the database refuses both as well.

create table privacy.audit_entry (
    sequence               bigint primary key,
    occurred_at            timestamptz not null,
    actor_user_id          uuid,
    actor_username         text not null,
    actor_organisation_id  uuid,
    action                 text not null,
    record_type            text not null,
    record_id              text,
    purpose                text not null,
    previous_hash          char(64) not null,
    entry_hash             char(64) not null
);

create index audit_entry_record on privacy.audit_entry (record_type, record_id);
create index audit_entry_actor on privacy.audit_entry (actor_username, occurred_at);

create function privacy.refuse_audit_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'privacy.audit_entry is append-only: % refused', tg_op;
end;
$$;

create trigger audit_entry_append_only
    before update or delete on privacy.audit_entry
    for each row execute function privacy.refuse_audit_change();

create trigger audit_entry_no_truncate
    before truncate on privacy.audit_entry
    for each statement execute function privacy.refuse_audit_change();
