-- Appointments, capacity and preparation (R-APT-1..8, R-PRE-1..4).

-- Store settings: every number from the rules is a per-store setting with the rule's default.
alter table store
    add column slot_minutes               int          not null default 15,
    add column no_show_grace_minutes      int          not null default 30,   -- R-APT-7
    add column deposit_share_percent      int          not null default 50,   -- R-APT-4
    add column reminder_lead_hours        int          not null default 24,   -- R-APT-6 (12..24)
    add column repeat_repair_window_days  int          not null default 30,   -- R-APT-2 / R-PRE-2
    add column delivery_margin_minutes    int          not null default 30;   -- R-APT-2 tentative delivery margin

create table store_opening_hours (
    store_code  varchar(16) not null references store(code),
    day_of_week int         not null check (day_of_week between 1 and 7),
    opens       time        not null,
    closes      time        not null,
    primary key (store_code, day_of_week),
    check (opens < closes)
);

create table store_holiday (
    store_code varchar(16)  not null references store(code),
    day        date         not null,
    name       varchar(100) not null,
    primary key (store_code, day)
);

create table service_advisor (
    id                 uuid primary key,
    store_code         varchar(16)  not null references store(code),
    username           varchar(100) not null,
    display_name       varchar(100) not null,
    reception_capacity int          not null default 1 check (reception_capacity between 1 and 10),
    active             boolean      not null default true,
    version            bigint       not null default 0,
    unique (store_code, username)
);

create table bay (
    id         uuid primary key,
    store_code varchar(16) not null references store(code),
    code       varchar(20) not null,
    name       varchar(60) not null,
    bay_type   varchar(20) not null,
    active     boolean     not null default true,
    version    bigint      not null default 0,
    unique (store_code, code)
);

create table technician (
    id         uuid primary key,
    store_code varchar(16)  not null references store(code),
    name       varchar(100) not null,
    skills     varchar(200) not null,       -- comma-separated skill codes
    work_start time         not null,
    work_end   time         not null,
    active     boolean      not null default true,
    version    bigint       not null default 0,
    check (work_start < work_end)
);

create table service_type (
    id               uuid primary key,
    store_code       varchar(16)  not null references store(code),
    code             varchar(30)  not null,
    name             varchar(100) not null,
    duration_minutes int          not null check (duration_minutes between 5 and 1440),
    bay_type         varchar(20)  not null,
    skill            varchar(30)  not null,
    active           boolean      not null default true,
    version          bigint       not null default 0,
    unique (store_code, code)
);

create table appointment (
    id                      uuid primary key,
    store_code              varchar(16)   not null references store(code),
    customer_id             uuid          not null references customer(id),
    vehicle_id              uuid          not null references vehicle(id),
    advisor_id              uuid          not null references service_advisor(id),
    status                  varchar(20)   not null,
    origin                  varchar(20)   not null,
    channel                 varchar(20)   not null,
    reminder_task_id        uuid,
    arrival_at              timestamptz   not null,
    duration_minutes        int           not null,
    tentative_delivery_at   timestamptz   not null,
    bay_type                varchar(20)   not null,
    mileage                 int,
    last_service_date       date,
    repeat_repair           boolean       not null default false,
    requested_work          varchar(2000) not null,
    price_indication        numeric(12,2),
    documents_to_bring      varchar(300)  not null default '',
    deposit_required        numeric(12,2) not null default 0,
    deposit_paid            numeric(12,2),
    deposit_method          varchar(20),
    deposit_paid_at         timestamptz,
    reminder_queued_at      timestamptz,
    rescheduled_to          uuid references appointment(id),
    repair_order_id         uuid,
    cancel_reason           varchar(300),
    created_at              timestamptz   not null,
    updated_at              timestamptz   not null,
    version                 bigint        not null default 0
);
create index appointment_store_arrival_idx on appointment (store_code, arrival_at);
create index appointment_vehicle_idx on appointment (vehicle_id, arrival_at);
create index appointment_open_idx on appointment (arrival_at) where status in ('REQUESTED', 'CONFIRMED', 'DEPOSIT_REQUIRED');

create table appointment_service (
    appointment_id  uuid not null references appointment(id),
    position        int  not null,
    service_type_id uuid not null references service_type(id),
    primary key (appointment_id, position)
);

