-- Events: group gatherings and paired support events. Kind-specific fields are optional
-- (slot_minutes and pairing_mode belong to paired support).
create table event (
    id                uuid primary key,
    title             varchar(200)  not null,
    description       varchar(4000),
    event_type        varchar(60),
    theme             varchar(60),
    kind              varchar(20)   not null,
    format            varchar(20)   not null,
    host_id           uuid references person (id),
    starts_at         timestamp with time zone not null,
    ends_at           timestamp with time zone not null,
    time_zone         varchar(64)   not null,
    max_participants  integer,
    privacy           varchar(20)   not null,
    plan_required     varchar(20),
    requires_approval boolean       not null default false,
    slot_minutes      integer,
    pairing_mode      varchar(20),
    status            varchar(20)   not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           bigint        not null default 0
);
create index ix_event_starts_at on event (starts_at);
