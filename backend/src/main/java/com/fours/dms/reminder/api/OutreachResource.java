package com.fours.dms.reminder.api;

import com.fours.dms.shared.http.IdempotentPosts;
import com.fours.dms.reminder.OutreachService;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.security.Roles;
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
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** First service, retention and lost customers, insurance renewal and annual inspection (issue 11; R-REM-4..6). */
@Path("/api/stores/{store}/outreach")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "reminders")
@RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.SERVICE_MANAGER})
@IdempotentPosts
public class OutreachResource {
    @Inject
    OutreachService outreach;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @GET
    @Operation(summary = "A vehicle's reminders other than maintenance", description = "Newest first: first service (R-REM-4), retention and lost (R-REM-5), insurance renewal and annual inspection (R-REM-6), with the message sent and the outcome.")
    public OutreachApi.ListView listReminderOutreach(@QueryParam("vehicleId") @NotNull @Parameter(required = true) UUID vehicleId) {
        return outreach.ofVehicle(store, vehicleId);
    }

    @GET
    @Path("/lost-report")
    @Operation(summary = "Retained and lost customers", description = "R-REM-5 / R-RPT-1: retention and lost calls closed in the period (store days, default this month so far): retained, lost, and the lost ones per reason. 400 when to is before from.")
    public OutreachApi.LostReport getLostCustomerReport(@QueryParam("from") @Parameter(example = "2026-11-01") LocalDate from,
            @QueryParam("to") @Parameter(example = "2026-11-30") LocalDate to) {
        return outreach.lostReport(store, from, to);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a reminder outreach", description = "ETag carries the version.")
    @APIResponse(responseCode = "200", description = "The outreach", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutreachApi.View.class)))
    public Response getReminderOutreach(@PathParam("id") UUID id) {
        OutreachApi.View v = outreach.get(store, id);
        return ETags.ok(v, v.version());
    }

    @POST
    @Path("/{id}/close")
    @Operation(summary = "Close a retention or lost call", description = "R-REM-5: RETAINED (the customer comes back), or LOST with the reason chosen from the list (400 without it). Completes the outreach's call. Requires If-Match; 409 outreach-closed when it is closed already or is not a retention or lost call.")
    @APIResponse(responseCode = "200", description = "The outreach", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutreachApi.View.class)))
    public Response closeReminderOutreach(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "ETag of the outreach you read", required = true) String ifMatch,
            @Valid @NotNull OutreachApi.CloseRequest request) {
        OutreachApi.View v = outreach.close(store, id, ETags.requireIfMatch(ifMatch), request);
        return ETags.ok(v, v.version());
    }
}
