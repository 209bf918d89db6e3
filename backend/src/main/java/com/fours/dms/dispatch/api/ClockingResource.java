package com.fours.dms.dispatch.api;

import com.fours.dms.shared.http.IdempotentPosts;
import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.dispatch.ClockingService;
import com.fours.dms.dispatch.api.DispatchApi.*;
import com.fours.dms.shared.http.Idempotency;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The technician's clock (R-REP-1): the signed-in workshop user acts as the technician their login
 * is linked to. Every punch takes a required Idempotency-Key, so a retried tap never punches twice.
 */
@Path("/api/stores/{store}/workshop/my")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "workshop-clocking")
@IdempotentPosts
public class ClockingResource {
    private static final String KEY = "A new key per tap; the same key when the tap is retried (the first answer is replayed, nothing is punched twice).";

    @Inject
    ClockingService clocking;

    @Inject
    Idempotency idempotency;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @GET
    @Path("/jobs")
    @RolesAllowed(WORKSHOP)
    @Operation(summary = "My jobs", description = "The signed-in technician's open jobs (assigned, in progress, paused, rework; planned ones first), the clock running now and today's hours. 403 technician-not-linked when the login is not linked to a technician of the store.")
    @APIResponse(responseCode = "200", description = "My jobs", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MyJobs.class)))
    public MyJobs getMyJobs() {
        return clocking.myJobs(store);
    }

    @POST
    @Path("/clock-on")
    @RolesAllowed(WORKSHOP)
    @Operation(summary = "Clock on a job", description = "R-REP-1: clock on one of my jobs (assigned, in progress, paused or rework); it becomes IN_PROGRESS. One active clock: whatever was running is clocked off first and returned as `clockedOff` (SWITCHED). The first clock-on of an order's job moves the order to IN_PROGRESS (`orderStarted`). Requires Idempotency-Key.")
    @APIResponse(responseCode = "200", description = "Clocked on", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PunchResult.class)))
    public Response clockOn(@HeaderParam(Idempotency.HEADER) @Parameter(description = KEY, required = true) String key, @Valid @NotNull ClockOnRequest request) {
        return idempotency.act(key, "POST clock-on " + store, request, () -> clocking.clockOn(store, request.jobId()));
    }

    @POST
    @Path("/clock-off")
    @RolesAllowed(WORKSHOP)
    @Operation(summary = "Clock off", description = "R-REP-1: stops the clock running now (a job stays IN_PROGRESS: started, not finished). 409 R-REP-1 when nothing is running. Requires Idempotency-Key; no body.")
    @APIResponse(responseCode = "200", description = "Clocked off", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PunchResult.class)))
    public Response clockOff(@HeaderParam(Idempotency.HEADER) @Parameter(description = KEY, required = true) String key) {
        return idempotency.act(key, "POST clock-off " + store, Map.of(), () -> clocking.clockOff(store));
    }

    @POST
    @Path("/pause")
    @RolesAllowed(WORKSHOP)
    @Operation(summary = "Pause my job", description = "R-REP-1: the job I am clocked on is PAUSED with a reason (waiting parts, waiting approval, other with a note) and my clock stops. Requires Idempotency-Key.")
    @APIResponse(responseCode = "200", description = "Paused", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PunchResult.class)))
    public Response pauseMyJob(@HeaderParam(Idempotency.HEADER) @Parameter(description = KEY, required = true) String key, @Valid @NotNull PauseRequest request) {
        return idempotency.act(key, "POST pause " + store, request, () -> clocking.pause(store, request));
    }

    @POST
    @Path("/finish")
    @RolesAllowed(WORKSHOP)
    @Operation(summary = "Finish my job", description = "R-REP-1: my job in progress is DONE (its sold hours are credited to me the first time); if I am clocked on it, my clock stops. Requires Idempotency-Key.")
    @APIResponse(responseCode = "200", description = "Finished", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PunchResult.class)))
    public Response finishMyJob(@HeaderParam(Idempotency.HEADER) @Parameter(description = KEY, required = true) String key, @Valid @NotNull FinishRequest request) {
        return idempotency.act(key, "POST finish " + store, request, () -> clocking.finish(store, request.jobId()));
    }

    @POST
    @Path("/non-productive")
    @RolesAllowed(WORKSHOP)
    @Operation(summary = "Clock on non-productive time", description = "R-REP-1: time on no job (cleaning, training, waiting, meeting, other with a note). Whatever was running is clocked off first (`clockedOff`, SWITCHED). Requires Idempotency-Key.")
    @APIResponse(responseCode = "200", description = "Clocked on the code", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PunchResult.class)))
    public Response clockNonProductive(@HeaderParam(Idempotency.HEADER) @Parameter(description = KEY, required = true) String key, @Valid @NotNull NonProductiveRequest request) {
        return idempotency.act(key, "POST non-productive " + store, request, () -> clocking.nonProductive(store, request));
    }
}
