-- Issue 11, the follow-up desk's after-service half: the post-service follow-up call for the store's
-- sample of delivered orders (R-FUP-1, R-FUP-3), the R-FUP-2 survey with store-editable versioned
-- templates and answers per question attributed to departments, advisor and technicians, and the
-- complaint case (R-FUP-5) with its named transitions, history, escalation and second follow-up.
-- Forward-only.

-- The rules' numbers, with their defaults, beside the desk's other numbers.
alter table followup_settings
    -- R-FUP-1: the call is due this many days after delivery, within the window from .. to days.
    add column follow_up_due_days          int not null default 3 check (follow_up_due_days between 1 and 30),
    add column follow_up_window_from_days  int not null default 2 check (follow_up_window_from_days between 0 and 30),
    add column follow_up_window_to_days    int not null default 7 check (follow_up_window_to_days between 1 and 60),
    -- R-FUP-3: at least this share of the delivered orders of each customer type x order type, per week.
    add column follow_up_sample_percent    int not null default 50 check (follow_up_sample_percent between 50 and 100),
    -- R-FUP-5: an overall score at or below this opens a complaint case.
    add column complaint_score_threshold   int not null default 6 check (complaint_score_threshold between 1 and 10),
    -- R-FUP-5: the deadline an opened case gets until its owner commits to one.
    add column complaint_resolution_hours  int not null default 48 check (complaint_resolution_hours between 1 and 720),
    -- Where overdue cases are e-mailed (the service manager); none = the escalation task only.
    add column escalation_email            varchar(200),
    add constraint followup_settings_window_check
        check (follow_up_window_from_days <= follow_up_due_days and follow_up_due_days <= follow_up_window_to_days);

-- The outbox's manager audience (complaint escalations, R-FUP-5). The escalation task itself is a
-- COMPLAINT_CALLBACK in the service manager's queue: a new task type would break the released contract.
alter table notification drop constraint notification_audience_check;
alter table notification add constraint notification_audience_check check (audience in ('CUSTOMER', 'WORKSHOP', 'PARTS', 'MANAGER'));

-- What the feedback context keeps of each delivered (closed) order, from RepairOrderClosed: the
-- stratum it is sampled in (customer type x order type, per store-local ISO week) and the decision.
create table feedback_delivery (
    repair_order_id  uuid         primary key,
    store_code       varchar(16)  not null references store (code),
    order_number     varchar(40),
    customer_id      uuid         not null references customer (id),
    vehicle_id       uuid         not null references vehicle (id),
    advisor_id       uuid,
    technician_ids   uuid[]       not null default '{}',
    customer_type    varchar(20)  not null,
    order_type       varchar(20)  not null,
    delivered_at     timestamptz  not null,
    delivered_day    date         not null,
    week_start       date         not null,
    decided_at       timestamptz,
    sampled          boolean,
    task_opened_at   timestamptz,
    created_at       timestamptz  not null,
    check ((decided_at is null) = (sampled is null))
);
create index feedback_delivery_undecided_idx on feedback_delivery (store_code, delivered_day) where decided_at is null;
create index feedback_delivery_week_idx on feedback_delivery (store_code, week_start);

-- R-FUP-2: the store's survey, one row per version (a change is a new version; answers name theirs).
create table survey_template (
    store_code  varchar(16)  not null references store (code),
    version     int          not null check (version >= 1),
    questions   jsonb        not null,
    created_at  timestamptz  not null,
    created_by  varchar(200) not null,
    primary key (store_code, version)
);

create table survey_response (
    id                uuid         primary key,
    store_code        varchar(16)  not null references store (code),
    task_id           uuid         not null unique,
    repair_order_id   uuid         not null references feedback_delivery (repair_order_id),
    customer_id       uuid         not null references customer (id),
    template_version  int          not null,
    overall_score     int          not null check (overall_score between 1 and 10),
    comment           varchar(2000),
    advisor_id        uuid,
    technician_ids    uuid[]       not null default '{}',
    complaint_id      uuid,
    recorded_by       varchar(200) not null,
    recorded_at       timestamptz  not null
);
create index survey_response_store_idx on survey_response (store_code, recorded_at);
create index survey_response_order_idx on survey_response (repair_order_id);

create table survey_answer (
    response_id     uuid         not null references survey_response (id),
    question_key    varchar(40)  not null,
    kind            varchar(10)  not null check (kind in ('SCORE', 'YES_NO', 'TEXT')),
    department      varchar(20),
    attributed_to   varchar(20)  check (attributed_to in ('ADVISOR', 'TECHNICIANS')),
    score           int          check (score between 1 and 10),
    yes             boolean,
    text            varchar(2000),
    primary key (response_id, question_key)
);

-- R-FUP-5: the quick-handling form and its life.
create table complaint (
    id                    uuid         primary key,
    store_code            varchar(16)  not null references store (code),
    number                varchar(30)  not null,
    repair_order_id       uuid,
    customer_id           uuid         not null references customer (id),
    vehicle_id            uuid         references vehicle (id),
    source                varchar(10)  not null check (source in ('SURVEY', 'DESK')),
    survey_response_id    uuid         references survey_response (id),
    category              varchar(30)  not null,
    department            varchar(20)  not null,
    description           varchar(2000) not null,
    repair_order_line_id  uuid,
    technician_id         uuid,
    owner                 varchar(200),
    deadline              timestamptz  not null,
    status                varchar(12)  not null check (status in ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'CONFIRMED', 'CLOSED')),
    round                 int          not null default 1,
    resolution            varchar(2000),
    resolved_at           timestamptz,
    resolved_by           varchar(200),
    callback_task_id      uuid,
    escalated_deadline    timestamptz,
    escalated_at          timestamptz,
    closed_at             timestamptz,
    created_at            timestamptz  not null,
    created_by            varchar(200) not null,
    updated_at            timestamptz  not null,
    version               bigint       not null default 0,
    unique (store_code, number)
);
create index complaint_board_idx on complaint (store_code, status, deadline);
create index complaint_overdue_idx on complaint (deadline) where status in ('OPEN', 'IN_PROGRESS');

-- Every named transition of a case, in order: a reopened case keeps what happened before.
create table complaint_transition (
    complaint_id  uuid          not null references complaint (id),
    position      int           not null,
    action        varchar(30)   not null,
    from_status   varchar(12),
    to_status     varchar(12)   not null,
    note          varchar(2000),
    deadline      timestamptz,
    owner         varchar(200),
    by_user       varchar(200)  not null,
    at            timestamptz   not null,
    primary key (complaint_id, position)
);
