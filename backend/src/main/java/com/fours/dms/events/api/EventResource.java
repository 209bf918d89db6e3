package com.fours.dms.events.api;

import com.fours.dms.shared.security.IntegratorScopes;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.events.EventFeed;
import com.fours.dms.events.LiveStream;
import com.fours.dms.shared.persistence.PageRequest;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Issue 9: the store's domain events, as a feed for integrators (webhooks, reports) and as a live stream for the screens. */
@Path("/api/stores/{store}/events")
@Tag(name = "events")
public class EventResource {
    @Inject
    EventFeed feed;

    @Inject
    LiveStream stream;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({SERVICE_MANAGER, INTEGRATOR})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.WEBHOOKS)
    @Operation(summary = "Read the store's events", description = "Every state change of the service process (repair order signed, handed over, left the shop; "
            + "workshop job created, assigned, clocked on, paused, finished …; supplementary item reported, decided; lines authorized or withdrawn), "
            + "oldest first in the store's commit order: an event committed later always comes later, so a consumer that keeps the cursor of the last "
            + "event it read and asks again misses nothing. Each event is written in the transaction of its change.")
    public EventsApi.Page listEvents(@QueryParam("type") @Parameter(description = "Only events of this type", example = "WorkshopJobChanged") String type,
            @QueryParam("limit") @Parameter(description = "Page size, 1-100 (default 20)") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page, or the cursor of the last event read (also a live stream event's id)") String cursor) {
        return feed.list(store, type, PageRequest.of(cursor, limit));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER, INTEGRATOR})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.WEBHOOKS)
    @Operation(summary = "Follow the store's events live", description = "Server-sent events (text/event-stream) of the store: a `:connected` comment once the stream "
            + "is registered, then one event per state change as it commits on any backend instance, within about a second (`event:` the type, `id:` the "
            + "event's cursor, `data:` a LiveEvent). Send the last id received as Last-Event-ID when reconnecting to get what was missed; an event named "
            + "`resync` means too much was missed: reload. A `:keep-alive` comment every 15 s keeps proxies from closing the stream; it ends after the "
            + "token's lifetime (at most an hour): reconnect with a fresh token. Same bearer token and store isolation as every endpoint (another store: 404).")
    @APIResponse(responseCode = "200", description = "The stream", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = EventsApi.Signal.class)))
    public Multi<OutboundSseEvent> followEvents(@HeaderParam("Last-Event-ID") @Parameter(description = "The id of the last event received, to resume after it") String lastEventId,
            @Context Sse sse) {
        return stream.open(store, lastEventId, sse);
    }
}
