-- When a person's email address was confirmed. People created by staff count as verified, and so does
-- everyone already here; a self-registered person confirms by the one-click link before a first registration.
alter table person add column email_verified_at timestamp with time zone;
update person set email_verified_at = created_at;
