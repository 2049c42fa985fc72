-- Each person's private calendar feed (/calendar/{token}.ics). The token itself is not stored: it is
-- derived from the salt under mentra.calendar.feed-key, so the URL can be shown again; the hash finds
-- the person when a calendar client fetches it. Rotating replaces both. Portable SQL (PostgreSQL, H2).
create table calendar_feed_token (
    person_id   uuid         primary key references person (id) on delete cascade,
    salt        varchar(64)  not null,
    token_hash  varchar(64)  not null,
    created_at  timestamp with time zone not null,
    version     bigint       not null default 0
);

create unique index calendar_feed_token_hash on calendar_feed_token (token_hash);