-- R-APT-4: parts to order for the appointment; high-value / special-order ones need a deposit first.
create table appointment_part (
    appointment_id uuid          not null references appointment(id),
    position       int           not null,
    part_number    varchar(40)   not null,
    description    varchar(200)  not null,
    quantity       numeric(10,2) not null check (quantity > 0),
    unit_price     numeric(12,2) not null check (unit_price >= 0),
    high_value     boolean       not null default false,
    order_status   varchar(20)   not null default 'ON_HOLD',  -- ON_HOLD until the deposit is paid, then TO_ORDER
    primary key (appointment_id, position)
);

-- R-APT-3: capacity ledger. One row per resource and slot; `used` never exceeds the capacity
-- the booking statement checks against (conditional upsert under the row lock).
create table capacity_use (
    store_code varchar(16)  not null,
    resource   varchar(60)  not null,   -- advisor:<uuid> | bay:<type> | skill:<code>
    slot_start timestamptz  not null,
    used       int          not null check (used >= 0),
    primary key (store_code, resource, slot_start)
);

create table appointment_reservation (
    appointment_id uuid        not null references appointment(id),
    resource       varchar(60) not null,
    slot_start     timestamptz not null,
    primary key (appointment_id, resource, slot_start)
);

-- Staff tasks (rebook a no-show, tell a customer something is not ready, ...).
create table staff_task (
    id             uuid primary key,
    store_code     varchar(16)   not null references store(code),
    kind           varchar(40)   not null,
    assignee_role  varchar(30)   not null,
    appointment_id uuid          references appointment(id),
    customer_id    uuid          references customer(id),
    title          varchar(300)  not null,
    status         varchar(10)   not null default 'OPEN',
    due_at         timestamptz,
    created_at     timestamptz   not null,
    done_at        timestamptz,
    done_by        varchar(200),
    version        bigint        not null default 0,
    unique (appointment_id, kind)
);
create index staff_task_open_idx on staff_task (store_code, assignee_role, status, id);

-- Outbox of messages to customers and internal audiences (e-mail/SMS channels deliver later).
create table notification (
    id             uuid primary key,
    store_code     varchar(16)   not null references store(code),
    audience       varchar(20)   not null,   -- CUSTOMER | WORKSHOP | PARTS
    channel        varchar(10)   not null,   -- SMS | EMAIL | BOARD
    kind           varchar(40)   not null,
    appointment_id uuid          references appointment(id),
    recipient      varchar(254),
    body           varchar(1000) not null,
    created_at     timestamptz   not null,
    sent_at        timestamptz,
    unique (appointment_id, kind, audience)
);
create index notification_audience_idx on notification (store_code, audience, id);

-- R-PRE-1: a draft repair order pre-filled from the appointment (the repair-order issue completes it).
create table repair_order (
    id                uuid primary key,
    store_code        varchar(16)   not null references store(code),
    number            varchar(30)   not null,
    status            varchar(30)   not null,
    appointment_id    uuid          unique references appointment(id),
    customer_id       uuid          not null references customer(id),
    vehicle_id        uuid          not null references vehicle(id),
    advisor_id        uuid          references service_advisor(id),
    requested_work    varchar(2000) not null,
    repeat_repair     boolean       not null default false,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           bigint        not null default 0,
    unique (store_code, number)
);

-- R-PRE-3: findings that were found but not fixed (declined / deferred); the workshop issue records them.
create table found_not_fixed (
    id           uuid primary key,
    store_code   varchar(16)   not null references store(code),
    vehicle_id   uuid          not null references vehicle(id),
    description  varchar(500)  not null,
    found_at     timestamptz   not null,
    resolved_at  timestamptz
);
create index found_not_fixed_open_idx on found_not_fixed (vehicle_id) where resolved_at is null;

create table repair_order_carried_item (
    repair_order_id    uuid not null references repair_order(id),
    found_not_fixed_id uuid not null references found_not_fixed(id),
    primary key (repair_order_id, found_not_fixed_id)
);

-- R-PRE-4: readiness check one day before.
create table appointment_readiness (
    appointment_id      uuid primary key references appointment(id),
    technician          varchar(10)  not null default 'PENDING',
    parts               varchar(10)  not null default 'PENDING',
    special_tools       varchar(10)  not null default 'PENDING',
    technical_documents varchar(10)  not null default 'PENDING',
    note                varchar(500),
    checked_by          varchar(200),
    checked_at          timestamptz,
    version             bigint       not null default 0
);

create sequence repair_order_number_seq;
