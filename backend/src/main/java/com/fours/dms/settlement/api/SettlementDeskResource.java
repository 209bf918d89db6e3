package com.fours.dms.settlement.api;

import com.fours.dms.shared.http.IdempotentPosts;
import com.fours.dms.shared.persistence.PageRequest;
import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.settlement.SettlementSettings;
import com.fours.dms.settlement.Settlements;
import com.fours.dms.settlement.api.SettlementApi.*;
import com.fours.dms.shared.http.Created;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.http.Idempotency;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** The cashier's desk (issue 10): the queue, the manager's inbox, the store's settlement numbers, and drawing up a bill. */
@Path("/api/stores/{store}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "settlement")
@IdempotentPosts
public class SettlementDeskResource {
    @Inject
    Settlements settlements;

    @Inject
    SettlementSettings settings;

    @Inject
    Idempotency idempotency;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @GET
    @Path("/settlement/queue")
    @RolesAllowed({ADVISOR, CASHIER, SERVICE_MANAGER})
    @Operation(summary = "The cashier's queue", description = "Orders ready for delivery, and settled ones not yet delivered, the longest waiting first, each with its live bill (if drawn up) and balance. Keyset pages: limit 1-100 (default 20; above 100 is a 400 naming limit, never cut short), nextCursor for the next page.")
    @APIResponse(responseCode = "200", description = "One page of the queue", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Queue.class)))
    public Queue getSettlementQueue(@QueryParam("limit") @Parameter(description = "Page size, 1-100 (default 20)", example = "20") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        return settlements.queue(store, PageRequest.of(cursor, limit));
    }

    @GET
    @Path("/settlement/inbox")
    @RolesAllowed({SERVICE_MANAGER})
    @Operation(summary = "The service manager's settlement inbox", description = "R-DEL-2 discount requests above the limit, and R-DEL-1 bills above the customer's authorization waiting for an override, oldest first.")
    @APIResponse(responseCode = "200", description = "The inbox", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Inbox.class)))
    public Inbox getSettlementInbox() {
        return settlements.inbox(store);
    }

    @GET
    @Path("/settlement/settings")
    @RolesAllowed({ADVISOR, CASHIER, SERVICE_MANAGER})
    @Operation(summary = "The store's settlement settings", description = "Whether prices include VAT, and the discount limit of advisors and cashiers (R-DEL-2). ETag carries the version.")
    @APIResponse(responseCode = "200", description = "The settings", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SettingsView.class)))
    public Response getSettlementSettings() {
        SettingsView v = settings.get(store);
        return ETags.ok(v, v.version());
    }

    @PUT
    @Path("/settlement/settings")
    @RolesAllowed({SERVICE_MANAGER})
    @Operation(summary = "Change the store's settlement settings", description = "Audited; bills already drawn up keep the settings they were drawn up with. 400 names the field; 412 on a stale If-Match.")
    @APIResponse(responseCode = "200", description = "The settings", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SettingsView.class)))
    public Response updateSettlementSettings(@HeaderParam("If-Match") @Parameter(description = "The settings' version", required = true) String ifMatch,
            @Valid @NotNull SettingsRequest request) {
        SettingsView v = settings.update(store, ETags.requireIfMatch(ifMatch), request);
        return ETags.ok(v, v.version());
    }

    @POST
    @Path("/repair-orders/{id}/settlement")
    @RolesAllowed({CASHIER, SERVICE_MANAGER})
    @Operation(summary = "Draw up the bill (结算清单)", description = "R-DEL-1: from an order READY_FOR_DELIVERY: the signed estimate's and the approved supplementary items' lines, labour and materials itemised with their pay types, with the store's VAT setting and discount limit. No number yet (assigned at finalisation). 409 R-DEL-1 when the order is not ready; 409 settlement-exists when it has a live bill. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "The draft bill; ETag carries the version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response drawUpSettlement(@HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retried create safe: same key and body replay the first answer.") String key,
            @PathParam("id") @Parameter(description = "Repair order id") UUID id) {
        return idempotency.create(key, "POST settlement " + store + " " + id, id, () -> {
            View v = settlements.draw(store, id);
            return new Created<>(v, URI.create("/api/stores/" + store + "/settlements/" + v.id()), v.version());
        });
    }
}
