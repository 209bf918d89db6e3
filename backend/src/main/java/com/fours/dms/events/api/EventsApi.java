package com.fours.dms.events.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API types of the store's domain-event feed and its live stream (issue 9). */
public final class EventsApi {
    private EventsApi() {}

    private static final String TYPES = "RepairOrderCheckInStarted, RepairOrderSigned, RepairOrderHandedOver, RepairOrderLeftShop, "
            + "RepairOrderLinesAuthorized, RepairOrderLinesWithdrawn, WorkshopJobChanged, TechnicianClocked, SupplementaryItemReported, "
            + "SupplementaryItemsDecided, QualityCheckPassed, QualityCheckFailed, RepairOrderReadyForDelivery, SettlementFinalised, RepairOrderClosed; more types are added over time, so a consumer ignores the ones it does not know.";

    @Schema(name = "DomainEvent", description = "A state change of the service process, in the store's commit order. Types: " + TYPES)
    public record View(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "1042", description = "The event's place in the store's feed: later events have greater numbers (gaps are normal).") long sequence,
            @Schema(required = true, description = "Pass as cursor to read the events after this one (also the id of the event on the live stream).") String cursor,
            @Schema(required = true, examples = "WorkshopJobChanged") String type,
            @Schema(required = true, examples = "workshop-job", description = "repair-order, workshop-job, technician, supplementary-item, approval-decision or settlement") String subjectType,
            @Schema(required = true) UUID subjectId,
            @Schema(nullable = true, description = "The repair order the event concerns, when there is one.") UUID repairOrderId,
            @Schema(required = true) Instant occurredAt,
            @Schema(required = true, description = "The event's facts (ids and states; never personal data), e.g. for WorkshopJobChanged "
                    + "{jobId, repairOrderId, action, from, to, technicianId, bayId}.") Map<String, Object> payload) {}

    @Schema(name = "DomainEventPage", description = "A page of the store's events, oldest first; pass nextCursor back as cursor for the next. "
            + "nextCursor is null on the last page: keep the cursor of the last event seen and ask again later for newer ones.")
    public record Page(@Schema(required = true) List<View> items,
            @Schema(nullable = true, description = "Opaque cursor for the next page; null when there is none yet.") String nextCursor) {
        public static Page of(com.fours.dms.shared.persistence.Page<View> page) {
            return new Page(page.items(), page.nextCursor());
        }
    }

    @Schema(name = "LiveEvent", description = "What the live stream sends for each event (SSE `event:` is the type, `id:` the cursor): enough to know what changed, "
            + "read the details from the API (or the feed). Types: " + TYPES)
    public record Signal(
            @Schema(required = true, examples = "1042") long sequence,
            @Schema(required = true) String cursor,
            @Schema(required = true, examples = "WorkshopJobChanged") String type,
            @Schema(required = true, examples = "workshop-job") String subjectType,
            @Schema(required = true) UUID subjectId,
            @Schema(nullable = true) UUID repairOrderId,
            @Schema(required = true) Instant occurredAt) {}
}
