-- Customer and vehicle archive (R-ARC-1..4).
create table customer (
    id                uuid primary key,
    store_code        varchar(16)  not null references store(code),
    type              varchar(16)  not null,
    name              varchar(120) not null,
    email             varchar(254),
    address           varchar(300),
    company_name      varchar(200),
    primary_phone     varchar(20)  not null,
    club_member       boolean      not null default false,
    preferred_contact varchar(16)  not null,
    service_wishes    varchar(1000),
    notes             varchar(2000),
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null default 0
);
create index customer_store_idx on customer (store_code, id);
create index customer_name_prefix_idx on customer (store_code, name text_pattern_ops);

create table customer_phone (
    customer_id uuid        not null references customer(id) on delete cascade,
    position    int         not null,
    store_code  varchar(16) not null,
    phone       varchar(20) not null,
    primary key (customer_id, position)
);
create index customer_phone_prefix_idx on customer_phone (store_code, phone text_pattern_ops);

create table vehicle (
    id                          uuid primary key,
    store_code                  varchar(16)  not null references store(code),
    owner_id                    uuid         not null references customer(id),
    vin                         char(17)     not null,
    plate                       varchar(10)  not null,
    brand                       varchar(60)  not null,
    model                       varchar(80)  not null,
    vehicle_type                varchar(16)  not null,
    powertrain                  varchar(8)   not null,
    color                       varchar(30),
    purchase_date               date,
    sold_here                   boolean      not null default false,
    maintenance_interval_km     int,
    maintenance_interval_months int,
    last_service_date           date,
    last_service_mileage        int,
    created_at                  timestamptz  not null,
    updated_at                  timestamptz  not null,
    version                     bigint       not null default 0,
    constraint vehicle_vin_uq unique (store_code, vin),
    constraint vehicle_plate_uq unique (store_code, plate)
);
create index vehicle_store_idx on vehicle (store_code, id);
create index vehicle_owner_idx on vehicle (owner_id);
create index vehicle_vin_prefix_idx on vehicle (store_code, vin bpchar_pattern_ops);
create index vehicle_plate_prefix_idx on vehicle (store_code, plate varchar_pattern_ops);

-- R-ARC-2: a vehicle can change owner; history follows the vehicle.
create table vehicle_ownership (
    id           uuid primary key,
    store_code   varchar(16)  not null,
    vehicle_id   uuid         not null references vehicle(id),
    customer_id  uuid         not null references customer(id),
    valid_from   timestamptz  not null,
    valid_to     timestamptz,
    note         varchar(500)
);
create index vehicle_ownership_vehicle_idx on vehicle_ownership (vehicle_id, valid_from);
create index vehicle_ownership_customer_idx on vehicle_ownership (customer_id);
-- Plates are often typed without the province character ("A12345" for 京A12345).
alter table vehicle add column plate_tail varchar(9) generated always as (substr(plate, 2)) stored;
create index vehicle_plate_tail_prefix_idx on vehicle (store_code, plate_tail varchar_pattern_ops);
