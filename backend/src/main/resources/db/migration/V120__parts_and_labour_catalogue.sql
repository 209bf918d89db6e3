-- The store's parts & labour catalogue (issue 8; R-CHK-4..7, R-APT-4/5): labour operations with
-- flat-rate hours, parts with prices, supersession and stock, price-list imports and stock
-- reservations. Owned by the catalogue context. Forward-only.

-- Search as you type over number, name and pinyin initials: one trigram index per table.
-- (pg_trgm is a trusted extension: the database owner may create it.)
create extension if not exists pg_trgm;

-- How far an advisor may move a catalogue price (or flat-rate hours) on an estimate line, in percent (default 10).
alter table store add column catalogue_price_tolerance_percent numeric(5,2) not null default 10.00
    check (catalogue_price_tolerance_percent >= 0 and catalogue_price_tolerance_percent <= 100);

create table catalogue_part (
    id               uuid primary key,
    store_code       varchar(20)   not null references store (code),
    part_number      varchar(40)   not null,
    -- The number as searched: upper case without spaces, dashes, dots or slashes (06L-115-562B = 06L115562B).
    number_key       varchar(40)   not null,
    name_zh          varchar(200)  not null,
    name_en          varchar(200),
    grade            varchar(12)   not null check (grade in ('OEM', 'AFTERMARKET')),
    list_price       numeric(12,2) not null check (list_price >= 0),
    cost             numeric(12,2) check (cost >= 0),
    tax_class        varchar(12)   not null check (tax_class in ('STANDARD', 'REDUCED', 'ZERO', 'EXEMPT')),
    critical_system  boolean       not null,
    active           boolean       not null,
    -- Written with the row: number forms, old numbers, names and the pinyin initials of the Chinese name.
    pinyin_initials  varchar(200)  not null,
    search_text      text          not null,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    version          bigint        not null default 0,
    unique (store_code, part_number)
);
create unique index catalogue_part_number_key on catalogue_part (store_code, number_key);
create index catalogue_part_search on catalogue_part using gin (search_text gin_trgm_ops);

-- Supersession: an old number (替代旧号) now sold as this part; searching the old number finds the new part.
create table catalogue_supersession (
    store_code      varchar(20)  not null references store (code),
    old_number_key  varchar(40)  not null,
    old_number      varchar(40)  not null,
    part_id         uuid         not null references catalogue_part (id) on delete cascade,
    primary key (store_code, old_number_key)
);
create index catalogue_supersession_part on catalogue_supersession (part_id);

-- Stock of a part in its store. Kept apart from the part so that reservations (a row lock here)
-- never race with a price change of the part. reserved never exceeds on_hand.
create table catalogue_stock (
    part_id              uuid          primary key references catalogue_part (id) on delete cascade,
    store_code           varchar(20)   not null references store (code),
    on_hand              numeric(10,2) not null default 0 check (on_hand >= 0),
    reserved             numeric(10,2) not null default 0 check (reserved >= 0),
    reorder_point        numeric(10,2) not null default 0 check (reorder_point >= 0),
    expected_arrival_at  timestamptz,
    check (reserved <= on_hand)
);

-- What holds stock: a dealer-supplied part line of a signed repair order, or a part of an appointment (R-APT-4/5).
create table catalogue_reservation (
    id           uuid primary key,
    store_code   varchar(20)   not null references store (code),
    part_id      uuid          not null references catalogue_part (id) on delete cascade,
    source_type  varchar(20)   not null check (source_type in ('REPAIR_ORDER', 'APPOINTMENT')),
    source_id    uuid          not null,
    requested    numeric(10,2) not null check (requested > 0),
    reserved     numeric(10,2) not null check (reserved >= 0 and reserved <= requested),
    created_at   timestamptz   not null
);
create index catalogue_reservation_source on catalogue_reservation (source_id);
create index catalogue_reservation_part on catalogue_reservation (part_id);

create table catalogue_operation (
    id               uuid primary key,
    store_code       varchar(20)   not null references store (code),
    code             varchar(40)   not null,
    name_zh          varchar(200)  not null,
    name_en          varchar(200),
    -- R-CHK-4: the vehicle system a SYSTEM-priced job is priced by.
    vehicle_system   varchar(20)   not null,
    default_hours    numeric(6,2)  not null check (default_hours > 0),
    skill            varchar(30),
    bay_type         varchar(20)   check (bay_type in ('GENERAL', 'QUICK_SERVICE', 'BODY_PAINT', 'ALIGNMENT', 'EV')),
    active           boolean       not null,
    pinyin_initials  varchar(200)  not null,
    search_text      text          not null,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    version          bigint        not null default 0,
    unique (store_code, code)
);
create index catalogue_operation_search on catalogue_operation using gin (search_text gin_trgm_ops);

-- Flat-rate hours for one vehicle model family (帕萨特, 迈腾 …); other models take the default hours.
create table catalogue_operation_hours (
    operation_id  uuid          not null references catalogue_operation (id) on delete cascade,
    model_family  varchar(60)   not null,
    hours         numeric(6,2)  not null check (hours > 0),
    primary key (operation_id, model_family)
);

-- One import of a price list (parts) or labour list (operations): its outcome and the report of rejected rows.
create table catalogue_import (
    id              uuid primary key,
    store_code      varchar(20)   not null references store (code),
    kind            varchar(12)   not null check (kind in ('PARTS', 'OPERATIONS')),
    file_name       varchar(255),
    format          varchar(8)    not null check (format in ('CSV', 'XLSX')),
    encoding        varchar(12),
    dry_run         boolean       not null,
    status          varchar(12)   not null check (status in ('VALID', 'IMPORTED', 'REJECTED')),
    rows_total      int           not null,
    rows_rejected   int           not null,
    rows_created    int           not null,
    rows_updated    int           not null,
    report_csv      text          not null,
    imported_by     varchar(200)  not null,
    created_at      timestamptz   not null,
    duration_ms     bigint        not null
);
create index catalogue_import_store on catalogue_import (store_code, id);

-- Estimate lines picked from the catalogue (issue 8): what was picked, its catalogue price or hours
-- at the time, the reason when the advisor moved it, and the vehicle system of a job (R-CHK-4).
alter table repair_order_line add column catalogue_part_id      uuid;
alter table repair_order_line add column catalogue_operation_id uuid;
alter table repair_order_line add column catalogue_unit_price   numeric(12,2);
alter table repair_order_line add column catalogue_hours        numeric(6,2);
alter table repair_order_line add column price_override_reason  varchar(300);
alter table repair_order_line add column vehicle_system         varchar(20);
