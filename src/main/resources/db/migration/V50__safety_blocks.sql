-- Blocks move from pairing (person_block) to safety: one block means the blocked person cannot register
-- for the blocker's events, does not see their private events, and the two are never paired or put in
-- one council. Existing rows keep who blocked whom; their id is made from the two ids (portable between
-- PostgreSQL and H2, which share no random-uuid function): the blocker's first half, the blocked one's second.
create table safety_block (
    id          uuid         not null primary key,
    blocker_id  uuid         not null references person (id),
    blocked_id  uuid         not null references person (id),
    reason      varchar(500),
    origin      varchar(20)  not null,
    report_id   uuid,
    created_by  varchar(100) not null,
    created_at  timestamp with time zone not null,
    version     bigint       not null default 0,
    constraint uq_safety_block unique (blocker_id, blocked_id)
);
create index ix_safety_block_blocked on safety_block (blocked_id);

insert into safety_block (id, blocker_id, blocked_id, reason, origin, created_by, created_at, version)
select cast(substring(cast(person_id as varchar(36)), 1, 18) || substring(cast(blocked_person_id as varchar(36)), 19, 18) as uuid),
       person_id, blocked_person_id, reason, 'PAIRING', 'pairing', created_at, 0
from person_block;

drop table person_block;
