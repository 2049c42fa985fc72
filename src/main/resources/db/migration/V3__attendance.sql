-- Attendance: one record per person and session, whatever reported it (check-in, host, timer).
create table attendance (
    id            uuid primary key,
    session_kind  varchar(20)  not null,
    session_id    uuid         not null,
    person_id     uuid         not null references person (id),
    role          varchar(20)  not null,
    status        varchar(20)  not null,
    session_start timestamp with time zone not null,
    source        varchar(200) not null,
    recorded_at   timestamp with time zone not null,
    version       bigint       not null default 0,
    constraint uq_attendance_session_person unique (session_kind, session_id, person_id)
);
create index ix_attendance_person on attendance (person_id);
