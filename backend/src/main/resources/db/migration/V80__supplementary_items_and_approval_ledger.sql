-- R-REP-3 / R-REP-4: supplementary items (追加维修项目) reported by the workshop, the customer's
-- decision on each item version (in person, by phone, by link) and the append-only approval ledger.
-- Owned by the approval context. Forward-only.

-- R-REP-3: an approval link is valid for this many hours (default 24); R-DEL-1 / R-REP-3: an order may
-- exceed its authorized total by at most this amount (store currency, default 0) before work or settlement stops.
alter table store add column approval_link_hours int not null default 24 check (approval_link_hours between 1 and 168);
alter table store add column authorization_tolerance numeric(12, 2) not null default 0 check (authorization_tolerance >= 0);

-- The lines a customer approved as supplementary items (the item that brought them); null for the signed estimate's lines.
alter table repair_order_line add column supplementary_item_id uuid;
create index repair_order_line_supplementary on repair_order_line (supplementary_item_id) where supplementary_item_id is not null;

-- The advisor's task "get the customer's decision on a supplementary item" (R-REP-3).
alter table task drop constraint task_type_check;
alter table task add constraint task_type_check check (type in ('REBOOK_NO_SHOW', 'TELL_CUSTOMER_NOT_READY', 'FOLLOW_UP_CALL',
    'SERVICE_REMINDER', 'COMPLAINT_CALLBACK', 'SUPPLEMENTARY_APPROVAL'));

create table supplementary_item (
    id                uuid primary key,
    store_code        varchar(20)  not null references store (code),
    repair_order_id   uuid         not null references repair_order (id),
    order_number      varchar(30)  not null,
    status            varchar(20)  not null check (status in ('AWAITING_DECISION', 'APPROVED', 'DECLINED')),
    current_version   int          not null check (current_version >= 1),
    -- The version whose lines are on the order (the one in force); null while none was approved.
    approved_version  int          check (approved_version >= 1 and approved_version <= current_version),
    order_line_ids    jsonb        not null default '[]',
    finding_id        uuid,
    reported_by       varchar(200) not null,
    reported_at       timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null default 0
);
create index supplementary_item_order on supplementary_item (repair_order_id, reported_at);
create index supplementary_item_pending on supplementary_item (store_code, status) where status = 'AWAITING_DECISION';

-- Each proposal of an item, priced once and never changed: a later change of price or scope is a new version.
create table supplementary_item_version (
    id               uuid primary key,
    item_id          uuid          not null references supplementary_item (id),
    version_no       int           not null check (version_no >= 1),
    description      varchar(500)  not null,
    extra_minutes    int           not null check (extra_minutes between 0 and 10080),
    safety_critical  boolean       not null,
    requirement      varchar(20)   not null check (requirement in ('RECOMMENDED', 'REQUIRED')),
    lines            jsonb         not null,
    customer_pay     numeric(12, 2) not null,
    total            numeric(12, 2) not null,
    change_reason    varchar(500),
    created_by       varchar(200)  not null,
    created_at       timestamptz   not null,
    unique (item_id, version_no)
);

create table supplementary_item_photo (
    id             uuid primary key,
    store_code     varchar(20)  not null,
    item_id        uuid         not null references supplementary_item (id),
    media_type     varchar(30)  not null,
    size_bytes     int          not null,
    sha256         char(64)     not null,
    data           bytea        not null,
    thumbnail      bytea,
    uploaded_by    varchar(200) not null,
    created_at     timestamptz  not null
);
create index supplementary_item_photo_item on supplementary_item_photo (item_id, created_at);

