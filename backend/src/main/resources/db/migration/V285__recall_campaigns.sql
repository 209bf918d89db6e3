-- Issue 11, R-REM-6: recall and technical-upgrade campaigns (召回 / 技术升级). The service manager creates a
-- campaign and imports the manufacturer's VIN list (CSV): every valid VIN becomes a campaign entry, once per
-- campaign (the unique key), whether or not the car is on this store's archive yet. An entry of a car on the
-- archive gets a message (on a channel the customer did not opt out of) and a call in customer service's
-- queue, once; the car is flagged on its page and at check-in until the campaign work is done on an order.
-- Forward-only.

create table campaign (
    id           uuid          primary key,
    store_code   varchar(16)   not null references store (code),
    code         varchar(40)   not null,
    kind         varchar(10)   not null check (kind in ('RECALL', 'TECHNICAL')),
    title_zh     varchar(200)  not null,
    title_en     varchar(200),
    description  varchar(2000),
    work         varchar(1000) not null,
    valid_from   date          not null,
    valid_to     date          not null,
    created_by   varchar(200)  not null,
    created_at   timestamptz   not null,
    version      bigint        not null default 0,
    unique (store_code, code),
    check (valid_to >= valid_from)
);
create index campaign_store_idx on campaign (store_code, id);

-- One VIN list upload and its report (accepted, new, not on the archive, every rejected row with its line and why).
create table campaign_import (
    id              uuid          primary key,
    store_code      varchar(16)   not null references store (code),
    campaign_id     uuid          not null references campaign (id),
    file_name       varchar(255),
    rows_total      int           not null,
    rows_accepted   int           not null,
    rows_rejected   int           not null,
    entries_new     int           not null,
    not_in_archive  int           not null,
    report_csv      text          not null,
    imported_by     varchar(200)  not null,
    created_at      timestamptz   not null
);
create index campaign_import_campaign_idx on campaign_import (campaign_id, id);

create table campaign_vehicle (
    id               uuid          primary key,
    store_code       varchar(16)   not null references store (code),
    campaign_id      uuid          not null references campaign (id),
    vin              varchar(17)   not null,
    vehicle_id       uuid          references vehicle (id),
    customer_id      uuid          references customer (id),
    import_id        uuid          not null references campaign_import (id),
    line_number      int           not null,
    claimed_at       timestamptz,
    message_channel  varchar(10),
    message_skipped  varchar(40),
    reached_at       timestamptz,
    appointment_id   uuid,
    booked_at        timestamptz,
    status           varchar(10)   not null check (status in ('OPEN', 'DONE')),
    done_order_id    uuid,
    done_by          varchar(200),
    done_at          timestamptz,
    done_note        varchar(500),
    created_at       timestamptz   not null,
    version          bigint        not null default 0,
    unique (campaign_id, vin),
    check (status <> 'DONE' or (done_order_id is not null and vehicle_id is not null))
);
create index campaign_vehicle_vin_idx on campaign_vehicle (store_code, vin) where status = 'OPEN';
create index campaign_vehicle_vehicle_idx on campaign_vehicle (vehicle_id) where vehicle_id is not null;
create index campaign_vehicle_claim_idx on campaign_vehicle (campaign_id) where claimed_at is null and vehicle_id is not null;
