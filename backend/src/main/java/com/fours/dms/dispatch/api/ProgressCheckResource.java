package com.fours.dms.dispatch.api;

import com.fours.dms.shared.http.IdempotentPosts;
import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.dispatch.ProgressCheckStatus;
import com.fours.dms.dispatch.ProgressChecks;
import com.fours.dms.dispatch.api.DispatchApi.ProgressCheckPage;
import com.fours.dms.dispatch.api.DispatchApi.ProgressCheckRequest;
import com.fours.dms.dispatch.api.DispatchApi.ProgressCheckView;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.persistence.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** R-REP-2: the progress checks of workshop jobs: read by advisors, the workshop and the service manager; answered by advisors and the manager. */
@Path("/api/stores/{store}/progress-checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "workshop-dispatch")
@IdempotentPosts
public class ProgressCheckResource {
    @Inject
    ProgressChecks checks;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @GET
    @RolesAllowed({ADVISOR, WORKSHOP, SERVICE_MANAGER})
    @Operation(summary = "List progress checks", description = "R-REP-2: the store's progress checks, newest first (keyset cursor): of one repair order, the one behind a PROGRESS_CHECK task (taskId), or in one state. A check is raised once per job when the store's share (progressCheckPercent, default 75 %) of its sold hours has elapsed since its first clock-on (or its planned start), pauses included.")
    @APIResponse(responseCode = "200", description = "A page of checks", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressCheckPage.class)))
    public ProgressCheckPage listProgressChecks(
            @QueryParam("repairOrderId") @Parameter(description = "Only this order's checks") UUID repairOrderId,
            @QueryParam("taskId") @Parameter(description = "Only the check behind this PROGRESS_CHECK task") UUID taskId,
            @QueryParam("status") @Parameter(example = "OPEN") ProgressCheckStatus status,
            @QueryParam("limit") @Parameter(description = "Page size, 1-100 (default 20)") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        return checks.list(store, repairOrderId, taskId, status, PageRequest.of(cursor, limit));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ADVISOR, WORKSHOP, SERVICE_MANAGER})
    @Operation(summary = "Get a progress check", description = "R-REP-2: one check with the order's promised time now, the advisor's answer and the customer's message (if the promise moved). ETag carries its version.")
    @APIResponse(responseCode = "200", description = "The check", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressCheckView.class)))
    public Response getProgressCheck(@PathParam("id") UUID id) {
        ProgressCheckView v = checks.get(store, id);
        return ETags.ok(v, v.version());
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Record the progress check", description = "R-REP-2: the advisor's answer after asking the workshop: when it expects to finish (in the future), the anomalies, whether and whom they asked. When the expected completion is after the order's promised time, the promise moves to revisedPromisedAt (default: the expected completion) with the reason (required; kept in the order's promise history, audited) and the customer is told through the outbox (e-mail when preferred, else SMS; the store's template in `language`; held in quiet hours). Closes the PROGRESS_CHECK task. 400 names the field; 409 R-REP-2 when the check is closed or the order can no longer be revised. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The recorded check", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressCheckView.class)))
    public Response completeProgressCheck(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @Valid @NotNull ProgressCheckRequest request) {
        ProgressCheckView v = checks.complete(store, id, ETags.requireIfMatch(ifMatch), request);
        return ETags.ok(v, v.version());
    }
}
