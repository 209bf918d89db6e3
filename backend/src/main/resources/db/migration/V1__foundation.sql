-- Foundation: stores, audit trail, idempotency records.
create table store (
    code        varchar(16)  primary key,
    name        varchar(120) not null,
    timezone    varchar(64)  not null default 'Asia/Shanghai',
    currency    char(3)      not null default 'CNY',
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0
);

create table audit_entry (
    id           uuid primary key,
    store_code   varchar(16)  not null references store(code),
    occurred_at  timestamptz  not null,
    actor        varchar(200) not null,
    actor_roles  varchar(400) not null,
    entity_type  varchar(60)  not null,
    entity_id    varchar(64)  not null,
    action       varchar(60)  not null,
    changes      jsonb        not null default '{}'::jsonb
);
create index audit_entry_entity_idx on audit_entry (store_code, entity_type, entity_id, id);
create index audit_entry_store_idx on audit_entry (store_code, id);

-- Idempotency-Key replay: one row per (caller, key), written in the creating transaction.
create table idempotency_record (
    principal     varchar(200) not null,
    idem_key      varchar(200) not null,
    request_hash  varchar(64)  not null,
    status        int,
    location      varchar(500),
    etag          varchar(100),
    body          text,
    created_at    timestamptz  not null,
    primary key (principal, idem_key)
);
