package com.fours.dms.notification.api;

import com.fours.dms.notification.NotificationTemplates;
import com.fours.dms.notification.Notifications;
import com.fours.dms.notification.OutboxMessage;
import com.fours.dms.shared.persistence.PageRequest;
import com.fours.dms.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/stores/{store}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notifications")
public class NotificationResource {
    @Inject
    Notifications notifications;

    @Inject
    NotificationTemplates templates;

    @GET
    @Path("/notifications")
    @RolesAllowed({Roles.ADVISOR, Roles.WORKSHOP, Roles.CASHIER, Roles.CUSTOMER_SERVICE, Roles.SERVICE_MANAGER})
    @Operation(summary = "List notifications", description = "The store's outbox, oldest first: what the workshop and parts were told (R-APT-5) and the reminders "
            + "for customers (R-APT-6), each with its real delivery status (PENDING, HELD in quiet hours, SENT with sentAt, FAILED with lastError).")
    public NotificationApi.Page listNotifications(@PathParam("store") @Parameter(description = "Store code", example = "BJ01") String store,
            @QueryParam("audience") @Parameter(description = "CUSTOMER, WORKSHOP, PARTS or MANAGER") Notifications.Audience audience,
            @QueryParam("appointmentId") @Parameter(description = "Only this appointment's messages") UUID appointmentId,
            @QueryParam("status") @Parameter(description = "PENDING, HELD, SENT, FAILED or CANCELLED") OutboxMessage.Status status,
            @QueryParam("limit") @Parameter(description = "Page size, 1-100 (default 20)") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        return notifications.list(store, audience, appointmentId, status, PageRequest.of(cursor, limit));
    }

    @GET
    @Path("/notification-templates")
    @RolesAllowed({Roles.ADVISOR, Roles.CUSTOMER_SERVICE, Roles.SERVICE_MANAGER})
    @Operation(summary = "List notification templates", description = "The store's message texts per kind, audience and language (zh-CN, en), "
            + "with the placeholders each kind may use; customized = false while the shipped default is used.")
    public List<NotificationApi.Template> listNotificationTemplates(@PathParam("store") @Parameter(description = "Store code", example = "BJ01") String store) {
        return templates.list(store);
    }

    @PUT
    @Path("/notification-templates/{kind}/{audience}/{language}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SERVICE_MANAGER)
    @Operation(summary = "Change a notification template", description = "A service manager rewrites one of the store's texts (audited). "
            + "Only the kind's placeholders are allowed; anything else is a 400 problem (code template-placeholder) naming the field.")
    public NotificationApi.Template updateNotificationTemplate(@PathParam("store") @Parameter(description = "Store code", example = "BJ01") String store,
            @PathParam("kind") @Parameter(description = "Message kind", example = "APPOINTMENT_REMINDER") String kind,
            @PathParam("audience") @Parameter(description = "CUSTOMER, WORKSHOP, PARTS or MANAGER", example = "CUSTOMER") Notifications.Audience audience,
            @PathParam("language") @Parameter(description = "zh-CN or en", example = "zh-CN") String language,
            @Valid @NotNull NotificationApi.TemplateRequest req) {
        return templates.update(store, kind, audience, language, req);
    }
}
