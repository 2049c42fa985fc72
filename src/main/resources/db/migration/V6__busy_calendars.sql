-- A person's own calendar feed (Google, Outlook, Calendly), read for their busy times. The URL is a
-- secret: stored sealed with AES-GCM under mentra.calendar.feed-key; only its scheme and host are kept
-- in the clear, to show which calendar is connected.
create table busy_calendar (
    person_id     uuid           primary key references person (id) on delete cascade,
    sealed_url    varchar(4000)  not null,
    shown_as      varchar(300)   not null,
    connected_at  timestamp with time zone not null,
    version       bigint         not null default 0
);
