package com.fours.dms.notification.api;

import com.fours.dms.notification.Notifications;
import com.fours.dms.shared.persistence.Page;
import com.fours.dms.shared.persistence.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/stores/{store}/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notifications")
public class NotificationResource {
    @Inject
    Notifications notifications;

    @GET
    @RolesAllowed({"advisor", "workshop", "cashier", "customer-service", "service-manager"})
    @Operation(summary = "List notifications", description = "The store's outbox, oldest first: what the workshop and parts were told (R-APT-5) and the reminders queued for customers (R-APT-6).")
    public Page<NotificationView> listNotifications(@PathParam("store") @Parameter(description = "Store code", example = "BJ01") String store,
            @QueryParam("audience") @Parameter(description = "CUSTOMER, WORKSHOP or PARTS") Notifications.Audience audience,
            @QueryParam("appointmentId") @Parameter(description = "Only this appointment's messages") UUID appointmentId,
            @QueryParam("limit") @Parameter(description = "Page size, 1-100 (default 20)") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        return notifications.list(store, audience, appointmentId, PageRequest.of(cursor, limit));
    }
}
