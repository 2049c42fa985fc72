-- Paired support: counselors' availability, patients' registrations, the chats (pairs), feedback,
-- explicit compatibility scores and blocked pairs. Portable SQL (PostgreSQL and H2).

-- A counselor's availability for one event: windows inside the event and the slot length they chose.
create table counselor_availability (
    id           uuid primary key,
    event_id     uuid        not null references event (id),
    counselor_id uuid        not null references person (id),
    slot_minutes integer     not null,
    updated_at   timestamp with time zone not null,
    version      bigint      not null default 0,
    constraint uq_counselor_availability unique (event_id, counselor_id)
);

create table counselor_availability_window (
    availability_id uuid not null references counselor_availability (id) on delete cascade,
    starts_at       timestamp with time zone not null,
    ends_at         timestamp with time zone not null
);
create index ix_counselor_availability_window on counselor_availability_window (availability_id);

-- A patient's sign-up for one event, with the windows they can make and their stated preferences.
create table support_registration (
    id                     uuid primary key,
    event_id               uuid          not null references event (id),
    patient_id             uuid          not null references person (id),
    status                 varchar(20)   not null,
    preferred_counselor_id uuid references person (id),
    preferences            varchar(4000) not null,
    waiting_since          timestamp with time zone,
    created_at             timestamp with time zone not null,
    version                bigint        not null default 0,
    constraint uq_support_registration unique (event_id, patient_id)
);
create index ix_support_registration_event on support_registration (event_id, status);

create table support_registration_window (
    registration_id uuid not null references support_registration (id) on delete cascade,
    starts_at       timestamp with time zone not null,
    ends_at         timestamp with time zone not null
);
create index ix_support_registration_window on support_registration_window (registration_id);

-- A pair: one patient, one counselor, one slot. counselor_seat and live_registration are set only
-- while the chat is live, so the unique constraints refuse a second live chat in the same seat or for
-- the same registration (two patients racing for one offer: one wins).
create table chat (
    id                uuid primary key,
    event_id          uuid          not null references event (id),
    registration_id   uuid          not null references support_registration (id),
    patient_id        uuid          not null references person (id),
    counselor_id      uuid          not null references person (id),
    late_counselor_id uuid references person (id),
    starts_at         timestamp with time zone not null,
    ends_at           timestamp with time zone not null,
    compatibility     integer       not null,
    status            varchar(20)   not null,
    cancelled_by      varchar(20),
    meeting_url       varchar(500)  not null,
    counselor_seat    varchar(100)  unique,
    live_registration uuid          unique,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           bigint        not null default 0
);
create index ix_chat_event on chat (event_id, status);
create index ix_chat_counselor on chat (counselor_id, starts_at);
create index ix_chat_patient on chat (patient_id);

create table chat_feedback (
    id           uuid primary key,
    chat_id      uuid          not null references chat (id),
    person_id    uuid          not null references person (id),
    rating       integer       not null,
    comment_text varchar(2000),
    created_at   timestamp with time zone not null,
    constraint uq_chat_feedback unique (chat_id, person_id)
);

-- A score a coordinator set for a pair; it replaces the computed one.
create table compatibility_override (
    patient_id   uuid         not null references person (id),
    counselor_id uuid         not null references person (id),
    score        integer      not null,
    set_by       varchar(100) not null,
    set_at       timestamp with time zone not null,
    version      bigint       not null default 0,
    primary key (patient_id, counselor_id)
);

-- Two people who must never be paired (either may have asked; it works both ways).
create table person_block (
    person_id         uuid         not null references person (id),
    blocked_person_id uuid         not null references person (id),
    reason            varchar(500),
    created_at        timestamp with time zone not null,
    primary key (person_id, blocked_person_id)
);
create index ix_person_block_blocked on person_block (blocked_person_id);
