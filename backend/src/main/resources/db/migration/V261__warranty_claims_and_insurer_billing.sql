-- Issue 10, R-CHK-7 / R-DEL-3: warranty claims from a bill's warranty lines, and the insurer's share
-- of a bill billed to the insurer's credit account. The settlement context owns these tables.

-- A warranty claim to the manufacturer for the warranty lines of one bill: op code, causal part,
-- labour hours, links to the photos (inspection / quality check) that prove it; DRAFT → SUBMITTED
-- → ACCEPTED (paid amount) | REJECTED (reason). The customer's part of the bill closes meanwhile.
create table settlement_warranty_claim (
    id                uuid          primary key,
    store_code        varchar(16)   not null references store (code),
    settlement_id     uuid          not null references settlement (id),
    repair_order_id   uuid          not null,
    order_number      varchar(40)   not null,
    bill_number       varchar(40),
    status            varchar(12)   not null check (status in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'REJECTED')),
    op_code           varchar(60),
    causal_part       varchar(60),
    labour_hours      numeric(6, 2) check (labour_hours >= 0),
    claimed_amount    numeric(12, 2) not null check (claimed_amount >= 0),
    photo_links       jsonb         not null default '[]',
    notes             varchar(1000),
    claim_reference   varchar(60),
    paid_amount       numeric(12, 2) check (paid_amount >= 0),
    decision_reason   varchar(1000),
    submitted_by      varchar(100),
    submitted_at      timestamptz,
    decided_by        varchar(100),
    decided_at        timestamptz,
    created_by        varchar(100)  not null,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           bigint        not null default 0,
    check (status <> 'ACCEPTED' or paid_amount is not null),
    check (status <> 'REJECTED' or decision_reason is not null)
);
create unique index settlement_warranty_claim_one_per_bill on settlement_warranty_claim (settlement_id);
create index settlement_warranty_claim_store_status on settlement_warranty_claim (store_code, status, created_at);

-- The insurer's share of a bill is a tender of its own (a receivable on the insurer's account).
alter table settlement_payment drop constraint settlement_payment_tender_check;
alter table settlement_payment add constraint settlement_payment_tender_check
    check (tender in ('CASH', 'CARD', 'MOBILE', 'BANK_TRANSFER', 'DEPOSIT', 'ON_ACCOUNT', 'INSURER'));
