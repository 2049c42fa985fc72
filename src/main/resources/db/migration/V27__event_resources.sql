-- Links, documents and recordings of an event, for its participants; they go with a deleted draft.
create table event_resource (
    id         uuid primary key,
    event_id   uuid          not null references event (id) on delete cascade,
    title      varchar(200)  not null,
    url        varchar(2000) not null,
    type       varchar(20)   not null,
    added_by   varchar(255),
    created_at timestamp with time zone not null,
    version    bigint        not null default 0
);
create index ix_event_resource_event on event_resource (event_id);
