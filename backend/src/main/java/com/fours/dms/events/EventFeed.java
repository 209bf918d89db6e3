package com.fours.dms.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fours.dms.events.api.EventsApi;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.persistence.Cursor;
import com.fours.dms.shared.persistence.PageRequest;
import com.fours.dms.shared.security.StoreAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reading a store's events in commit order (issue 9): the integrator feed pages with the one cursor
 * codec (key = the event's sequence), and the live stream replays from the same cursor
 * (Last-Event-ID). Only numbered (committed) events are ever read.
 */
@ApplicationScoped
public class EventFeed {
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};

    @Inject
    StoreAccess access;

    @Inject
    ObjectMapper mapper;

    public EventsApi.Page list(String store, String type, PageRequest page) {
        access.require(store);
        if (type != null && !EventTypes.ALL.contains(type)) {
            throw ProblemException.validation(List.of(new Violation("type", "is not an event type: " + String.join(", ", EventTypes.ALL))));
        }
        long after = sequenceOf(page.cursor());
        List<DomainEvent> rows = (type == null
                ? DomainEvent.<DomainEvent>find("storeCode = ?1 and sequence > ?2 order by sequence", store, after)
                : DomainEvent.<DomainEvent>find("storeCode = ?1 and sequence > ?2 and type = ?3 order by sequence", store, after, type))
                .range(0, page.fetch() - 1).list();
        return EventsApi.Page.of(page.pageByKey(rows, EventFeed::cursor, this::view));
    }

    /** The store's events after the given sequence, for the stream's replay; at most {@code limit}. No access check: the caller did it. */
    List<EventsApi.Signal> signalsAfter(String store, long after, int limit) {
        return DomainEvent.<DomainEvent>find("storeCode = ?1 and sequence > ?2 order by sequence", store, after).range(0, limit - 1).list().stream()
                .map(EventFeed::signal).toList();
    }

    /** A committed event as another context reads it (the webhook dispatcher): the payload as the feed's JSON text. */
    public record Committed(UUID id, long sequence, String store, String type, String subjectType, UUID subjectId, UUID repairOrderId,
            java.time.Instant occurredAt, String payload) {}

    /**
     * The store's committed events after {@code after} of these types, oldest first, at most {@code limit}:
     * for a system job that keeps its own cursor (webhooks). No access check: the caller is a job.
     */
    public List<Committed> committedAfter(String store, long after, java.util.Collection<String> types, int limit) {
        return DomainEvent.<DomainEvent>find("storeCode = ?1 and sequence > ?2 and type in ?3 order by sequence", store, after, types)
                .range(0, limit - 1).list().stream()
                .map(e -> new Committed(e.id, e.sequence, e.storeCode, e.type, e.subjectType, e.subjectId, e.repairOrderId, e.occurredAt, e.payload))
                .toList();
    }

    /** The store's last event number now (0 without events). */
    public long lastSequenceOf(String store) {
        return lastSequence(store);
    }

    /** The store's last event number now (0 without events). */
    long lastSequence(String store) {
        Long max = DomainEvent.getEntityManager().createQuery("select max(e.sequence) from DomainEvent e where e.storeCode = ?1", Long.class)
                .setParameter(1, store).getSingleResult();
        return max == null ? 0 : max;
    }

    /** The sequence a cursor of this feed names (0 for none); a cursor of another list is a 400 on the field. */
    static long sequenceOf(Cursor cursor) {
        if (cursor == null) {
            return 0;
        }
        try {
            long n = Long.parseLong(cursor.requireKey());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw ProblemException.validation(List.of(new Violation(Cursor.FIELD, "is not a cursor this API issued")));
        }
    }

    static Cursor cursor(DomainEvent e) {
        return cursor(e.sequence, e.id);
    }

    static Cursor cursor(long sequence, UUID id) {
        return Cursor.after(Long.toString(sequence), id);
    }

    static EventsApi.Signal signal(DomainEvent e) {
        return new EventsApi.Signal(e.sequence, cursor(e).encode(), e.type, e.subjectType, e.subjectId, e.repairOrderId, e.occurredAt);
    }

    private EventsApi.View view(DomainEvent e) {
        try {
            return new EventsApi.View(e.id, e.sequence, cursor(e).encode(), e.type, e.subjectType, e.subjectId, e.repairOrderId, e.occurredAt,
                    mapper.readValue(e.payload, JSON_OBJECT));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("event " + e.id + " has a payload that is not JSON", ex);
        }
    }
}
