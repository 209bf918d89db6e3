-- R-REP-1: the foreman dispatches each job of a handed-over order to a bay and a technician;
-- technicians clock on and off. Jobs and punches belong to the dispatch context, the technician's
-- sign-in link and foreman flag to the workshop set-up.

-- Double bookings are refused by exclusion constraints (uuid equality needs btree_gist; trusted
-- since PostgreSQL 13, so the database owner may create it).
create extension if not exists btree_gist;

-- Workshop set-up: a technician is a signed-in user (preferred_username) of the store; a foreman
-- (a workshop user marked so) dispatches jobs.
alter table technician add column username varchar(100);
alter table technician add column foreman boolean not null default false;
create unique index technician_username_unique on technician (store_code, username) where username is not null;

-- One workshop job per job line of the signed estimate (sold flat-rate hours from the line).
create table workshop_job (
    id                    uuid          primary key,
    store_code            varchar(16)   not null references store(code),
    repair_order_id       uuid          not null references repair_order(id),
    repair_order_line_id  uuid          not null unique,
    description           varchar(500)  not null,
    operation_code        varchar(40),
    team                  varchar(20),
    required_skill        varchar(30),
    required_bay_type     varchar(20),
    sold_hours            numeric(7, 2) not null check (sold_hours >= 0),
    status                varchar(20)   not null
        constraint workshop_job_status_check check (status in ('WAITING', 'ASSIGNED', 'IN_PROGRESS', 'PAUSED', 'DONE', 'IN_QC', 'REWORK', 'PASSED')),
    pause_reason          varchar(20)
        constraint workshop_job_pause_reason_check check (pause_reason in ('WAITING_PARTS', 'WAITING_APPROVAL', 'OTHER')),
    pause_note            varchar(300),
    technician_id         uuid          references technician(id),
    bay_id                uuid          references bay(id),
    planned_start         timestamptz,
    planned_end           timestamptz,
    assigned_at           timestamptz,
    assigned_by           varchar(100),
    started_at            timestamptz,
    done_at               timestamptz,
    first_done_at         timestamptz,
    done_by_technician_id uuid,
    rework_count          int           not null default 0 check (rework_count >= 0),
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    version               bigint        not null default 0,
    constraint workshop_job_plan_check check ((planned_start is null) = (planned_end is null) and (planned_end is null or planned_end > planned_start)),
    constraint workshop_job_paused_check check ((status = 'PAUSED') = (pause_reason is not null)),
    constraint workshop_job_technician_check check ((status = 'WAITING') = (technician_id is null)),
    -- R-REP-1: a bay and a technician hold one planned job at a time (while the job holds its plan).
    constraint workshop_job_bay_no_overlap exclude using gist (bay_id with =, tstzrange(planned_start, planned_end) with &&)
        where (bay_id is not null and planned_start is not null and status in ('ASSIGNED', 'IN_PROGRESS', 'PAUSED', 'REWORK')),
    constraint workshop_job_technician_no_overlap exclude using gist (technician_id with =, tstzrange(planned_start, planned_end) with &&)
        where (technician_id is not null and planned_start is not null and status in ('ASSIGNED', 'IN_PROGRESS', 'PAUSED', 'REWORK'))
);
-- The board reads a store's open jobs, plus those planned or finished on the day.
create index workshop_job_open on workshop_job (store_code, status) where status in ('WAITING', 'ASSIGNED', 'IN_PROGRESS', 'PAUSED', 'REWORK', 'IN_QC');
create index workshop_job_planned on workshop_job (store_code, planned_start) where planned_start is not null;
create index workshop_job_done on workshop_job (store_code, done_at) where done_at is not null;
create index workshop_job_credited on workshop_job (store_code, first_done_at) where first_done_at is not null;
create index workshop_job_order on workshop_job (repair_order_id);
create index workshop_job_technician on workshop_job (technician_id, status) where technician_id is not null;

-- A punch: a technician's time on a job, or on a non-productive code; open while ended_at is null.
create table time_punch (
    id              uuid         primary key,
    store_code      varchar(16)  not null references store(code),
    technician_id   uuid         not null references technician(id),
    job_id          uuid         references workshop_job(id),
    code            varchar(20)
        constraint time_punch_code_check check (code in ('CLEANING', 'TRAINING', 'WAITING', 'MEETING', 'OTHER')),
    note            varchar(300),
    started_at      timestamptz  not null,
    ended_at        timestamptz,
    end_reason      varchar(20)
        constraint time_punch_end_reason_check check (end_reason in ('CLOCKED_OFF', 'SWITCHED', 'PAUSED', 'FINISHED')),
    started_by      varchar(100) not null,
    ended_by        varchar(100),
    constraint time_punch_subject_check check ((job_id is null) <> (code is null)),
    constraint time_punch_span_check check (ended_at is null or ended_at >= started_at),
    constraint time_punch_end_check check ((ended_at is null) = (end_reason is null))
);
-- R-REP-1: one active clock per technician.
create unique index time_punch_one_active on time_punch (technician_id) where ended_at is null;
create index time_punch_job on time_punch (job_id) where job_id is not null;
-- Who is clocked on now, per store (the board's "on the clock" marks).
create index time_punch_open on time_punch (store_code) where ended_at is null;
-- Hours of a day: the punches whose span meets it (an open punch runs on).
create index time_punch_span on time_punch using gist (store_code, tstzrange(started_at, ended_at));
