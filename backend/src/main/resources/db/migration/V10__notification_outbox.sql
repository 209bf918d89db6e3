-- R-APT-5, R-APT-6: the outbox is really sent. A row is claimed with a lease (claimed_until) so two
-- backend instances never send it twice and a crash between claim and mark only delays it; failures
-- are retried with backoff (next_attempt_at) and end FAILED after the maximum attempts, never lost.
alter table notification add column subject_type    varchar(40);
alter table notification add column subject_id      uuid;
alter table notification add column dedupe_key      varchar(300);
alter table notification add column language        varchar(10)   not null default 'zh-CN';
alter table notification add column title           varchar(200);
alter table notification add column status          varchar(10)   not null default 'PENDING';
alter table notification add column attempts        int           not null default 0;
alter table notification add column last_error      varchar(1000);
alter table notification add column next_attempt_at timestamptz;
alter table notification add column claimed_until   timestamptz;
alter table notification add column claim_token     uuid;
alter table notification add column provider        varchar(40);
alter table notification alter column body type varchar(4000);

-- Rows written before the outbox: board rows count as delivered (the boards read this table),
-- customer rows were never sent and are now due.
update notification set subject_type = 'appointment', subject_id = appointment_id,
    dedupe_key = kind || ':' || audience || ':appointment:' || coalesce(appointment_id::text, id::text),
    status = case when channel = 'BOARD' then 'SENT' else 'PENDING' end,
    sent_at = case when channel = 'BOARD' then created_at else sent_at end,
    provider = case when channel = 'BOARD' then 'board' else null end,
    next_attempt_at = created_at;
alter table notification alter column dedupe_key set not null;
alter table notification alter column next_attempt_at set not null;
alter table notification drop constraint notification_appointment_id_kind_audience_key;
alter table notification add constraint notification_dedupe_key unique (store_code, dedupe_key);
alter table notification add constraint notification_status_check check (status in ('PENDING', 'HELD', 'SENT', 'FAILED', 'CANCELLED'));
alter table notification add constraint notification_channel_check check (channel in ('SMS', 'EMAIL', 'BOARD'));
alter table notification add constraint notification_audience_check check (audience in ('CUSTOMER', 'WORKSHOP', 'PARTS'));
create index notification_due_idx on notification (next_attempt_at) where status in ('PENDING', 'HELD');
create index notification_subject_idx on notification (subject_type, subject_id);
create index notification_appointment_idx on notification (appointment_id);

-- A store's own wording of a message; without a row the default shipped in
-- notification/templates.properties is used.
create table notification_template (
    store_code  varchar(16)   not null references store(code),
    kind        varchar(40)   not null,
    audience    varchar(20)   not null,
    language    varchar(10)   not null,
    title       varchar(200)  not null,
    body        varchar(2000) not null,
    updated_at  timestamptz   not null,
    updated_by  varchar(120)  not null,
    primary key (store_code, kind, audience, language)
);

-- Quiet hours (store-local): customer messages that fall due inside them wait until they end.
alter table store add column quiet_hours_start time not null default '21:00';
alter table store add column quiet_hours_end   time not null default '08:00';
