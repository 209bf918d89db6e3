-- Check-in inspection (R-CHK-1, R-CHK-2). Forward-only.

-- One row per version of a repair order's walk-around inspection. A signed version is frozen;
-- a correction is a new row (version_number + 1, supersedes the old one) and the old one stays.
create table check_in_inspection (
    id                         uuid primary key,
    store_code                 varchar(20)  not null,
    repair_order_id            uuid         not null references repair_order (id),
    version_number             int          not null check (version_number >= 1),
    supersedes                 uuid references check_in_inspection (id),
    is_current                 boolean      not null default true,
    odometer_km                int check (odometer_km >= 0),
    previous_odometer_km       int,
    odometer_lower_confirmed   boolean      not null default false,
    fuel_level                 varchar(20),
    fuel_percent               int check (fuel_percent between 0 and 100),
    warning_lights             jsonb        not null default '[]',
    protective_covers_fitted   boolean      not null default false,
    belongings                 jsonb        not null default '[]',
    documents                  jsonb        not null default '[]',
    damage_marks               jsonb        not null default '[]',
    key_tag                    varchar(40),
    key_slot                   varchar(40),
    signer_name                varchar(120),
    signed_at                  timestamptz,
    signature_png              bytea,
    created_at                 timestamptz  not null,
    updated_at                 timestamptz  not null,
    version                    bigint       not null default 0,
    unique (repair_order_id, version_number)
);
create unique index check_in_inspection_one_current on check_in_inspection (repair_order_id) where is_current;
create index check_in_inspection_store on check_in_inspection (store_code);

-- Keys of the cars currently in the shop: a key tag and a cabinet slot are unique per store among
-- them; the row goes when the order leaves the shop (cancelled, declined, settled, closed).
create table key_assignment (
    repair_order_id uuid primary key references repair_order (id),
    store_code      varchar(20) not null,
    key_tag         varchar(40),
    key_slot        varchar(40),
    assigned_at     timestamptz not null,
    constraint key_assignment_tag_unique  unique (store_code, key_tag),
    constraint key_assignment_slot_unique unique (store_code, key_slot)
);

-- Photos of the inspection (R-CHK-1): metadata here, bytes behind the PhotoStorage interface
-- (default: photo_blob below). A correction copies the rows of the photos, not their bytes.
alter table store add column photo_max_bytes int not null default 10485760 check (photo_max_bytes between 1024 and 10485760);

create table inspection_photo (
    id               uuid primary key,
    store_code       varchar(20)  not null,
    repair_order_id  uuid         not null references repair_order (id),
    inspection_id    uuid         not null references check_in_inspection (id),
    damage_mark_id   uuid,
    storage_key      uuid         not null,
    media_type       varchar(30)  not null,
    size_bytes       int          not null,
    sha256           varchar(64)  not null,
    has_thumbnail    boolean      not null,
    uploaded_by      varchar(200) not null,
    created_at       timestamptz  not null
);
create index inspection_photo_inspection on inspection_photo (inspection_id);
create index inspection_photo_storage_key on inspection_photo (storage_key);

-- Default PhotoStorage: the bytes in PostgreSQL (variant 'original' or 'thumbnail').
create table photo_blob (
    storage_key uuid        not null,
    variant     varchar(20) not null,
    data        bytea       not null,
    primary key (storage_key, variant)
);
