-- Paired support's own settings of an event move out of the event table, which keeps what every
-- event has. Pairing owns the new table; a deleted draft takes its settings with it.
create table support_event_settings (
    event_id     uuid        primary key references event (id) on delete cascade,
    slot_minutes integer     not null,
    pairing_mode varchar(20) not null,
    version      bigint      not null default 0
);

-- Every paired support event had both (the service set the defaults: 60 minutes, AUTOMATIC).
insert into support_event_settings (event_id, slot_minutes, pairing_mode, version)
select id, coalesce(slot_minutes, 60), coalesce(pairing_mode, 'AUTOMATIC'), 0
from event
where kind = 'PAIRED_SUPPORT';

alter table event drop column slot_minutes;
alter table event drop column pairing_mode;
