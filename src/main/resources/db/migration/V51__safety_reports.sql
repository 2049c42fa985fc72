-- Reports of a concern and their moderation (report-review). The reporter is kept here and shown to
-- moderators and coordinators only, never to the reported person.
create table safety_report (
    id                  uuid          not null primary key,
    reporter_id         uuid          not null references person (id),
    reported_person_id  uuid          references person (id),
    event_id            uuid,
    session_kind        varchar(20),
    session_id          uuid,
    category            varchar(30)   not null,
    report_text         varchar(4000) not null,
    urgent              boolean       not null,
    status              varchar(20)   not null,
    reported_at         timestamp with time zone not null,
    first_action_at     timestamp with time zone,
    first_action_by     varchar(100),
    decision            varchar(20),
    decision_reason     varchar(2000),
    decided_by          varchar(100),
    decided_at          timestamp with time zone,
    block_id            uuid,
    appeal_until        timestamp with time zone,
    appeal_text         varchar(4000),
    appealed_at         timestamp with time zone,
    appeal_upheld       boolean,
    appeal_reason       varchar(2000),
    appeal_decided_by   varchar(100),
    appeal_decided_at   timestamp with time zone,
    version             bigint        not null default 0
);
create index ix_safety_report_reported on safety_report (reported_person_id);
create index ix_safety_report_status on safety_report (status, reported_at);

-- Who did what to a report, when and why: the coordinators' audit trail.
create table safety_moderation_record (
    id         uuid          not null primary key,
    report_id  uuid          not null references safety_report (id),
    action_name varchar(30)  not null,
    actor      varchar(100)  not null,
    acted_at   timestamp with time zone not null,
    position   integer       not null,
    what       varchar(200),
    why        varchar(2000),
    version    bigint        not null default 0
);
create index ix_safety_moderation_record_report on safety_moderation_record (report_id, position);
