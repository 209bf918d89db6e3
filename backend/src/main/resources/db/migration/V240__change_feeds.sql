-- Issue 12 "Reading changes": the lists an integrator syncs from (appointments, the parts and labour
-- catalogue) can be read as a change feed (?updatedSince=…): every row in the order its last change
-- committed, so a client that keeps the feed's cursor never skips a row and sees each version once.
--
-- updated_at cannot order a feed: it is the writer's clock at the change, and of two concurrent
-- transactions the one with the earlier time can commit later, after a reader already went past it.
-- So, as domain_event.sequence does (V100), each written row is numbered at COMMIT: a BEFORE trigger
-- marks a row the application writes as pending (change_seq null), and a deferred constraint trigger
-- numbers the transaction's pending rows of the store while holding the store's advisory lock until
-- the commit is visible — the same lock as the domain events, so the two never wait on each other
-- in opposite orders. The numbering update itself leaves the marker alone (it sets a number).
create sequence change_feed_sequence;

create function change_feed_mark() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' or new.change_seq is not distinct from old.change_seq then
        new.change_seq := null;
    end if;
    return new;
end $$;

create function change_feed_number() returns trigger language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtext('domain_event'), hashtext(new.store_code));
    -- The first firing numbers every pending row of this store the transaction wrote; later ones find none.
    execute format('update %I set change_seq = nextval(''change_feed_sequence'') where store_code = $1 and change_seq is null', tg_table_name)
        using new.store_code;
    return null;
end $$;

alter table appointment add column change_seq bigint;
alter table catalogue_part add column change_seq bigint;
alter table catalogue_operation add column change_seq bigint;

-- Rows already there: numbered once, in the order they were last changed.
update appointment a set change_seq = n.seq
  from (select id, nextval('change_feed_sequence') as seq from (select id from appointment order by updated_at, id) o) n where a.id = n.id;
update catalogue_part p set change_seq = n.seq
  from (select id, nextval('change_feed_sequence') as seq from (select id from catalogue_part order by updated_at, id) o) n where p.id = n.id;
update catalogue_operation p set change_seq = n.seq
  from (select id, nextval('change_feed_sequence') as seq from (select id from catalogue_operation order by updated_at, id) o) n where p.id = n.id;

create unique index appointment_change_feed_idx on appointment (store_code, change_seq);
create unique index catalogue_part_change_feed_idx on catalogue_part (store_code, change_seq);
create unique index catalogue_operation_change_feed_idx on catalogue_operation (store_code, change_seq);
create index appointment_change_pending_idx on appointment (store_code) where change_seq is null;
create index catalogue_part_change_pending_idx on catalogue_part (store_code) where change_seq is null;
create index catalogue_operation_change_pending_idx on catalogue_operation (store_code) where change_seq is null;

create trigger appointment_change_mark before insert or update on appointment for each row execute function change_feed_mark();
create trigger catalogue_part_change_mark before insert or update on catalogue_part for each row execute function change_feed_mark();
create trigger catalogue_operation_change_mark before insert or update on catalogue_operation for each row execute function change_feed_mark();

create constraint trigger appointment_change_number after insert or update on appointment deferrable initially deferred
    for each row when (new.change_seq is null) execute function change_feed_number();
create constraint trigger catalogue_part_change_number after insert or update on catalogue_part deferrable initially deferred
    for each row when (new.change_seq is null) execute function change_feed_number();
create constraint trigger catalogue_operation_change_number after insert or update on catalogue_operation deferrable initially deferred
    for each row when (new.change_seq is null) execute function change_feed_number();
