-- Issue 12 "Webhooks": an integrator client subscribes a URL to some event types of a store; a
-- scheduled dispatcher copies the store's committed domain events after the subscription's cursor
-- into deliveries and POSTs them, signed (Standard Webhooks), ordered per subject, retried with
-- backoff for a window; a subscription that keeps failing is paused and the service manager told.
create table webhook_subscription (
    id              uuid         primary key,
    store_code      varchar(16)  not null references store(code),
    client_id       varchar(200) not null,
    url             varchar(2000) not null,
    description     varchar(300),
    event_types     text[]       not null,
    secret          varchar(100) not null,
    status          varchar(12)  not null check (status in ('ACTIVE', 'PAUSED', 'DELETED')),
    paused_reason   varchar(300),
    -- the sequence of the last domain event of the store copied into deliveries (0: none yet)
    last_sequence   bigint       not null default 0,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0
);
create index webhook_subscription_store_idx on webhook_subscription (store_code, client_id, id);

create table webhook_delivery (
    id               uuid         primary key,
    subscription_id  uuid         not null references webhook_subscription(id),
    store_code       varchar(16)  not null references store(code),
    event_id         uuid         not null,
    sequence         bigint       not null,
    event_type       varchar(60)  not null,
    subject_id       uuid         not null,
    body             text         not null,
    status           varchar(12)  not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         int          not null default 0,
    window_started_at timestamptz not null,
    next_attempt_at  timestamptz  not null,
    claimed_until    timestamptz,
    claim_token      uuid,
    delivered_at     timestamptz,
    last_status_code int,
    last_error       varchar(500),
    version          bigint       not null default 0,
    unique (subscription_id, event_id)
);
-- what is due, and the earlier undelivered event of the same subject that blocks a later one
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_subject_idx on webhook_delivery (subscription_id, subject_id, sequence) where status <> 'DELIVERED';
create index webhook_delivery_log_idx on webhook_delivery (subscription_id, sequence);

create table webhook_attempt (
    id             uuid         primary key,
    delivery_id    uuid         not null references webhook_delivery(id),
    attempted_at   timestamptz  not null,
    status_code    int,
    duration_ms    bigint       not null,
    error          varchar(500)
);
create index webhook_attempt_delivery_idx on webhook_attempt (delivery_id, attempted_at);

-- The service manager's task when a subscription was paused for failing (added to whatever types
-- and subjects the constraints allow now, as V110 does).
do $$
declare
    current_def text;
begin
    select pg_get_constraintdef(oid) into current_def from pg_constraint where conname = 'task_type_check' and conrelid = 'task'::regclass;
    if current_def is not null and position('WEBHOOK_FAILING' in current_def) = 0 then
        execute 'alter table task drop constraint task_type_check';
        execute 'alter table task add constraint task_type_check check (type in ('
            || (select string_agg(quote_literal(t), ', ')
                from (select unnest(regexp_matches(current_def, '''([A-Z_]+)''', 'g')) as t union select 'WEBHOOK_FAILING') types)
            || '))';
    end if;
    select pg_get_constraintdef(oid) into current_def from pg_constraint where conname = 'task_subject_type_check' and conrelid = 'task'::regclass;
    if current_def is not null and position('WEBHOOK_SUBSCRIPTION' in current_def) = 0 then
        execute 'alter table task drop constraint task_subject_type_check';
        execute 'alter table task add constraint task_subject_type_check check (subject_type in ('
            || (select string_agg(quote_literal(t), ', ')
                from (select unnest(regexp_matches(current_def, '''([A-Z_]+)''', 'g')) as t union select 'WEBHOOK_SUBSCRIPTION') types)
            || '))';
    end if;
end $$;
