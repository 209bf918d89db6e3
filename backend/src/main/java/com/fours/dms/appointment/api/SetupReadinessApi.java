package com.fours.dms.appointment.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API types of a store's set-up checklist: what a new store still lacks before it can take bookings (issue 8). */
public final class SetupReadinessApi {
    private SetupReadinessApi() {}

    @Schema(name = "SetupItemKey", description = "One thing a store needs: OPENING_HOURS (at least one open weekday), ADVISOR, BAY, TECHNICIAN (active, with a shift), "
            + "SERVICE_TYPE (active), SERVICE_TYPES_STAFFED (every active service type has an active bay of its type and an active technician with its skill, R-APT-3), "
            + "CANNED_JOB (optional: a canned job for one-tap estimates, R-CHK-4).")
    public enum ItemKey { OPENING_HOURS, ADVISOR, BAY, TECHNICIAN, SERVICE_TYPE, SERVICE_TYPES_STAFFED, CANNED_JOB }

    @Schema(name = "SetupItem", description = "One checklist item, computed from the store's data.")
    public record Item(
            @Schema(required = true) ItemKey key,
            @Schema(required = true, description = "The store has it") boolean done,
            @Schema(required = true, description = "Bookings need it (false: recommended only)") boolean required,
            @Schema(required = true, examples = "2", description = "How many there are (open weekdays, active advisors …)") int count,
            @Schema(required = true, examples = "[\"DIAG\"]", description = "SERVICE_TYPES_STAFFED: codes of the service types without a bay of their type or a technician with their skill; otherwise empty")
            List<String> missing) {}

    @Schema(name = "SetupReadiness", description = "What a store still lacks before it can take bookings.")
    public record View(
            @Schema(required = true, examples = "BJ01") String store,
            @Schema(required = true, description = "Every required item is done") boolean readyForBookings,
            @Schema(required = true) List<Item> items) {}
}
