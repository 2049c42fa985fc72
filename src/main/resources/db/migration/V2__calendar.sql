-- The invite ledger: what each session's calendar invite last said, at which SEQUENCE, to whom.
-- Portable SQL: runs on PostgreSQL and on H2 (the demo database).

create table calendar_invite (
    uid          varchar(255)  primary key,
    sequence     integer       not null,
    summary      varchar(500)  not null,
    description  varchar(4000),
    start_at     timestamp with time zone not null,
    end_at       timestamp with time zone not null,
    meeting_url  varchar(2000),
    status       varchar(20)   not null,
    updated_at   timestamp with time zone not null,
    version      bigint        not null default 0
);

-- Removed attendees stay (status REMOVED), so a cancel of the whole session does not mail them again.
create table calendar_invite_attendee (
    invite_uid      varchar(255) not null references calendar_invite (uid) on delete cascade,
    email           varchar(320) not null,
    person_id       uuid,
    name            varchar(200),
    status          varchar(20)  not null,
    status_sequence integer      not null,
    primary key (invite_uid, email)
);
