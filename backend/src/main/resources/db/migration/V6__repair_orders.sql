-- Repair order and estimate (R-CHK-3..10). Forward-only: evolves the V3 draft repair order.

-- Store settings for the estimate. Money is numeric, never floating point.
alter table store add column tax_rate_percent            numeric(5,2)  not null default 13.00 check (tax_rate_percent >= 0 and tax_rate_percent <= 100);
alter table store add column labour_rate                 numeric(10,2) not null default 150.00 check (labour_rate >= 0);
alter table store add column symptom_risk_margin_percent numeric(5,2)  not null default 20.00 check (symptom_risk_margin_percent >= 0 and symptom_risk_margin_percent <= 200);
alter table store add column cashier_rush_start          time          not null default '17:00';
alter table store add column cashier_rush_end            time          not null default '18:30';

-- The order keeps the rates it was priced with, so a later settings change does not reprice a signed estimate.
alter table repair_order add column currency                    char(3)       not null default 'CNY';
alter table repair_order add column tax_rate_percent            numeric(5,2)  not null default 13.00;
alter table repair_order add column labour_rate                 numeric(10,2) not null default 150.00;
alter table repair_order add column symptom_risk_margin_percent numeric(5,2)  not null default 20.00;
alter table repair_order add column walk_in                     boolean       not null default false;
-- R-CHK-8
alter table repair_order add column promised_delivery_at        timestamptz;
alter table repair_order add column promised_delivery_source    varchar(20);
-- R-CHK-3
alter table repair_order add column consent_given_by            varchar(120);
alter table repair_order add column consent_channel             varchar(20);
alter table repair_order add column consent_at                  timestamptz;
alter table repair_order add column consent_recorded_by         varchar(200);
-- R-CHK-9
alter table repair_order add column submitted_at                timestamptz;
alter table repair_order add column signed_by                   varchar(120);
alter table repair_order add column signed_at                   timestamptz;
alter table repair_order add column declined_at                 timestamptz;
alter table repair_order add column decline_reason              varchar(500);
alter table repair_order add column cancelled_at                timestamptz;
alter table repair_order add column cancel_reason               varchar(500);
-- R-CHK-10
alter table repair_order add column handover_receiver           varchar(120);
alter table repair_order add column handover_at                 timestamptz;
alter table repair_order add column handover_route              varchar(20);
alter table repair_order add column handed_over_by              varchar(200);

create index repair_order_store_idx on repair_order (store_code, id);

create table repair_order_line (
    id                  uuid primary key,
    repair_order_id     uuid          not null references repair_order(id),
    kind                varchar(10)   not null check (kind in ('JOB', 'PART', 'FEE')),
    pay_type            varchar(10)   not null check (pay_type in ('CUSTOMER', 'WARRANTY', 'INTERNAL', 'GOODWILL')),
    description         varchar(300)  not null,
    -- jobs
    operation_code      varchar(40),
    hours               numeric(6,2)  check (hours > 0),
    labour_rate         numeric(10,2) check (labour_rate >= 0),
    pricing_mode        varchar(10)   check (pricing_mode in ('SYSTEM', 'SYMPTOM', 'ITEM')),
    team                varchar(20),
    diagnosis           boolean       not null default false,
    customer_informed   boolean       not null default false,
    disassembly_note    varchar(300),
    -- parts
    part_number         varchar(40),
    quantity            numeric(10,2) check (quantity > 0),
    unit_price          numeric(12,2) check (unit_price >= 0),
    supplier            varchar(10)   check (supplier in ('DEALER', 'CUSTOMER')),
    grade               varchar(12)   check (grade in ('OEM', 'AFTERMARKET')),
    critical_system     boolean       not null default false,
    -- fees
    fee_type            varchar(10)   check (fee_type in ('DIAGNOSIS', 'ESTIMATE')),
    fee_amount          numeric(12,2) check (fee_amount >= 0),
    canned_job_id       uuid,
    created_at          timestamptz   not null
);
create index repair_order_line_order_idx on repair_order_line (repair_order_id, id);

-- Canned jobs (标准作业): a store's catalogue of standard jobs, each a set of labour and part lines.
create table canned_job (
    id          uuid primary key,
    store_code  varchar(16)  not null references store(code),
    code        varchar(30)  not null,
    name        varchar(120) not null,
    active      boolean      not null default true,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0,
    unique (store_code, code)
);

create table canned_job_line (
    canned_job_id   uuid          not null references canned_job(id),
    position        int           not null,
    kind            varchar(10)   not null check (kind in ('JOB', 'PART')),
    description     varchar(300)  not null,
    operation_code  varchar(40),
    hours           numeric(6,2),
    pricing_mode    varchar(10),
    team            varchar(20),
    part_number     varchar(40),
    quantity        numeric(10,2),
    unit_price      numeric(12,2),
    grade           varchar(12),
    critical_system boolean       not null default false,
    primary key (canned_job_id, position)
);
