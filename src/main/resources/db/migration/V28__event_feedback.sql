-- One feedback per person and event (a second one replaces it), from people who attended.
create table event_feedback (
    id         uuid primary key,
    event_id   uuid          not null references event (id) on delete cascade,
    person_id  uuid          not null references person (id),
    rating     integer       not null check (rating between 1 and 5),
    comment    varchar(2000),
    show_name  boolean       not null default false,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version    bigint        not null default 0,
    constraint uq_event_feedback unique (event_id, person_id)
);
create index ix_event_feedback_updated on event_feedback (event_id, updated_at);
