package com.fours.dms.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fours.dms.shared.persistence.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * Appends a domain event to the store's feed in the caller's transaction (MANDATORY): the event
 * commits with its change or not at all. The database numbers it at commit and tells every backend
 * instance (NOTIFY), which pushes it to the store's live streams ({@link LiveEvents}).
 */
@ApplicationScoped
public class EventOutbox {
    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    /**
     * @param type the event's contract name ({@link EventTypes}), never a Java class name
     * @param subjectType what the event is about ({@code repair-order}, {@code workshop-job} …)
     * @param repairOrderId the order it concerns, when there is one (the screens refresh by it)
     * @param payload the CDI event itself (a record of ids and states), written as JSON
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String store, String type, String subjectType, UUID subjectId, UUID repairOrderId, Object payload) {
        DomainEvent e = new DomainEvent();
        e.id = Ids.newId(clock);
        e.storeCode = store;
        e.type = type;
        e.subjectType = subjectType;
        e.subjectId = subjectId;
        e.repairOrderId = repairOrderId;
        e.occurredAt = clock.instant();
        try {
            e.payload = mapper.writeValueAsString(payload);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("event " + type + " cannot be written as JSON", ex);
        }
        e.persist();
        return e.id;
    }
}
