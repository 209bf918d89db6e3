package com.fours.dms.repairorder.api;

import com.fours.dms.shared.http.IdempotentPosts;
import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.repairorder.CannedJobService;
import com.fours.dms.repairorder.api.RepairOrderApi.CannedJobRequest;
import com.fours.dms.repairorder.api.RepairOrderApi.CannedJobView;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The store's catalogue of canned jobs: the service manager keeps it, advisors use it. */
@Path("/api/stores/{store}/canned-jobs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "repair-orders")
@IdempotentPosts
public class CannedJobResource {
    @Inject
    CannedJobService cannedJobs;

    @Inject
    Idempotency idempotency;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @GET
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "List canned jobs", description = "The store's standard jobs (e.g. 10 000 km 保养) with their labour and part lines, by code.")
    public List<CannedJobView> listCannedJobs(@QueryParam("active") @Parameter(description = "Only active (true) or inactive (false) ones") Boolean active) {
        return cannedJobs.list(store, active);
    }

    @POST
    @RolesAllowed(SERVICE_MANAGER)
    @Operation(summary = "Create a canned job", description = "Adds a standard job to the store's catalogue; the code is unique in the store. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created; ETag carries its version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CannedJobView.class)))
    public Response createCannedJob(@HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retried create safe: same key and body replay the first answer.") String key,
            @Valid @NotNull CannedJobRequest request) {
        return idempotency.create(key, "POST canned-jobs " + store, request, () -> {
            CannedJobView v = cannedJobs.create(store, request);
            return new Created<>(v, URI.create("/api/stores/" + store + "/canned-jobs/" + v.id()), v.version());
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(SERVICE_MANAGER)
    @Operation(summary = "Change a canned job", description = "Replaces code, name, active flag and lines; orders that already used it keep their lines. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Changed; ETag carries the new version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CannedJobView.class)))
    public Response updateCannedJob(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @Valid @NotNull CannedJobRequest request) {
        CannedJobView v = cannedJobs.update(store, id, ETags.requireIfMatch(ifMatch), request);
        return ETags.ok(v, v.version());
    }
}
