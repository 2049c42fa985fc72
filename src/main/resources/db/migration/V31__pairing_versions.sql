-- Optimistic locking for the last two pairing tables without it: a block or a feedback changed by two
-- requests at once fails one of them instead of losing a write. Existing rows start at version 0.
alter table person_block add column version bigint not null default 0;
alter table chat_feedback add column version bigint not null default 0;
