-- Issue 11: first service for cars sold last month (R-REM-4), the retention call after the store's months
-- without a visit (mid-month) and the lost customer after the store's lost months, with the reason chosen when
-- the call is closed (R-REM-5), and insurance renewal and annual inspection (年审) for the month ahead (R-REM-6).
-- Forward-only.

-- R-REM-5's numbers beside the desk's others: 3 months (called from the store's mid-month day, 15), 12 months.
alter table followup_settings
    add column retention_months    int not null default 3  check (retention_months between 1 and 24),
    add column retention_call_day  int not null default 15 check (retention_call_day between 1 and 28),
    add column lost_months         int not null default 12 check (lost_months between 2 and 60),
    add constraint followup_settings_lost_after_retention_check check (lost_months > retention_months);

-- R-REM-6: what the archive now records of a vehicle's insurance policy and annual inspection (the customer
-- context's table; set through the vehicle's service like the rest of the archive).
alter table vehicle
    add column insurance_expires_on  date,
    add column insurer               varchar(60),
    add column inspection_due_on     date;

-- The reminder context's view follows: the sale (R-REM-4) and the two dates (R-REM-6).
alter table reminder_vehicle
    add column purchase_date         date,
    add column sold_here             boolean not null default false,
    add column insurance_expires_on  date,
    add column inspection_due_on     date;
update reminder_vehicle rv set purchase_date = v.purchase_date, sold_here = v.sold_here from vehicle v where v.id = rv.vehicle_id;
create index reminder_vehicle_sale_idx on reminder_vehicle (store_code, purchase_date) where sold_here;
create index reminder_vehicle_visit_idx on reminder_vehicle (store_code, last_service_date);
create index reminder_vehicle_insurance_idx on reminder_vehicle (store_code, insurance_expires_on) where insurance_expires_on is not null;
create index reminder_vehicle_inspection_idx on reminder_vehicle (store_code, inspection_due_on) where inspection_due_on is not null;

-- One outreach per vehicle, kind and what it counts from (the unique cycle key: the sale, the last visit, the
-- policy's expiry, the inspection's due date), whatever runs the generator how often or on how many instances;
-- the call's outcome (RETAINED, or LOST with a reason from the list, R-REM-5) when it is closed.
create table reminder_outreach (
    id               uuid          primary key,
    store_code       varchar(16)   not null references store (code),
    kind             varchar(20)   not null check (kind in ('FIRST_SERVICE', 'RETENTION', 'LOST', 'INSURANCE_RENEWAL', 'ANNUAL_INSPECTION')),
    vehicle_id       uuid          not null references vehicle (id),
    customer_id      uuid          not null references customer (id),
    cycle_key        varchar(120)  not null,
    reference_date   date          not null,
    claimed_at       timestamptz,
    message_channel  varchar(10),
    message_skipped  varchar(40),
    status           varchar(12)   not null check (status in ('OPEN', 'RETAINED', 'LOST')),
    lost_reason      varchar(30),
    outcome_note     varchar(500),
    closed_by        varchar(200),
    closed_at        timestamptz,
    created_at       timestamptz   not null,
    version          bigint        not null default 0,
    unique (store_code, kind, cycle_key),
    check (status <> 'LOST' or lost_reason is not null)
);
create index reminder_outreach_claim_idx on reminder_outreach (store_code) where claimed_at is null;
create index reminder_outreach_vehicle_idx on reminder_outreach (vehicle_id, created_at);
