-- Events platform: what a group event adds (location, meeting room, metadata), its series, and the
-- invitees of private and invite-only events. Portable SQL (PostgreSQL and H2).

alter table event add column location_address varchar(500);
alter table event add column location_directions varchar(2000);
alter table event add column location_accessibility varchar(2000);
alter table event add column meeting_url varchar(500);
alter table event add column metadata varchar(4000);
alter table event add column series_id uuid;
alter table event add column recurrence_id timestamp with time zone;

-- The event type is one of the seed's categories now (events.EventType); the demo's free word maps.
update event set event_type = 'SKILL_BUILDING_WORKSHOP' where event_type = 'workshop';
update event set event_type = null where event_type not in ('GROUP_THERAPY', 'SUPPORT_GROUP',
    'SKILL_BUILDING_WORKSHOP', 'MINDFULNESS', 'QA_SESSION', 'EXPERT_TALK', 'MENTAL_HEALTH_WORKSHOP',
    'WELLNESS_SEMINAR', 'PROFESSIONAL_TRAINING', 'EXPERT_PRESENTATION', 'PANEL_DISCUSSION', 'GROUP_CHECK_IN',
    'COMMUNITY_DISCUSSION', 'GOAL_SETTING', 'PROGRESS_SHARING', 'PEER_SUPPORT', 'MEETUP', 'WELLNESS_ACTIVITY',
    'COMMUNITY_GATHERING', 'ACTIVITY_GROUP', 'THERAPY_SESSION', 'COUNSELING_WORKSHOP', 'WELLNESS_RETREAT');

-- A series: the rule and the first occurrence's wall-clock start in its zone. Each occurrence is an
-- event row (own capacity, waitlist, invites) naming the series and its recurrence id; cancelled and
-- moved occurrences (EXDATE, RECURRENCE-ID) are those rows' status and time.
create table event_series (
    id              uuid primary key,
    title           varchar(200) not null,
    host_id         uuid references person (id),
    time_zone       varchar(64)  not null,
    first_start     varchar(19)  not null,
    length_minutes  integer      not null,
    recurrence_rule varchar(500) not null,
    split_from      uuid references event_series (id),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint       not null default 0
);
create index ix_event_series_host on event_series (host_id);

alter table event add constraint fk_event_series foreign key (series_id) references event_series (id);
alter table event add constraint uq_event_occurrence unique (series_id, recurrence_id);
create index ix_event_host on event (host_id, created_at);

-- Who is invited to a private or invite-only event (they see it; invite-only: only they may register).
create table event_invitee (
    id         uuid primary key,
    event_id   uuid not null references event (id) on delete cascade,
    person_id  uuid not null references person (id),
    invited_at timestamp with time zone not null,
    version    bigint not null default 0,
    constraint uq_event_invitee unique (event_id, person_id)
);
create index ix_event_invitee_person on event_invitee (person_id);
