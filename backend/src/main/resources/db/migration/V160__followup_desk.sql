-- The follow-up desk (issue 11): the customer-service work queue's store settings (R-FUP-4 call
-- window, no-answer retries), per-channel contact consent, and the maintenance reminders (R-REM-1..3)
-- of the reminder context. Forward-only.
--
-- The desk's numbers live in their own table owned by the follow-up context rather than as more
-- columns on `store`: the desk reads and changes them as one record with its own version.
create table followup_settings (
    store_code                varchar(16) primary key references store (code),
    -- R-FUP-4: calls are offered only inside this store-local window (customers' busy hours outside it).
    call_window_start         time        not null default '09:30',
    call_window_end           time        not null default '20:00',
    -- A no-answer comes back after this many minutes on the same day (if still inside the window),
    -- else at the start of the next day's window ...
    no_answer_retry_minutes   int         not null default 120 check (no_answer_retry_minutes between 10 and 600),
    -- ... and after this many unanswered calls the desk sends a message instead.
    no_answer_max_attempts    int         not null default 3 check (no_answer_max_attempts between 1 and 10),
    -- R-REM-1: a vehicle with one visit (no history to average) is projected at this many km per day.
    default_km_per_day        int         not null default 40 check (default_km_per_day between 1 and 1000),
    -- R-REM-1: the interval when the vehicle's archive gives none.
    default_interval_months   int         not null default 6 check (default_interval_months between 1 and 36),
    default_interval_km       int         not null default 5000 check (default_interval_km between 1000 and 100000),
    -- R-REM-2: message and call this many days before the due date.
    reminder_message_days     int         not null default 13 check (reminder_message_days between 1 and 60),
    reminder_call_days        int         not null default 11 check (reminder_call_days between 1 and 60),
    -- R-REM-3: an undecided customer is called again this many days later (before the parts' lead time runs out).
    second_call_after_days    int         not null default 3 check (second_call_after_days between 1 and 30),
    updated_at                timestamptz not null,
    updated_by                varchar(200) not null,
    version                   bigint      not null default 0,
    check (call_window_end > call_window_start),
    check (reminder_message_days >= reminder_call_days)
);

-- Per-channel consent per customer (call, SMS, e-mail). No row = consent as given when the customer
-- was registered; a row says what the customer told us last, who recorded it and why.
create table contact_consent (
    store_code   varchar(16)  not null references store (code),
    customer_id  uuid         not null references customer (id),
    channel      varchar(10)  not null check (channel in ('CALL', 'SMS', 'EMAIL')),
    allowed      boolean      not null,
    source       varchar(10)  not null check (source in ('DESK', 'LINK')),
    reason       varchar(300),
    changed_by   varchar(200) not null,
    changed_at   timestamptz  not null,
    primary key (customer_id, channel)
);
create index contact_consent_store_idx on contact_consent (store_code, customer_id);

-- R-REM-1: what the reminder context knows of each vehicle's maintenance, kept from the archive's and
-- the visits' events (the vehicle table belongs to the customer context): the service the next one is
-- counted from, and the first and latest odometer readings the daily mileage is averaged over.
create table reminder_vehicle (
    vehicle_id              uuid        primary key references vehicle (id),
    store_code              varchar(16) not null references store (code),
    customer_id             uuid        not null references customer (id),
    interval_months         int,
    interval_km             int,
    last_service_date       date,
    last_service_mileage    int,
    first_reading_date      date,
    first_reading_mileage   int,
    latest_reading_date     date,
    latest_reading_mileage  int,
    updated_at              timestamptz not null
);
create index reminder_vehicle_store_idx on reminder_vehicle (store_code) where last_service_date is not null;

-- One reminder cycle per vehicle and service it counts from (the unique cycle key): the message
-- (T-13) and the call (T-11) are raised once each, whatever runs the generator how often.
create table reminder_cycle (
    id                 uuid         primary key,
    store_code         varchar(16)  not null references store (code),
    vehicle_id         uuid         not null references vehicle (id),
    customer_id        uuid         not null references customer (id),
    cycle_key          varchar(80)  not null,
    due_date           date         not null,
    due_basis          varchar(10)  not null check (due_basis in ('DATE', 'MILEAGE')),
    status             varchar(12)  not null check (status in ('OPEN', 'BOOKED', 'UNDECIDED', 'DECLINED')),
    message_at         timestamptz,
    message_channel    varchar(10),
    message_skipped    varchar(40),
    call_task_at       timestamptz,
    second_call_at     timestamptz,
    latest_mileage     int,
    special_request    varchar(1000),
    appointment_id     uuid,
    decided_by         varchar(200),
    decided_at         timestamptz,
    created_at         timestamptz  not null,
    version            bigint       not null default 0,
    unique (store_code, cycle_key)
);
create index reminder_cycle_message_idx on reminder_cycle (store_code, due_date) where message_at is null;
create index reminder_cycle_call_idx on reminder_cycle (store_code, due_date) where call_task_at is null;

-- The vehicles there are now, with their last service as the first reading (later visits add more).
insert into reminder_vehicle (vehicle_id, store_code, customer_id, interval_months, interval_km, last_service_date, last_service_mileage,
                              first_reading_date, first_reading_mileage, latest_reading_date, latest_reading_mileage, updated_at)
select v.id, v.store_code, v.owner_id, v.maintenance_interval_months, v.maintenance_interval_km, v.last_service_date, v.last_service_mileage,
       case when v.last_service_mileage is not null then v.last_service_date end, v.last_service_mileage,
       case when v.last_service_mileage is not null then v.last_service_date end, v.last_service_mileage, now()
from vehicle v;
