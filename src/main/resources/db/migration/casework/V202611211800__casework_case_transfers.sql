-- Module casework: transfers (Fallübergaben) of a case to another case manager of the organisation or to another
-- organisation. A transfer is proposed with a note and waits for the receiver; only one may be open per case.
-- The row keeps who proposed and who decided, so the way a case took stays on record after it has moved.

create table casework.case_transfer (
    id                    uuid primary key,
    client_case           uuid not null references casework.client_case (id) on delete cascade,
    from_organisation_id  uuid not null references network.organisation (id),
    from_case_manager_id  uuid not null,
    to_organisation_id    uuid not null references network.organisation (id),
    -- named for a transfer within the organisation; for another organisation whoever accepts takes the case
    to_case_manager_id    uuid,
    note                  text not null,
    status                text not null,
    proposed_by           uuid not null,
    proposed_at           timestamptz not null default now(),
    decided_by            uuid,
    decided_at            timestamptz,
    decline_reason        text,
    -- the receiving organisation's copy of the client, when the case went to another organisation
    copied_client_id      uuid references casework.client (id),
    version               integer not null default 0,
    constraint case_transfer_receiver check (
        (to_organisation_id = from_organisation_id) = (to_case_manager_id is not null)),
    constraint case_transfer_declined_with_reason check (status <> 'DECLINED' or decline_reason is not null)
);

create unique index case_transfer_one_open on casework.case_transfer (client_case) where status = 'PENDING';
create index case_transfer_open_to_organisation on casework.case_transfer (to_organisation_id) where status = 'PENDING';
create index case_transfer_open_from_organisation on casework.case_transfer (from_organisation_id) where status = 'PENDING';
create index case_transfer_case on casework.case_transfer (client_case, proposed_at);
