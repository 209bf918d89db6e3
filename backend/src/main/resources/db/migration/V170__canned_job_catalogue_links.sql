-- Issue 8: a canned job's lines name the catalogue entries they were picked from, so the canned job
-- is priced from the catalogue each time it is used (the part's list price, the operation's hours
-- for the vehicle's model family). Lines typed by hand keep their own price and hours.
alter table canned_job_line add column catalogue_part_id      uuid;
alter table canned_job_line add column catalogue_operation_id uuid;

-- Issue 8: parts issued to a repair order when its work is done (stock on hand goes down, the
-- reservation is used up); the record says what went out, for which order, and when.
create table catalogue_stock_issue (
    id           uuid primary key,
    store_code   varchar(20)   not null references store (code),
    part_id      uuid          not null references catalogue_part (id) on delete cascade,
    source_type  varchar(20)   not null check (source_type in ('REPAIR_ORDER', 'APPOINTMENT')),
    source_id    uuid          not null,
    quantity     numeric(10,2) not null check (quantity > 0),
    issued_at    timestamptz   not null
);
create index catalogue_stock_issue_source on catalogue_stock_issue (source_id, part_id);
