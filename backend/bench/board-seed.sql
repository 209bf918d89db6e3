-- The foreman's board at the size of issue 9's budget: store BENCH (after seed.sql: 1 000 000
-- historical orders) gets 20 general bays, 20 technicians on 08:30-17:30 shifts, and 200 open
-- orders with one job each: 100 planned today on a technician and a bay (half hours that never
-- overlap, so the exclusion constraints hold), 40 of them in progress with a running clock, and
-- 100 waiting in the queue. Set-based; "today" is the store's day (Asia/Shanghai).
\set ON_ERROR_STOP on
insert into bay (id, store_code, code, name, bay_type, active)
select ('b0000000-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, 'BENCH', 'BB' || lpad(i::text, 2, '0'), i || '号机修工位', 'GENERAL', true
from generate_series(1, 20) i;

insert into technician (id, store_code, name, skills, work_start, work_end, active)
select ('e0000000-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, 'BENCH', '技师' || i, 'MAINTENANCE,REPAIR,DIAGNOSIS', time '08:30', time '17:30', true
from generate_series(1, 20) i;

insert into technician_shift (technician_id, day_of_week, starts, ends)
select ('e0000000-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, d, time '08:30', time '17:30'
from generate_series(1, 20) i, generate_series(1, 7) d;

-- Open orders j = 1..200 on the first 200 bench vehicles, promised this evening.
insert into repair_order (id, store_code, number, status, customer_id, vehicle_id, requested_work, repeat_repair,
                          promised_delivery_at, created_at, updated_at)
select ('a0000000-0000-7000-8000-' || lpad(to_hex(j), 12, '0'))::uuid, 'BENCH', 'ROOPEN' || lpad(j::text, 6, '0'), 'IN_PROGRESS',
       (lpad(to_hex(j), 8, '0') || '-0000-7000-8000-' || lpad(to_hex(j), 12, '0'))::uuid,
       (lpad(to_hex(j), 8, '0') || '-0000-7000-9000-' || lpad(to_hex(j), 12, '0'))::uuid,
       '定期保养', false, ((now() at time zone 'Asia/Shanghai')::date + time '18:00') at time zone 'Asia/Shanghai', now(), now()
from generate_series(1, 200) j;

insert into repair_order_line (id, repair_order_id, kind, pay_type, description, hours, labour_rate, pricing_mode, team, created_at)
select ('c0000000-0000-7000-8000-' || lpad(to_hex(j), 12, '0'))::uuid, ('a0000000-0000-7000-8000-' || lpad(to_hex(j), 12, '0'))::uuid,
       'JOB', 'CUSTOMER', '更换机油及机滤 ' || j, 0.5, 300, 'SYSTEM', 'MECHANICAL', now()
from generate_series(1, 200) j;

-- Jobs 1..100 planned: technician and bay (j-1) % 20, half hour (j-1) / 20 from 08:30; 1..40 in progress.
insert into workshop_job (id, store_code, repair_order_id, repair_order_line_id, description, team, sold_hours, status,
                          technician_id, bay_id, planned_start, planned_end, assigned_at, assigned_by, started_at, created_at, updated_at)
select ('d0000000-0000-7000-8000-' || lpad(to_hex(j), 12, '0'))::uuid, 'BENCH',
       ('a0000000-0000-7000-8000-' || lpad(to_hex(j), 12, '0'))::uuid, ('c0000000-0000-7000-8000-' || lpad(to_hex(j), 12, '0'))::uuid,
       '更换机油及机滤 ' || j, 'MECHANICAL', 0.5,
       case when j > 100 then 'WAITING' when j <= 40 then 'IN_PROGRESS' else 'ASSIGNED' end,
       case when j <= 100 then ('e0000000-0000-7000-8000-' || lpad(to_hex(1 + (j - 1) % 20), 12, '0'))::uuid end,
       case when j <= 100 then ('b0000000-0000-7000-8000-' || lpad(to_hex(1 + (j - 1) % 20), 12, '0'))::uuid end,
       case when j <= 100 then (d + time '08:30' + ((j - 1) / 20) * interval '30 minutes') at time zone 'Asia/Shanghai' end,
       case when j <= 100 then (d + time '09:00' + ((j - 1) / 20) * interval '30 minutes') at time zone 'Asia/Shanghai' end,
       case when j <= 100 then now() end, case when j <= 100 then 'bench' end,
       case when j <= 40 then now() - interval '20 minutes' end, now(), now()
from generate_series(1, 200) j, lateral (select (now() at time zone 'Asia/Shanghai')::date as d) today;

-- A running clock on each job in progress (technicians 1..20 twice would be two clocks: one each, jobs 1..20).
insert into time_punch (id, store_code, technician_id, job_id, started_at, started_by)
select gen_random_uuid(), 'BENCH', ('e0000000-0000-7000-8000-' || lpad(to_hex(j), 12, '0'))::uuid,
       ('d0000000-0000-7000-8000-' || lpad(to_hex(j), 12, '0'))::uuid, now() - interval '20 minutes', 'bench'
from generate_series(1, 20) j;

analyze;
