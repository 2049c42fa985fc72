-- A moved event earns its registrants a first reminder for the new time (unless one reached them lately).
alter table event_registration add column first_reminders integer default 0 not null;
alter table event_registration add column first_reminded_at timestamp with time zone;
