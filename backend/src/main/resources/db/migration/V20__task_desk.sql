-- The follow-up desk's task (replaces staff_task): a typed subject, an assignee that is a role queue
-- and optionally one of its members, a due window, a priority, every contact attempt with its
-- outcome, and a dedupe key that is not tied to an appointment (unique per store), so a second
-- scheduler run never doubles a task.
create table task (
    id             uuid primary key,
    store_code     varchar(16)  not null references store(code),
    type           varchar(40)  not null check (type in ('REBOOK_NO_SHOW', 'TELL_CUSTOMER_NOT_READY', 'FOLLOW_UP_CALL', 'SERVICE_REMINDER', 'COMPLAINT_CALLBACK')),
    subject_type   varchar(20)  not null check (subject_type in ('CUSTOMER', 'VEHICLE', 'REPAIR_ORDER', 'APPOINTMENT', 'COMPLAINT')),
    subject_id     uuid         not null,
    customer_id    uuid         references customer(id),
    vehicle_id     uuid         references vehicle(id),
    title          varchar(300) not null,
    assignee_role  varchar(30)  not null check (assignee_role in ('advisor', 'workshop', 'cashier', 'customer-service', 'service-manager')),
    assignee_user  varchar(200),
    priority       varchar(10)  not null check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    status         varchar(12)  not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    due_from       timestamptz  not null,
    due_until      timestamptz,
    dedupe_key     varchar(200) not null,
    created_at     timestamptz  not null,
    created_by     varchar(200) not null,
    updated_at     timestamptz  not null,
    closed_at      timestamptz,
    closed_by      varchar(200),
    close_reason   varchar(300),
    version        bigint       not null default 0,
    unique (store_code, dedupe_key),
    check (due_until is null or due_until >= due_from),
    check ((status in ('DONE', 'CANCELLED')) = (closed_at is not null))
);
create index task_queue_idx on task (store_code, assignee_role, status, id);
create index task_user_idx on task (store_code, assignee_user, status, id) where assignee_user is not null;
create index task_subject_idx on task (subject_type, subject_id);

create table task_attempt (
    task_id       uuid         not null references task(id),
    position      int          not null,
    outcome       varchar(20)  not null check (outcome in ('NO_ANSWER', 'CALL_BACK_AT', 'REACHED', 'WRONG_NUMBER', 'DO_NOT_CALL', 'DONE')),
    note          varchar(1000),
    call_back_at  timestamptz,
    recorded_by   varchar(200) not null,
    recorded_at   timestamptz  not null,
    primary key (task_id, position),
    check ((outcome = 'CALL_BACK_AT') = (call_back_at is not null))
);

-- The old tasks move over with their appointment as subject; nothing reads staff_task any more.
insert into task (id, store_code, type, subject_type, subject_id, customer_id, vehicle_id, title, assignee_role, priority, status,
                  due_from, due_until, dedupe_key, created_at, created_by, updated_at, closed_at, closed_by, version)
select t.id, t.store_code,
       case t.kind when 'REBOOK' then 'REBOOK_NO_SHOW' else 'TELL_CUSTOMER_NOT_READY' end,
       case when t.appointment_id is null then 'CUSTOMER' else 'APPOINTMENT' end,
       coalesce(t.appointment_id, t.customer_id, t.id),
       t.customer_id, a.vehicle_id, t.title,
       case when t.assignee_role in ('advisor', 'workshop', 'cashier', 'customer-service', 'service-manager') then t.assignee_role else 'service-manager' end,
       case t.kind when 'REBOOK' then 'NORMAL' else 'HIGH' end,
       case t.status when 'DONE' then 'DONE' else 'OPEN' end,
       least(t.created_at, coalesce(t.due_at, t.created_at)), t.due_at,
       case t.kind when 'REBOOK' then 'REBOOK_NO_SHOW' else 'TELL_CUSTOMER_NOT_READY' end
           || ':' || case when t.appointment_id is null then 'legacy:' || t.id else 'appointment:' || t.appointment_id end,
       t.created_at, 'system:migration', coalesce(t.done_at, t.created_at),
       case t.status when 'DONE' then coalesce(t.done_at, t.created_at) end,
       case t.status when 'DONE' then coalesce(t.done_by, 'unknown') end,
       t.version
from staff_task t left join appointment a on a.id = t.appointment_id;

drop table staff_task;
