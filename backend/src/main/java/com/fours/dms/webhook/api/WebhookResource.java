package com.fours.dms.webhook.api;

import com.fours.dms.shared.security.IntegratorScopes;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import com.fours.dms.shared.http.IdempotentPosts;
import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.shared.persistence.ChangeFeed;
import com.fours.dms.webhook.WebhookSubscriptions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Issue 12: webhook subscriptions of integrator clients. An integrator subscribes and manages its
 * own; the store's service manager lists and manages all of the store's (pause, resume, delete, replay).
 */
@Path("/api/stores/{store}/webhook-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "webhooks")
@IdempotentPosts
public class WebhookResource {
    @Inject
    WebhookSubscriptions subscriptions;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(INTEGRATOR)
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.WEBHOOKS)
    @Operation(summary = "Subscribe to webhooks", description = "The calling integrator client (client credentials) subscribes a URL to event types of the store. "
            + "Events committed from now on are POSTed to it, signed per Standard Webhooks with the secret returned here (and only here). "
            + "See the `webhooks` of this contract for the event types and their bodies.")
    @APIResponse(responseCode = "201", description = "Subscribed; keep the secret", content = @Content(schema = @Schema(implementation = WebhookApi.Created.class)))
    public Response createWebhookSubscription(WebhookApi.CreateRequest request) {
        WebhookApi.Created created = subscriptions.create(store, request);
        return Response.created(URI.create("/api/stores/" + store + "/webhook-subscriptions/" + created.subscription().id())).entity(created).build();
    }

    @GET
    @RolesAllowed({INTEGRATOR, SERVICE_MANAGER})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.WEBHOOKS)
    @Operation(summary = "List webhook subscriptions", description = "An integrator sees its own client's subscriptions, the service manager all of the store's; oldest first. "
            + "With `updatedSince`, the change feed: each subscription again whenever it changed (e.g. paused because it kept failing), in commit order.")
    public WebhookApi.Page listWebhookSubscriptions(
            @QueryParam("updatedSince") @Parameter(description = ChangeFeed.DESCRIPTION, example = "2026-12-01T08:00:00+08:00") String updatedSince,
            @QueryParam("limit") @Parameter(description = "Page size, 1-100 (default 20)") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor (or, in the change feed, syncCursor) of the previous page") String cursor) {
        return subscriptions.list(store, updatedSince, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({INTEGRATOR, SERVICE_MANAGER})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.WEBHOOKS)
    @Operation(summary = "Read a webhook subscription")
    public WebhookApi.View getWebhookSubscription(@PathParam("id") UUID id) {
        return subscriptions.get(store, id);
    }

    @POST
    @Path("/{id}/pause")
    @RolesAllowed({INTEGRATOR, SERVICE_MANAGER})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.WEBHOOKS)
    @Operation(summary = "Pause a webhook subscription", description = "Nothing is sent while paused; new events wait and are sent, in order, after resume. 409 unless ACTIVE.")
    public WebhookApi.View pauseWebhookSubscription(@PathParam("id") UUID id) {
        return subscriptions.pause(store, id);
    }

    @POST
    @Path("/{id}/resume")
    @RolesAllowed({INTEGRATOR, SERVICE_MANAGER})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.WEBHOOKS)
    @Operation(summary = "Resume a webhook subscription", description = "Sends what waited, in order; deliveries that had given up (FAILED) are tried again with a fresh retry window. 409 unless PAUSED.")
    public WebhookApi.View resumeWebhookSubscription(@PathParam("id") UUID id) {
        return subscriptions.resume(store, id);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({INTEGRATOR, SERVICE_MANAGER})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.WEBHOOKS)
    @Operation(summary = "Delete a webhook subscription", description = "Deactivates it for good: nothing more is sent. It stays readable (status DELETED) with its delivery log.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteWebhookSubscription(@PathParam("id") UUID id) {
        subscriptions.deactivate(store, id);
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed({INTEGRATOR, SERVICE_MANAGER})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.WEBHOOKS)
    @Operation(summary = "Read a subscription's delivery log", description = "Each event for the subscription with its state and every attempt (status code, duration, error), oldest first. "
            + "With `updatedSince`, the change feed: each delivery again after every attempt, delivery, give-up or replay, in commit order.")
    public WebhookApi.DeliveryPage listWebhookDeliveries(@PathParam("id") UUID id,
            @QueryParam("updatedSince") @Parameter(description = ChangeFeed.DESCRIPTION, example = "2026-12-01T08:00:00+08:00") String updatedSince,
            @QueryParam("limit") @Parameter(description = "Page size, 1-100 (default 20)") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor (or, in the change feed, syncCursor) of the previous page") String cursor) {
        return subscriptions.deliveries(store, id, updatedSince, cursor, limit);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/replay")
    @RolesAllowed({INTEGRATOR, SERVICE_MANAGER})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.WEBHOOKS)
    @Operation(summary = "Replay a delivery", description = "Sends the event again (same webhook-id, so a receiver that already has it can tell), with a fresh "
            + "retry window; it keeps its place in its subject's order, so later events of that subject wait for it.")
    public WebhookApi.Delivery replayWebhookDelivery(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return subscriptions.replay(store, id, deliveryId);
    }
}
