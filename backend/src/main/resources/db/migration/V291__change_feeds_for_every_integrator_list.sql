-- Issue 12 "Reading changes": every list an integrator can call is a change feed (?updatedSince=…),
-- numbered at commit exactly as V240 does for appointments and the catalogue (same functions, same
-- store lock): catalogue imports, webhook subscriptions, their deliveries, and the repair orders
-- behind the order-status feed of the vehicles an integrator booked.
--
-- A row is renumbered only when what the API shows of it changes: a subscription's event cursor
-- (last_sequence) moving on, or a delivery being leased by the dispatcher (claimed_until,
-- claim_token), is bookkeeping no client sees, and would otherwise bring the row back with nothing new.

-- (Re)creates the trigger that marks a row changed on update: on any change, or (watched given) only
-- when one of the watched columns changes. A later migration that shows more of a row calls it again.
create function change_feed_watch(tbl text, watched text[]) returns void language plpgsql as $$
begin
    execute format('drop trigger if exists %I on %I', tbl || '_change_mark', tbl);
    if watched is null then
        execute format('create trigger %I before update on %I for each row execute function change_feed_mark()', tbl || '_change_mark', tbl);
    else
        execute format('create trigger %I before update on %I for each row when ((%s) is distinct from (%s)) execute function change_feed_mark()',
            tbl || '_change_mark', tbl,
            (select string_agg('new.' || quote_ident(c), ', ') from unnest(watched) c),
            (select string_agg('old.' || quote_ident(c), ', ') from unnest(watched) c));
    end if;
end $$;

-- Puts a table in the change feed as V240 did by hand: its change_seq, the rows already there numbered
-- once in the order they were last changed, the feed's index, and the triggers that number at commit.
create function change_feed_track(tbl text, last_changed text, watched text[]) returns void language plpgsql as $$
begin
    execute format('alter table %I add column change_seq bigint', tbl);
    execute format('update %I t set change_seq = n.seq from (select id, nextval(''change_feed_sequence'') as seq from (select id from %I order by %s) o) n where t.id = n.id',
        tbl, tbl, last_changed);
    execute format('create unique index %I on %I (store_code, change_seq)', tbl || '_change_feed_idx', tbl);
    execute format('create index %I on %I (store_code) where change_seq is null', tbl || '_change_pending_idx', tbl);
    execute format('create trigger %I before insert on %I for each row execute function change_feed_mark()', tbl || '_change_mark_insert', tbl);
    perform change_feed_watch(tbl, watched);
    execute format('create constraint trigger %I after insert or update on %I deferrable initially deferred for each row when (new.change_seq is null) '
        || 'execute function change_feed_number()', tbl || '_change_number', tbl);
end $$;

-- A delivery's last change (queued, attempted, delivered, gave up, replayed): what updatedSince filters on.
alter table webhook_delivery add column updated_at timestamptz;
update webhook_delivery set updated_at = coalesce(delivered_at, window_started_at);
alter table webhook_delivery alter column updated_at set not null;

select change_feed_track('catalogue_import', 'created_at, id', null);
select change_feed_track('repair_order', 'updated_at, id', null);
select change_feed_track('webhook_subscription', 'updated_at, id',
    array['url', 'description', 'event_types', 'status', 'paused_reason', 'updated_at']);
select change_feed_track('webhook_delivery', 'updated_at, sequence, id',
    array['status', 'attempts', 'next_attempt_at', 'window_started_at', 'delivered_at', 'last_status_code', 'last_error', 'updated_at']);
create index webhook_delivery_subscription_feed_idx on webhook_delivery (subscription_id, change_seq);
