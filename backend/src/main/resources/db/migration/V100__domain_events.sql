-- Issue 9 "Live": every state change of the service process is a domain event in the store's feed
-- (webhooks, reports, the live board). A row is written in the transaction that made the change, so
-- an event exists exactly when its change committed.
--
-- sequence orders a store's events in commit order, so a reader that has seen event n has seen every
-- event of the store committed before it (the feed's cursor and the stream's Last-Event-ID are safe).
-- A sequence taken at insert would not do: of two concurrent transactions the later insert can commit
-- first. So rows are inserted without one and a deferred constraint trigger numbers them at COMMIT,
-- holding the store's advisory lock until the commit is visible; the same trigger sends the small
-- NOTIFY that the backend instances LISTEN to (delivered in commit order, never for a rollback).
create sequence domain_event_sequence;

create table domain_event (
    id            uuid         primary key,
    store_code    varchar(16)  not null references store(code),
    type          varchar(60)  not null,
    subject_type  varchar(40)  not null,
    subject_id    uuid         not null,
    repair_order_id uuid,
    payload       jsonb        not null,
    occurred_at   timestamptz  not null,
    sequence      bigint       unique
);
create index domain_event_store_sequence_idx on domain_event (store_code, sequence);

create function domain_event_commit() returns trigger language plpgsql as $$
declare
    n bigint;
begin
    if new.sequence is not null then
        return null; -- a restored backup's rows keep their numbers
    end if;
    perform pg_advisory_xact_lock(hashtext('domain_event'), hashtext(new.store_code));
    n := nextval('domain_event_sequence');
    update domain_event set sequence = n where id = new.id;
    perform pg_notify('dms_domain_event', json_build_object(
        'id', new.id, 'store', new.store_code, 'sequence', n, 'type', new.type, 'subjectType', new.subject_type,
        'subjectId', new.subject_id, 'repairOrderId', new.repair_order_id, 'occurredAt', new.occurred_at)::text);
    return null;
end $$;

create constraint trigger domain_event_commit after insert on domain_event
    deferrable initially deferred for each row execute function domain_event_commit();

-- The feed is append-only: an event is never changed or taken back once numbered.
create function domain_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or old.sequence is not null then
        raise exception 'domain_event is append-only' using errcode = 'restrict_violation';
    end if;
    return new;
end $$;

create trigger domain_event_append_only before update or delete on domain_event
    for each row execute function domain_event_append_only();
