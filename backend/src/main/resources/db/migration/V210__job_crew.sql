-- R-REP-1: a job may be worked by a team, a lead and helpers, each clocking on their own. Every
-- technician on a job has a row here, the lead included (workshop_job.technician_id stays the
-- lead). Each row carries a copy of the job's plan, so one exclusion constraint refuses a double
-- booking of any technician, lead or helper, also when two assignments race. The copy follows the
-- job through a trigger: the job's named transitions remain the only writers of its plan and state.
create table workshop_job_crew (
    job_id         uuid          not null references workshop_job(id),
    technician_id  uuid          not null references technician(id),
    store_code     varchar(16)   not null references store(code),
    lead           boolean       not null,
    -- The member's share of the job's sold hours (0.5 = half); null: an equal part of what the
    -- members with a share leave (the store's default rule, R-REP-1 efficiency).
    share          numeric(5, 4) check (share > 0 and share <= 1),
    planned_start  timestamptz,
    planned_end    timestamptz,
    holds_plan     boolean       not null default false,
    added_at       timestamptz   not null,
    added_by       varchar(100)  not null,
    primary key (job_id, technician_id),
    constraint workshop_job_crew_no_overlap exclude using gist (technician_id with =, tstzrange(planned_start, planned_end) with &&)
        where (holds_plan)
);
create unique index workshop_job_crew_one_lead on workshop_job_crew (job_id) where lead;
-- A technician's jobs (my jobs, as lead or helper).
create index workshop_job_crew_technician on workshop_job_crew (technician_id);

create function workshop_job_crew_follow() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' or new.technician_id is distinct from old.technician_id then
        delete from workshop_job_crew where job_id = new.id and (lead or technician_id = new.technician_id);
        if new.technician_id is not null then
            insert into workshop_job_crew (job_id, technician_id, store_code, lead, added_at, added_by)
            values (new.id, new.technician_id, new.store_code, true, coalesce(new.assigned_at, new.updated_at), coalesce(new.assigned_by, 'system'));
        end if;
    end if;
    if new.status = 'WAITING' then
        delete from workshop_job_crew where job_id = new.id;
    end if;
    update workshop_job_crew
       set planned_start = new.planned_start, planned_end = new.planned_end,
           holds_plan = new.planned_start is not null and new.status in ('ASSIGNED', 'IN_PROGRESS', 'PAUSED', 'REWORK')
     where job_id = new.id;
    return null;
end $$;

create trigger workshop_job_crew_follow after insert or update of technician_id, planned_start, planned_end, status on workshop_job
    for each row execute function workshop_job_crew_follow();

-- The jobs already assigned get their lead's row.
insert into workshop_job_crew (job_id, technician_id, store_code, lead, planned_start, planned_end, holds_plan, added_at, added_by)
select id, technician_id, store_code, true, planned_start, planned_end,
       planned_start is not null and status in ('ASSIGNED', 'IN_PROGRESS', 'PAUSED', 'REWORK'),
       coalesce(assigned_at, updated_at), coalesce(assigned_by, 'system')
from workshop_job where technician_id is not null;
