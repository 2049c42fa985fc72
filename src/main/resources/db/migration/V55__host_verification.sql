-- Applications to host professional events and the verification each gave (host-verification). A person's
-- current verification is their latest application that is not RENEWED (superseded by a newer one).
create table safety_host_application (
    id                uuid          not null primary key,
    person_id         uuid          not null references person (id),
    status            varchar(20)   not null,
    credentials       varchar(4000) not null,
    expertise         varchar(4000) not null,
    referees          varchar(4000) not null,
    applied_at        timestamp with time zone not null,
    decided_at        timestamp with time zone,
    decided_by        varchar(100),
    rejected_step     varchar(30),
    decision_reason   varchar(2000),
    verified_at       timestamp with time zone,
    expires_at        timestamp with time zone,
    reapply_after     timestamp with time zone,
    version           bigint        not null default 0
);
create index ix_safety_host_application_person on safety_host_application (person_id, applied_at);
