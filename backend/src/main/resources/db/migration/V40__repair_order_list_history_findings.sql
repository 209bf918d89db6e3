-- Issue #7 points 4-7: orders that can be found, the service card, found-but-not-fixed.

-- The status column only holds the states the aggregate knows (RepairOrderStatus).
alter table repair_order add constraint repair_order_status_check check (status in
    ('DRAFT', 'AWAITING_SIGNATURE', 'OPEN', 'IN_PROGRESS', 'QUALITY_CHECK', 'READY_FOR_DELIVERY', 'SETTLED', 'CLOSED', 'DECLINED', 'CANCELLED'));

-- R-CHK-9: a declined order is released with its release note, then closed.
alter table repair_order add column released_at timestamptz;
alter table repair_order add column released_by varchar(200);

-- R-ARC-4: the odometer of the visit, recorded by the check-in inspection (R-CHK-2).
alter table repair_order add column odometer_km integer check (odometer_km >= 0);

-- The order list (advisor, foreman): newest first within the store, by status, by advisor,
-- today's, by number prefix, by vehicle or customer; keyset on id (time-ordered ids).
create index repair_order_store_status_idx on repair_order (store_code, status, id);
create index repair_order_store_advisor_idx on repair_order (store_code, advisor_id, id) where advisor_id is not null;
create index repair_order_store_open_idx on repair_order (store_code, id) where status not in ('CLOSED', 'CANCELLED');
create index repair_order_store_created_idx on repair_order (store_code, created_at, id);
create index repair_order_number_prefix_idx on repair_order (store_code, number varchar_pattern_ops);
create index repair_order_customer_idx on repair_order (customer_id, id);
-- R-ARC-4: the vehicle's visits, newest first.
create index repair_order_vehicle_idx on repair_order (vehicle_id, id);

-- Archive search by the tail of a phone number or a plate ("5678"): a prefix search on the reversed value.
create index customer_phone_suffix_idx on customer_phone (store_code, reverse(phone) text_pattern_ops);
create index vehicle_plate_suffix_idx on vehicle (store_code, reverse(plate) text_pattern_ops, id);

-- R-PRE-3: a finding is DECLINED (the customer said no) or DEFERRED (later), maybe safety-critical,
-- recorded on an order (or from one of its declined lines) and resolved by a line of a later order.
alter table found_not_fixed add column repair_order_id uuid references repair_order(id);
alter table found_not_fixed add column disposition varchar(10) not null default 'DEFERRED' check (disposition in ('DECLINED', 'DEFERRED'));
alter table found_not_fixed add column safety_critical boolean not null default false;
alter table found_not_fixed add column recorded_by varchar(200);
alter table found_not_fixed add column source_line_id uuid;
alter table found_not_fixed add column resolved_by_order_id uuid references repair_order(id);
alter table found_not_fixed add column resolved_by_line_id uuid;
create index found_not_fixed_order_idx on found_not_fixed (repair_order_id) where repair_order_id is not null;
alter table repair_order_line add column resolves_finding_id uuid references found_not_fixed(id);
