-- Issue 10, R-DEL-1..5, R-REP-4: settlement (结算) and delivery. The settlement context owns the
-- settlement_* tables; orders move through the repair-order context, authorizations are read from
-- the approval context, deposits from the appointment context. Forward-only; nothing is deleted.

-- The store's settlement numbers (R-DEL-1, R-DEL-2): whether catalogue prices include VAT, and the
-- advisor's / cashier's discount limit (percent of the customer-pay lines and an amount; the
-- stricter applies). A store without a row has the defaults.
create table settlement_settings (
    store_code               varchar(16)   primary key references store (code),
    prices_include_vat       boolean       not null default true,
    discount_limit_percent   numeric(5, 2) not null default 5.00 check (discount_limit_percent >= 0 and discount_limit_percent <= 100),
    discount_limit_amount    numeric(12, 2) not null default 200.00 check (discount_limit_amount >= 0),
    updated_by               varchar(100),
    updated_at               timestamptz,
    version                  bigint        not null default 0
);

-- Gap-free settlement numbers per store: the row is locked (select … for update) in the
-- transaction that finalises a bill, so a rolled-back finalisation gives its number back.
create table settlement_counter (
    store_code   varchar(16) primary key references store (code),
    last_number  bigint      not null check (last_number >= 0)
);

-- 结算清单: the statement of one repair order; its number is assigned when it is finalised.
create table settlement (
    id                     uuid          primary key,
    store_code             varchar(16)   not null references store (code),
    repair_order_id        uuid          not null references repair_order (id),
    order_number           varchar(40)   not null,
    status                 varchar(20)   not null check (status in ('DRAFT', 'FINALISED', 'PAID', 'VOID')),
    number                 varchar(40),
    sequence_no            bigint,
    currency               varchar(3)    not null,
    prices_include_vat     boolean       not null,
    tax_rate_percent       numeric(5, 2) not null,
    discount_limit_percent numeric(5, 2) not null,
    discount_limit_amount  numeric(12, 2) not null,
    appointment_id         uuid,
    override_reason        varchar(1000),
    override_by            varchar(100),
    override_at            timestamptz,
    override_covers        numeric(12, 2),
    customer_payable       numeric(12, 2),
    finalised_by           varchar(100),
    finalised_at           timestamptz,
    paid_at                timestamptz,
    void_reason            varchar(1000),
    voided_by              varchar(100),
    voided_at              timestamptz,
    fapiao_status          varchar(20)   not null default 'NONE' check (fapiao_status in ('NONE', 'ISSUED', 'RED_LETTER')),
    fapiao_number          varchar(40),
    fapiao_date            date,
    fapiao_recorded_by     varchar(100),
    fapiao_red_number      varchar(40),
    fapiao_red_date        date,
    fapiao_red_reason      varchar(1000),
    release_note_at        timestamptz,
    release_note_by        varchar(100),
    created_by             varchar(100)  not null,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    version                bigint        not null default 0,
    unique (store_code, number),
    unique (store_code, sequence_no),
    check ((status = 'DRAFT') = (number is null))
);
-- One live bill per order; a voided one stays (with its number) beside a new one.
create unique index settlement_one_live_per_order on settlement (repair_order_id) where status <> 'VOID';
create index settlement_store_status on settlement (store_code, status);

-- A line of the statement: labour or material or a fee, its pay type, where it came from (the
-- signed estimate, an approved supplementary item, or the cashier's adjustment with its reason).
create table settlement_line (
    id                     uuid          primary key,
    settlement_id          uuid          not null references settlement (id),
    position               int           not null,
    order_line_id          uuid,
    kind                   varchar(20)   not null check (kind in ('LABOUR', 'MATERIAL', 'FEE')),
    pay_type               varchar(20)   not null,
    source                 varchar(20)   not null check (source in ('ESTIMATE', 'SUPPLEMENTARY', 'ADJUSTMENT')),
    supplementary_item_id  uuid,
    code                   varchar(60),
    description            varchar(300)  not null,
    quantity               numeric(10, 2) not null,
    unit_price             numeric(12, 2) not null,
    amount                 numeric(12, 2) not null,
    reason                 varchar(1000),
    added_by               varchar(100),
    unique (settlement_id, position)
);

-- R-DEL-2: a discount on a line or on the total; within the limit it applies at once, above it
-- it waits for the service manager, who approves or refuses with a reason.
create table settlement_discount (
    id              uuid          primary key,
    settlement_id   uuid          not null references settlement (id),
    line_id         uuid          references settlement_line (id),
    amount          numeric(12, 2) not null check (amount > 0),
    percent         numeric(5, 2),
    reason          varchar(1000) not null,
    status          varchar(20)   not null check (status in ('APPLIED', 'PENDING', 'APPROVED', 'REFUSED')),
    requested_by    varchar(100)  not null,
    requested_at    timestamptz   not null,
    decided_by      varchar(100),
    decided_at      timestamptz,
    decision_reason varchar(1000)
);
create index settlement_discount_bill on settlement_discount (settlement_id);

-- R-DEL-3: payments (several tenders, partial), the appointment's deposit applied, and refunds.
create table settlement_payment (
    id              uuid          primary key,
    settlement_id   uuid          not null references settlement (id),
    kind            varchar(20)   not null check (kind in ('PAYMENT', 'REFUND')),
    tender          varchar(20)   not null check (tender in ('CASH', 'CARD', 'MOBILE', 'BANK_TRANSFER', 'DEPOSIT')),
    amount          numeric(12, 2) not null check (amount > 0),
    tendered        numeric(12, 2),
    change_given    numeric(12, 2),
    reference       varchar(100),
    reason          varchar(1000),
    recorded_by     varchar(100)  not null,
    recorded_at     timestamptz   not null
);
create index settlement_payment_bill on settlement_payment (settlement_id);

-- R-DEL-4 / R-DEL-5 / R-REP-4: the advisor's delivery checklist with the customer's signature.
create table settlement_delivery (
    settlement_id          uuid          primary key references settlement (id),
    work_explained         boolean       not null,
    old_parts_shown        boolean       not null,
    walk_around_done       boolean       not null,
    brake_front_mm         numeric(5, 1),
    brake_rear_mm          numeric(5, 1),
    tyre_tread_mm          numeric(5, 1),
    tyre_life_percent      int,
    next_service_date      date,
    next_service_km        int,
    declined_safety_items  jsonb         not null,
    notes                  varchar(1000),
    signer_name            varchar(100)  not null,
    signature_png          bytea         not null,
    delivered_by           varchar(100)  not null,
    delivered_at           timestamptz   not null
);
