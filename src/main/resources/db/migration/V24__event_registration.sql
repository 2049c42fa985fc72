-- Registrations for group events (the event-registration process keeps one per person and event),
-- the code of conduct each person accepted, and when a group event was published (its priority window) with its meeting room.

create table event_registration (
    id             uuid primary key,
    event_id       uuid        not null references event (id) on delete cascade,
    person_id      uuid        not null references person (id),
    status         varchar(20) not null,
    -- Arrival order within the event, given under the event's row lock: the waitlist's tie-breaker.
    arrival        integer     not null,
    -- A premium plan registering within the priority window: first on the waitlist.
    priority       boolean     not null,
    offered_until  timestamp with time zone,
    registered_at  timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    version        bigint      not null default 0,
    constraint uq_event_registration unique (event_id, person_id),
    constraint uq_event_registration_arrival unique (event_id, arrival)
);
create index ix_event_registration_status on event_registration (event_id, status);

create table code_of_conduct_acceptance (
    person_id    uuid primary key references person (id),
    version_name varchar(40) not null,
    accepted_at  timestamp with time zone not null,
    version      bigint      not null default 0
);

-- meeting_url: the room of a virtual or hybrid event, which its join links open.
create table group_event_publication (
    event_id     uuid primary key references event (id) on delete cascade,
    published_at timestamp with time zone not null,
    meeting_url  varchar(500),
    version      bigint      not null default 0
);
