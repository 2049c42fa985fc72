-- The shared kernel: people, the mail outbox, one-click link redemptions, pending message correlations.
-- Portable SQL: runs on PostgreSQL and on H2 (the demo database).

create table person (
    id              uuid primary key,
    user_id         varchar(100) unique,
    display_name    varchar(200)  not null,
    email           varchar(320)  not null unique,
    time_zone       varchar(64)   not null,
    plan            varchar(20)   not null,
    topics          varchar(2000) not null default '',
    languages       varchar(500)  not null default '',
    expertise       varchar(2000) not null default '',
    seniority       integer       not null default 1,
    reliability     double precision not null default 1.0,
    paused_until    timestamp with time zone,
    pause_reason    varchar(500),
    created_at      timestamp with time zone not null,
    version         bigint        not null default 0
);

create table person_role (
    person_id uuid        not null references person (id) on delete cascade,
    role      varchar(20) not null,
    primary key (person_id, role)
);

create table outbound_message (
    id                  uuid primary key,
    dedup_key           varchar(500)  not null unique,
    purpose             varchar(100)  not null,
    recipient_person_id uuid,
    recipient_email     varchar(320)  not null,
    recipient_name      varchar(200),
    subject             varchar(500)  not null,
    text_body           varchar(200000) not null,
    html_body           varchar(400000) not null,
    created_at          timestamp with time zone not null,
    sent_at             timestamp with time zone,
    status              varchar(20)   not null,
    attempts            integer       not null default 0,
    next_attempt_at     timestamp with time zone not null,
    claimed_until       timestamp with time zone,
    last_error          varchar(2000),
    version             bigint        not null default 0
);
create index ix_outbound_message_due on outbound_message (status, next_attempt_at);
create index ix_outbound_message_recipient on outbound_message (recipient_email);

create table outbound_attachment (
    id           uuid primary key,
    message_id   uuid          not null references outbound_message (id) on delete cascade,
    position     integer       not null,
    file_name    varchar(200)  not null,
    content_type varchar(200)  not null,
    content      varchar(200000) not null
);
create index ix_outbound_attachment_message on outbound_attachment (message_id);

-- A single-use one-click link, once applied. The nonce is the token's own random id.
create table link_redemption (
    nonce       varchar(64)  primary key,
    purpose     varchar(100) not null,
    person_id   uuid         not null,
    subject     varchar(200) not null,
    redeemed_at timestamp with time zone not null
);

-- A message for a process that could not be delivered yet (the process was not waiting, or a
-- concurrent transaction won): kept and retried until it lands or expires.
create table pending_correlation (
    id               uuid primary key,
    message_name     varchar(200)  not null,
    business_key     varchar(200),
    local_match      varchar(4000) not null,
    variables        varchar(20000) not null,
    expires_at       timestamp with time zone not null,
    created_at       timestamp with time zone not null,
    status           varchar(20)   not null,
    attempts         integer       not null default 0,
    next_attempt_at  timestamp with time zone not null,
    claimed_until    timestamp with time zone,
    last_error       varchar(2000),
    version          bigint        not null default 0
);
create index ix_pending_correlation_due on pending_correlation (status, next_attempt_at);
