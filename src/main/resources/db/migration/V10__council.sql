-- Council sessions: a mentee meets 3-5 mentors for one hour. Portable SQL (PostgreSQL and H2).

create table council_session (
    id                  uuid primary key,
    mentee_id           uuid          not null references person (id),
    topic               varchar(200)  not null,
    goals               varchar(4000) not null default '',
    questions           varchar(4000) not null default '',
    mentor_minimum      integer       not null,
    mentor_maximum      integer       not null,
    response_deadline   timestamp with time zone not null,
    status              varchar(30)   not null,
    -- why the coordinators were asked to step in, while status is NEEDS_COORDINATOR
    coordination_reason varchar(40),
    -- each round of asking mentors (the first, an extension, new slots, replacements) has a number
    round               integer       not null default 1,
    escalations         integer       not null default 0,
    -- the hour chosen by the time selection or a coordinator; confirmed when status is CONFIRMED
    scheduled_start     timestamp with time zone,
    scheduled_end       timestamp with time zone,
    meeting_url         varchar(500),
    coordinator_notes   varchar(4000) not null default '',
    cancellation_reason varchar(1000),
    requested_by        varchar(200)  not null,
    created_at          timestamp with time zone not null,
    confirmed_at        timestamp with time zone,
    version             bigint        not null default 0
);
create index ix_council_session_mentee on council_session (mentee_id, created_at);
create index ix_council_session_status on council_session (status, scheduled_start);

-- The proposed one-hour slots, in the order the mentee gave them.
create table council_slot (
    council_id uuid    not null references council_session (id) on delete cascade,
    position   integer not null,
    slot_start timestamp with time zone not null,
    slot_end   timestamp with time zone not null,
    primary key (council_id, position)
);

create table council_mentor (
    id               uuid primary key,
    council_id       uuid          not null references council_session (id) on delete cascade,
    mentor_id        uuid          not null references person (id),
    position         integer       not null,
    lead             boolean       not null default false,
    -- PICKED by the mentee or MATCHED by the priority score
    source           varchar(20)   not null,
    priority_score   double precision not null,
    score_reasons    varchar(2000) not null default '',
    -- ACTIVE, REPLACED by a coordinator, or DROPPED_OUT after confirmation
    state            varchar(20)   not null,
    response         varchar(20)   not null,
    asked_in_round   integer,
    requested_at     timestamp with time zone,
    responded_at     timestamp with time zone,
    conflict_note    varchar(2000),
    reminders_sent   integer       not null default 0,
    last_reminder_at timestamp with time zone,
    selected         boolean       not null default false,
    dropped_out_at   timestamp with time zone,
    drop_out_note    varchar(2000),
    version          bigint        not null default 0,
    constraint uq_council_mentor unique (council_id, mentor_id)
);
create index ix_council_mentor_mentor on council_mentor (mentor_id);

-- A mentor's answer per proposed slot (AVAILABLE, TENTATIVE, UNAVAILABLE); no row: not answered.
create table council_mentor_answer (
    council_mentor_id uuid        not null references council_mentor (id) on delete cascade,
    slot_start        timestamp with time zone not null,
    answer            varchar(20) not null,
    primary key (council_mentor_id, slot_start)
);

-- Times a mentor proposes instead of the proposed slots.
create table council_mentor_alternative (
    council_mentor_id uuid    not null references council_mentor (id) on delete cascade,
    position          integer not null,
    slot_start        timestamp with time zone not null,
    slot_end          timestamp with time zone not null,
    primary key (council_mentor_id, position)
);
