package com.fours.dms.reminder.api;

import com.fours.dms.shared.http.IdempotentPosts;
import com.fours.dms.reminder.ReminderService;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/stores/{store}/reminders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "reminders")
@RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.SERVICE_MANAGER})
@IdempotentPosts
public class ReminderResource {
    @Inject
    ReminderService reminders;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @GET
    @Operation(summary = "A vehicle's maintenance reminder cycles", description = "Newest first: due date (R-REM-1, the earlier of date and projected mileage) and basis, message and calls raised, the customer's decision.")
    public ReminderApi.ListView listReminderCycles(@QueryParam("vehicleId") @NotNull @Parameter(required = true) UUID vehicleId) {
        return reminders.ofVehicle(store, vehicleId);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a reminder cycle", description = "ETag carries the version.")
    @APIResponse(responseCode = "200", description = "The cycle", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReminderApi.View.class)))
    public Response getReminderCycle(@PathParam("id") UUID id) {
        ReminderApi.View v = reminders.get(store, id);
        return ETags.ok(v, v.version());
    }

    @POST
    @Path("/{id}/call")
    @Operation(summary = "Record the reminder call", description = "R-REM-2: the latest mileage (re-projects the due date; never below the latest reading, R-REM-1), a special request and the decision: BOOKED with the dealer-initiated appointment booked from the call (R-APT-1), UNDECIDED (one second call follows, R-REM-3) or DECLINED (no more calls this cycle). Completes the cycle's open reminder calls. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The cycle", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReminderApi.View.class)))
    public Response recordReminderCall(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "ETag of the cycle you read", required = true) String ifMatch,
            @Valid @NotNull ReminderApi.CallRequest request) {
        ReminderApi.View v = reminders.recordCall(store, id, ETags.requireIfMatch(ifMatch), request);
        return ETags.ok(v, v.version());
    }
}