-- A link sent to the customer: only the SHA-256 of its token is kept; what the page shows is frozen in `snapshot`.
create table approval_link (
    id               uuid primary key,
    store_code       varchar(20)  not null references store (code),
    repair_order_id  uuid         not null references repair_order (id),
    token_sha256     char(64)     not null unique check (token_sha256 ~ '^[0-9a-f]{64}$'),
    language         varchar(10)  not null check (language in ('zh-CN', 'en')),
    snapshot         text         not null,
    snapshot_sha256  char(64)     not null,
    item_versions    jsonb        not null,
    recipients       jsonb        not null,
    message_ids      jsonb        not null,
    created_by       varchar(200) not null,
    created_at       timestamptz  not null,
    expires_at       timestamptz  not null,
    used_at          timestamptz,
    ledger_entry_id  uuid,
    version          bigint       not null default 0,
    check (expires_at > created_at)
);
create index approval_link_order on approval_link (repair_order_id, created_at);

-- The ledger: one entry per decision, never changed or removed (the trigger below refuses it).
create table approval_ledger_entry (
    id                           uuid primary key,
    store_code                   varchar(20)    not null references store (code),
    repair_order_id              uuid           not null references repair_order (id),
    order_number                 varchar(30)    not null,
    channel                      varchar(20)    not null check (channel in ('IN_PERSON', 'PHONE', 'LINK')),
    decided_at                   timestamptz    not null,
    recorded_at                  timestamptz    not null,
    authorizer_name              varchar(120)   not null,
    authorizer_relation          varchar(30)    not null check (authorizer_relation in ('CUSTOMER', 'DESIGNATED_PERSON')),
    contact_used                 varchar(300),
    recorded_by                  varchar(200),
    workshop_told                varchar(200)   not null,
    customer_words               varchar(2000),
    currency                     varchar(3)     not null,
    tax_rate_percent             numeric(5, 2)  not null,
    authorized_customer_pay_before numeric(12, 2) not null,
    authorized_customer_pay_after  numeric(12, 2) not null,
    authorized_total_before      numeric(12, 2) not null,
    authorized_total_after       numeric(12, 2) not null,
    difference                   numeric(12, 2) not null,
    promised_before              timestamptz,
    promised_after               timestamptz,
    extra_minutes                int            not null,
    snapshot                     text           not null,
    snapshot_sha256              char(64)       not null,
    signature_png                bytea,
    signature_sha256             char(64),
    device                       varchar(200),
    client_ip                    varchar(64),
    user_agent                   varchar(500),
    link_id                      uuid references approval_link (id),
    message_ids                  jsonb          not null default '[]',
    check (difference = authorized_total_after - authorized_total_before),
    check (channel <> 'PHONE' or (contact_used is not null and customer_words is not null)),
    check (channel = 'PHONE' or signature_png is not null)
);
create index approval_ledger_entry_order on approval_ledger_entry (repair_order_id, recorded_at);

create table approval_ledger_item (
    id                 uuid primary key,
    entry_id           uuid          not null references approval_ledger_entry (id),
    item_id            uuid          not null references supplementary_item (id),
    item_version_id    uuid          not null references supplementary_item_version (id),
    version_no         int           not null,
    decision           varchar(20)   not null check (decision in ('APPROVED', 'DECLINED')),
    description        varchar(500)  not null,
    safety_critical    boolean       not null,
    requirement        varchar(20)   not null,
    extra_minutes      int           not null,
    customer_pay       numeric(12, 2) not null,
    lines              jsonb         not null,
    order_line_ids     jsonb         not null default '[]',
    replaced_line_ids  jsonb         not null default '[]',
    finding_id         uuid,
    unique (entry_id, item_id)
);
create index approval_ledger_item_item on approval_ledger_item (item_id);

create function approval_ledger_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the approval ledger is append-only: % on % is refused', tg_op, tg_table_name
        using errcode = 'restrict_violation';
end
$$;
create trigger approval_ledger_entry_append_only before update or delete on approval_ledger_entry
    for each row execute function approval_ledger_is_append_only();
create trigger approval_ledger_entry_no_truncate before truncate on approval_ledger_entry
    for each statement execute function approval_ledger_is_append_only();
create trigger approval_ledger_item_append_only before update or delete on approval_ledger_item
    for each row execute function approval_ledger_is_append_only();
create trigger approval_ledger_item_no_truncate before truncate on approval_ledger_item
    for each statement execute function approval_ledger_is_append_only();
