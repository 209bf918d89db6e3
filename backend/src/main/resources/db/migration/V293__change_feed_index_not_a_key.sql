-- Two advisors adding lines to one repair order at once deadlocked (40P01 -> 409) instead of one
-- winning and the other getting 412: a unique index over (store_code, change_seq) makes change_seq a
-- "key" column, so every update that marks a row changed (change_seq -> null, then its number at
-- commit) took FOR UPDATE on the row, which conflicts with the FOR KEY SHARE the other transaction's
-- foreign-key check on its new line already holds. A partial unique index is not a key (it cannot be
-- the target of a foreign key), so marking and numbering take FOR NO KEY UPDATE again and wait in
-- line like any other update. The feed's keyset reads (change_seq > cursor) use the partial index.
do $$
declare
    ix record;
begin
    for ix in select tablename, indexname from pg_indexes
              where schemaname = current_schema() and indexname like '%\_change\_feed\_idx' escape '\' loop
        execute format('drop index %I', ix.indexname);
        execute format('create unique index %I on %I (store_code, change_seq) where change_seq is not null', ix.indexname, ix.tablename);
    end loop;
end $$;

-- Tables added to the feed later get the partial index too.
create or replace function change_feed_track(tbl text, last_changed text, watched text[]) returns void language plpgsql as $$
begin
    execute format('alter table %I add column change_seq bigint', tbl);
    execute format('update %I t set change_seq = n.seq from (select id, nextval(''change_feed_sequence'') as seq from (select id from %I order by %s) o) n where t.id = n.id',
        tbl, tbl, last_changed);
    execute format('create unique index %I on %I (store_code, change_seq) where change_seq is not null', tbl || '_change_feed_idx', tbl);
    execute format('create index %I on %I (store_code) where change_seq is null', tbl || '_change_pending_idx', tbl);
    execute format('create trigger %I before insert on %I for each row execute function change_feed_mark()', tbl || '_change_mark_insert', tbl);
    perform change_feed_watch(tbl, watched);
    execute format('create constraint trigger %I after insert or update on %I deferrable initially deferred for each row when (new.change_seq is null) '
        || 'execute function change_feed_number()', tbl || '_change_number', tbl);
end $$;
