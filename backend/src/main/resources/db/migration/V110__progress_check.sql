-- R-REP-2: the progress check. When the store's share (70-80 %, default 75) of a job's estimated
-- duration has elapsed, the order's advisor gets a PROGRESS_CHECK task; the answer (expected
-- completion, anomalies, who in the workshop was asked) is kept with the check; a later expected
-- completion moves the order's promised time (kept in its history) and the customer is told.
-- Forward-only.

-- R-REP-2: at what share of the estimated duration the check falls due (the rule's 70-80 %).
alter table store add column progress_check_percent int not null default 75 check (progress_check_percent between 70 and 80);

-- The advisor's task type. Adds PROGRESS_CHECK to whatever types the constraint allows now, so the
-- order in which migrations of other contexts add their own types does not matter.
do $$
declare
    current_def text;
begin
    select pg_get_constraintdef(oid) into current_def from pg_constraint where conname = 'task_type_check' and conrelid = 'task'::regclass;
    if current_def is null or position('PROGRESS_CHECK' in current_def) > 0 then
        return;
    end if;
    execute 'alter table task drop constraint task_type_check';
    execute 'alter table task add constraint task_type_check check (type in ('
        || (select string_agg(quote_literal(t), ', ')
            from (select unnest(regexp_matches(current_def, '''([A-Z_]+)''', 'g')) as t union select 'PROGRESS_CHECK') types)
        || '))';
end $$;

-- R-REP-2: what the workshop expects, as the advisor recorded it at the latest progress check.
alter table repair_order add column expected_completion_at timestamptz;

-- R-REP-2 / R-REP-3: every move of a promised time after the hand-over, with why, who and what caused it.
create table promised_delivery_revision (
    id               uuid         primary key,
    store_code       varchar(16)  not null references store (code),
    repair_order_id  uuid         not null references repair_order (id),
    previous_at      timestamptz,
    revised_to       timestamptz  not null,
    reason           varchar(30)  not null check (reason in ('SUPPLEMENTARY_ITEMS', 'PROGRESS_CHECK')),
    note             varchar(500),
    reference        varchar(100),
    revised_by       varchar(200) not null,
    revised_at       timestamptz  not null
);
create index promised_delivery_revision_order on promised_delivery_revision (repair_order_id, revised_at, id);

-- The advisor's late list: orders signed and not ready yet, by promised time (R-REP-2).
create index repair_order_in_work_promised on repair_order (store_code, promised_delivery_at)
    where status in ('OPEN', 'IN_PROGRESS', 'QUALITY_CHECK') and promised_delivery_at is not null;

-- One progress check per workshop job (the unique job_id makes the scheduler idempotent across runs
-- and instances). Owned by the dispatch context.
create table job_progress_check (
    id                      uuid          primary key,
    store_code              varchar(16)   not null references store (code),
    job_id                  uuid          not null unique references workshop_job (id),
    repair_order_id         uuid          not null references repair_order (id),
    task_id                 uuid,
    status                  varchar(20)   not null check (status in ('OPEN', 'RECORDED', 'CANCELLED')),
    -- The job's first clock-on, or its planned start while nobody clocked on yet.
    started_from            timestamptz   not null,
    sold_hours              numeric(7, 2) not null check (sold_hours > 0),
    percent                 int           not null check (percent between 1 and 100),
    due_at                  timestamptz   not null,
    raised_at               timestamptz   not null,
    expected_completion_at  timestamptz,
    anomalies               varchar(1000),
    workshop_asked          boolean,
    workshop_person         varchar(100),
    promised_before         timestamptz,
    promised_after          timestamptz,
    late                    boolean,
    revision_reason         varchar(500),
    language                varchar(10),
    notification_id         uuid,
    recorded_by             varchar(200),
    recorded_at             timestamptz,
    closed_reason           varchar(300),
    version                 bigint        not null default 0,
    constraint job_progress_check_recorded check ((status = 'RECORDED') = (recorded_at is not null and expected_completion_at is not null)),
    constraint job_progress_check_asked check (workshop_asked is not true or workshop_person is not null),
    constraint job_progress_check_revision check (late is not true or (revision_reason is not null and promised_after is not null))
);
create index job_progress_check_store on job_progress_check (store_code, id);
create index job_progress_check_order on job_progress_check (repair_order_id, id);
create index job_progress_check_task on job_progress_check (task_id) where task_id is not null;
create index job_progress_check_open on job_progress_check (store_code, id) where status = 'OPEN';

-- When the job's check was raised (written with the check row, in its transaction). It takes the job
-- out of the scheduler's index, so a run reads only the jobs still to check, however many are in work.
alter table workshop_job add column progress_check_raised_at timestamptz;

-- The scheduler's scan: jobs in work (planned or clocked on, not finished) with an estimated
-- duration and no check yet, by the start the check counts from. Jobs planned to start later are
-- outside the range.
create index workshop_job_in_work_start on workshop_job ((coalesce(started_at, planned_start)))
    include (store_code, sold_hours)
    where status in ('ASSIGNED', 'IN_PROGRESS', 'PAUSED', 'REWORK') and sold_hours > 0 and progress_check_raised_at is null;
