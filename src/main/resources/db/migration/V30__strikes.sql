-- Accountability: one strike per missed session (person and session), counted in a rolling window.
-- A strike is ACTIVE until a coordinator excuses it (EXCUSED) or the attendance is corrected (WITHDRAWN).
create table strike (
    id               uuid primary key,
    person_id        uuid         not null references person (id),
    session_kind     varchar(20)  not null,
    session_id       uuid         not null,
    role             varchar(20)  not null,
    missed_at        timestamp with time zone not null,
    recorded_at      timestamp with time zone not null,
    explain_by       timestamp with time zone not null,
    status           varchar(20)  not null,
    explanation      varchar(2000),
    explained_at     timestamp with time zone,
    decision         varchar(20),
    coordinator_note varchar(2000),
    decided_at       timestamp with time zone,
    pause_until      timestamp with time zone,
    version          bigint       not null default 0,
    constraint uq_strike_session_person unique (session_kind, session_id, person_id)
);
create index ix_strike_person_missed on strike (person_id, missed_at);

-- The coordinators' attendance report reads by month.
create index ix_attendance_session_start on attendance (session_start);
