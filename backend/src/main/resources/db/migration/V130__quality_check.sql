-- R-QC-1..4, R-REP-5, R-REP-6: the quality check and the internal hand-over. The quality-check
-- context owns the qc_* tables; jobs move through the dispatch context, orders through the
-- repair-order context. Forward-only.

-- R-QC-1: which jobs need the final inspection by an inspector: every job (ALL), or the
-- safety-related and major ones (the rule's minimum); a repair is major from this many sold hours.
alter table store add column final_inspection_scope varchar(20) not null default 'SAFETY_AND_MAJOR'
    check (final_inspection_scope in ('ALL', 'SAFETY_AND_MAJOR'));
alter table store add column major_repair_hours numeric(5, 2) not null default 4.00 check (major_repair_hours > 0 and major_repair_hours <= 100);

-- The advisor's READY_FOR_DELIVERY task (R-QC-4: the advisor is briefed), added to whatever types
-- the constraint allows now.
do $$
declare
    current_def text;
begin
    select pg_get_constraintdef(oid) into current_def from pg_constraint where conname = 'task_type_check' and conrelid = 'task'::regclass;
    if current_def is null or position('READY_FOR_DELIVERY' in current_def) > 0 then
        return;
    end if;
    execute 'alter table task drop constraint task_type_check';
    execute 'alter table task add constraint task_type_check check (type in ('
        || (select string_agg(quote_literal(t), ', ')
            from (select unnest(regexp_matches(current_def, '''([A-Z_]+)''', 'g')) as t union select 'READY_FOR_DELIVERY') types)
        || '))';
end $$;

-- R-QC-1: the technicians who hold the inspector permission in a store (granted by the service manager).
create table qc_inspector (
    store_code     varchar(16)  not null references store (code),
    technician_id  uuid         not null references technician (id),
    granted_by     varchar(100) not null,
    granted_at     timestamptz  not null,
    primary key (store_code, technician_id)
);

-- R-QC-1 / R-REP-6: the technician's self-check and sign-off of a job, once per round (round 0 the
-- first finish, round n after the n-th rework).
create table qc_self_check (
    id               uuid          primary key,
    store_code       varchar(16)   not null references store (code),
    job_id           uuid          not null references workshop_job (id),
    repair_order_id  uuid          not null references repair_order (id),
    round            int           not null check (round >= 0),
    technician_id    uuid          not null references technician (id),
    checklist        jsonb         not null,
    notes            varchar(1000),
    signature_png    bytea         not null,
    signed_by        varchar(100)  not null,
    signed_at        timestamptz   not null,
    inspection_required boolean    not null,
    requirement_reason  varchar(300) not null,
    unique (job_id, round)
);
create index qc_self_check_order on qc_self_check (repair_order_id);

-- R-QC-1 / R-QC-2: the inspector's final inspection of a job, once per round: checklist, road test,
-- result, the reason of a failure (the job goes back to its technician), signed.
create table qc_inspection (
    id                       uuid          primary key,
    store_code               varchar(16)   not null references store (code),
    job_id                   uuid          not null references workshop_job (id),
    repair_order_id          uuid          not null references repair_order (id),
    round                    int           not null check (round >= 0),
    inspector_technician_id  uuid          not null references technician (id),
    worked_by_technician_id  uuid          references technician (id),
    result                   varchar(10)   not null check (result in ('PASSED', 'FAILED')),
    checklist                jsonb         not null,
    reason                   varchar(1000),
    road_test_km_before      int           check (road_test_km_before >= 0),
    road_test_km_after       int,
    road_test_result         varchar(10)   check (road_test_result in ('OK', 'NOT_OK')),
    road_test_notes          varchar(1000),
    signature_png            bytea         not null,
    signed_by                varchar(100)  not null,
    signed_at                timestamptz   not null,
    unique (job_id, round),
    constraint qc_inspection_failed_reason check (result = 'PASSED' or reason is not null),
    constraint qc_inspection_road_test check ((road_test_result is null) = (road_test_km_before is null)
        and (road_test_km_after is null or road_test_km_after >= road_test_km_before))
);
create index qc_inspection_order on qc_inspection (repair_order_id);
-- The first-pass rate reads a store's first-round inspections by day.
create index qc_inspection_first_round on qc_inspection (store_code, signed_at) where round = 0;

-- R-REP-5: what happens to each replaced part: kept to show the customer, returned under warranty,
-- or left with the workshop because the customer said so.
create table qc_old_part (
    repair_order_id  uuid          not null references repair_order (id),
    line_id          uuid          not null,
    store_code       varchar(16)   not null references store (code),
    disposition      varchar(30)   not null check (disposition in ('KEPT_FOR_CUSTOMER', 'WARRANTY_RETURN', 'DISCARDED_AT_CUSTOMER_REQUEST')),
    location         varchar(100),
    note             varchar(500),
    recorded_by      varchar(100)  not null,
    recorded_at      timestamptz   not null,
    primary key (repair_order_id, line_id),
    constraint qc_old_part_discard_note check (disposition <> 'DISCARDED_AT_CUSTOMER_REQUEST' or note is not null)
);

-- R-QC-3 / R-QC-4: the order's internal hand-over: the advisor's signature under the found-not-fixed
-- list (as it read when signed), the car cleaned and parked, the advisor briefed; ready for delivery.
create table qc_internal_handover (
    repair_order_id            uuid          primary key references repair_order (id),
    store_code                 varchar(16)   not null references store (code),
    findings_signed_text       text,
    findings_signature_png     bytea,
    findings_signed_by         varchar(100),
    findings_signed_at         timestamptz,
    cleaned                    boolean,
    parking_spot               varchar(40),
    briefing_note              varchar(1000),
    ready_by                   varchar(100),
    ready_at                   timestamptz,
    version                    bigint        not null default 0,
    constraint qc_internal_handover_signed check ((findings_signed_at is null) = (findings_signature_png is null)),
    constraint qc_internal_handover_ready check (ready_at is null or (cleaned and parking_spot is not null))
);
