-- Benchmark data at the size of the performance budgets: 200 000 vehicles (and their owners)
-- and 1 000 000 repair orders in store BENCH (ids derived from their number, so load scripts can pick
-- one at random; the first 200 000 with two lines each). Run against a throw-away database after Flyway
-- has migrated it (start the backend once against it). Set-based, ~1 minute on 2 cores.
\set ON_ERROR_STOP on
insert into store (code, name, timezone, currency, created_at, updated_at)
values ('BENCH', '压测店', 'Asia/Shanghai', 'CNY', now(), now()) on conflict do nothing;

insert into customer (id, store_code, type, name, primary_phone, email, address, company_name, club_member,
                      preferred_contact, service_wishes, notes, created_at, updated_at)
select (lpad(to_hex(i), 8, '0') || '-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, 'BENCH', 'PRIVATE',
       '客户' || i, '139' || lpad(i::text, 8, '0'), null, '北京市朝阳区' || i || '号', null, i % 10 = 0,
       'PHONE', null, null, now(), now()
from generate_series(1, 200000) i;

insert into customer_phone (customer_id, position, store_code, phone)
select (lpad(to_hex(i), 8, '0') || '-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, 0, 'BENCH', '139' || lpad(i::text, 8, '0')
from generate_series(1, 200000) i;

insert into vehicle (id, store_code, owner_id, vin, plate, brand, model, vehicle_type, powertrain, color, purchase_date,
                     sold_here, maintenance_interval_km, maintenance_interval_months, last_service_date, last_service_mileage,
                     created_at, updated_at)
select (lpad(to_hex(i), 8, '0') || '-0000-7000-9000-' || lpad(to_hex(i), 12, '0'))::uuid, 'BENCH',
       (lpad(to_hex(i), 8, '0') || '-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid,
       'LBENCH' || lpad(i::text, 11, '0'), '京B' || lpad(i::text, 6, '0'), '大众', '帕萨特', 'SEDAN', 'ICE', '白',
       date '2020-01-01' + (i % 1500), true, 10000, 6, date '2026-01-01' + (i % 300), 10000 + (i % 90000), now(), now()
from generate_series(1, 200000) i;

insert into vehicle_ownership (id, store_code, vehicle_id, customer_id, valid_from)
select gen_random_uuid(), 'BENCH', (lpad(to_hex(i), 8, '0') || '-0000-7000-9000-' || lpad(to_hex(i), 12, '0'))::uuid,
       (lpad(to_hex(i), 8, '0') || '-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, now()
from generate_series(1, 200000) i;

insert into repair_order (id, store_code, number, status, customer_id, vehicle_id, requested_work, repeat_repair, created_at, updated_at)
select (lpad(to_hex(i), 8, '0') || '-0000-7000-a000-' || lpad(to_hex(i), 12, '0'))::uuid, 'BENCH', 'ROBENCH' || lpad(i::text, 8, '0'), 'CLOSED',
       (lpad(to_hex(v), 8, '0') || '-0000-7000-8000-' || lpad(to_hex(v), 12, '0'))::uuid,
       (lpad(to_hex(v), 8, '0') || '-0000-7000-9000-' || lpad(to_hex(v), 12, '0'))::uuid,
       '定期保养', false, now() - (i % 1000) * interval '1 day', now()
from generate_series(1, 1000000) i, lateral (select 1 + (i % 200000) as v) x;

-- Two lines (a job and a part) on each of the first 200 000 orders, for "a repair order with its lines".
insert into repair_order_line (id, repair_order_id, kind, pay_type, description, operation_code, hours, labour_rate, pricing_mode,
                               team, part_number, quantity, unit_price, supplier, grade, created_at)
select (lpad(to_hex(i), 8, '0') || '-0000-7000-b00' || k || '-' || lpad(to_hex(i), 12, '0'))::uuid,
       (lpad(to_hex(i), 8, '0') || '-0000-7000-a000-' || lpad(to_hex(i), 12, '0'))::uuid,
       case k when 1 then 'JOB' else 'PART' end, 'CUSTOMER', case k when 1 then '更换机油及机滤' else '机油滤清器' end,
       case k when 1 then 'LUB-001' end, case k when 1 then 1.2 end, case k when 1 then 380 end, case k when 1 then 'SYSTEM' end,
       case k when 1 then 'MECHANICAL' end, case k when 2 then '06L115562B' end, case k when 2 then 1 end,
       case k when 2 then 128 end, case k when 2 then 'DEALER' end, case k when 2 then 'OEM' end,
       now() - (i % 1000) * interval '1 day'
from generate_series(1, 200000) i, generate_series(1, 2) k;

analyze;
