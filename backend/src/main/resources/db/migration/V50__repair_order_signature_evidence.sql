-- R-CHK-9: the customer's signature of the repair order is evidence. Each signature keeps the
-- drawn image, the signer, the time, the device and a SHA-256 of exactly the estimate signed
-- (its canonical text is kept too, so the hash can be re-checked). Signing again after the
-- estimate changed adds a row; earlier rows stay as history. Forward-only.
create table repair_order_signature (
    id                 uuid primary key,
    repair_order_id    uuid          not null references repair_order (id),
    store_code         varchar(20)   not null,
    signer_name        varchar(120)  not null,
    signed_at          timestamptz   not null,
    device             varchar(200),
    user_agent         varchar(500),
    signature_png      bytea         not null,
    estimate_hash      char(64)      not null check (estimate_hash ~ '^[0-9a-f]{64}$'),
    estimate_canonical text          not null,
    recorded_by        varchar(200)  not null
);
create index repair_order_signature_order on repair_order_signature (repair_order_id, signed_at);

-- R-CHK-10: the receiver is a technician of the store's workshop or the foreman's queue, not free text.
alter table repair_order add column handover_receiver_kind varchar(20)
    check (handover_receiver_kind in ('TECHNICIAN', 'FOREMAN_QUEUE'));
alter table repair_order add column handover_receiver_id uuid;
