-- Every entity carries an optimistic-lock version (null in Java means new), also the write-once ones:
-- the rule has no exceptions to remember.
alter table outbound_attachment add column version bigint not null default 0;
alter table link_redemption add column version bigint not null default 0;
