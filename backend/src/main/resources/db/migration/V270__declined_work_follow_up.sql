-- Issue 11, declined work comes back: the found-not-fixed items the customer declined (estimate lines at
-- signing, a declined estimate, declined supplementary items, R-PRE-3 / R-REP-3) get a message and a call
-- after the store's number of days, and the desk sees how much of it was sold again. Forward-only.

-- The store's number of days, beside the desk's other numbers (default 30).
alter table followup_settings
    add column declined_work_follow_up_days int not null default 30 check (declined_work_follow_up_days between 1 and 365);

-- What a desk call is for within its type (DECLINED_WORK, FIRST_SERVICE, RETENTION, …): task.type is a closed
-- enum of the released contract, the purpose an open string the queue picks the call's script by.
alter table task add column purpose varchar(40);

-- The reminder context's view of each declined found-not-fixed item, kept from the repair-order context's
-- FoundNotFixedChanged events (found_not_fixed is that context's table): the amount it was priced at, and
-- the later order (of the same vehicle) and amount that fixed it, i.e. recaptured it. An item taken back on
-- its own order at a new signature is not declined work and has no row.
create table declined_work (
    finding_id            uuid          primary key,
    store_code            varchar(16)   not null references store (code),
    repair_order_id       uuid          not null references repair_order (id),
    vehicle_id            uuid          not null references vehicle (id),
    customer_id           uuid          not null references customer (id),
    description           varchar(500)  not null,
    amount                numeric(12,2) not null default 0,
    declined_at           timestamptz   not null,
    resolved_at           timestamptz,
    resolved_by_order_id  uuid          references repair_order (id),
    recaptured_amount     numeric(12,2),
    updated_at            timestamptz   not null
);
-- The generator reads the open items declined in a window of days; the report the store's items by date.
create index declined_work_open_idx on declined_work (store_code, declined_at) where resolved_at is null;
create index declined_work_order_idx on declined_work (repair_order_id);
create index declined_work_store_idx on declined_work (store_code, declined_at);

-- One follow-up per declining order and store day its items were declined on (the unique key; a supplementary
-- item declined days after the signing comes back on its own day), whatever runs the generator how often or on
-- how many instances: the items and amount open when it was raised, the message's channel (or why none).
create table declined_work_follow_up (
    id                uuid          primary key,
    store_code        varchar(16)   not null references store (code),
    repair_order_id   uuid          not null references repair_order (id),
    vehicle_id        uuid          not null references vehicle (id),
    customer_id       uuid          not null references customer (id),
    declined_on       date          not null,
    due_date          date          not null,
    items             varchar(2000) not null,
    item_count        int           not null,
    amount            numeric(12,2) not null,
    claimed_at        timestamptz,
    message_channel   varchar(10),
    message_skipped   varchar(40),
    created_at        timestamptz   not null,
    unique (store_code, repair_order_id, declined_on)
);
create index declined_work_follow_up_claim_idx on declined_work_follow_up (store_code) where claimed_at is null;
create index declined_work_follow_up_order_idx on declined_work_follow_up (repair_order_id);

-- The declined items there are now, priced as their lines were (labour under its pricing mode, parts, fees);
-- declined supplementary items of the past (no line of their own) count 0; new ones carry their version's subtotal.
insert into declined_work (finding_id, store_code, repair_order_id, vehicle_id, customer_id, description, amount, declined_at,
                           resolved_at, resolved_by_order_id, recaptured_amount, updated_at)
select f.id, f.store_code, f.repair_order_id, f.vehicle_id, o.customer_id, f.description,
       coalesce(round(case l.kind when 'JOB' then l.hours * l.labour_rate * (case when l.pricing_mode = 'SYMPTOM' then 1 + o.symptom_risk_margin_percent / 100 else 1 end)
                                  when 'PART' then l.quantity * l.unit_price
                                  else l.fee_amount end, 2), 0),
       f.found_at, f.resolved_at, f.resolved_by_order_id,
       case when f.resolved_by_line_id is not null then
           (select round(case r.kind when 'JOB' then r.hours * r.labour_rate * (case when r.pricing_mode = 'SYMPTOM' then 1 + ro.symptom_risk_margin_percent / 100 else 1 end)
                                     when 'PART' then r.quantity * r.unit_price else r.fee_amount end, 2)
            from repair_order_line r join repair_order ro on ro.id = r.repair_order_id where r.id = f.resolved_by_line_id) end,
       now()
from found_not_fixed f
join repair_order o on o.id = f.repair_order_id
left join repair_order_line l on l.id = f.source_line_id
where f.disposition = 'DECLINED' and (f.resolved_by_order_id is null or f.resolved_by_order_id <> f.repair_order_id);
