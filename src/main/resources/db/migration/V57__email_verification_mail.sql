-- When the confirmation link was last mailed to a person, so retries within a short window send no second mail.
create table safety_email_verification (
    person_id     uuid  not null primary key references person (id) on delete cascade,
    last_sent_at  timestamp with time zone not null,
    version       bigint not null default 0
);
