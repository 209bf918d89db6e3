package com.fours.dms.customer.api;

import com.fours.dms.shared.security.IntegratorScopes;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import com.fours.dms.shared.http.IdempotentPosts;
import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.customer.VehicleService;
import com.fours.dms.shared.http.Created;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.http.Idempotency;
import com.fours.dms.shared.persistence.PageRequest;
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

@Path("/api/stores/{store}/vehicles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "vehicles")
@IdempotentPosts
public class VehicleResource {
    @Inject
    VehicleService vehicles;

    @Inject
    Idempotency idempotency;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @GET
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "Search vehicles", description = "Prefix search, case-insensitive: by plate when `q` starts with a province character (ordered by plate), by VIN from 8 Latin characters on (ordered by VIN), otherwise by the plate without its province character. Without `q`, all vehicles by creation. Keyset cursor.")
    public CustomerApi.VehiclePage searchVehicles(
            @QueryParam("q") @Parameter(description = "Plate or VIN prefix", example = "京A1") String q,
            @QueryParam("limit") @Parameter(description = "Page size, 1-100 (default 20)", example = "20") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        return CustomerApi.VehiclePage.of(vehicles.search(store, q, PageRequest.of(cursor, limit)));
    }

    @GET
    @Path("/lookup")
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER, INTEGRATOR})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.ARCHIVE)
    @Operation(summary = "Look up a vehicle", description = "Exact match on the full plate or the full 17-character VIN (give one): the vehicle with its owner, or an empty list. The way an integrator finds the vehicle it books for; it may not search the archive.")
    public List<CustomerApi.VehicleView> lookupVehicle(
            @QueryParam("plate") @Parameter(description = "Full plate", example = "京A12345") String plate,
            @QueryParam("vin") @Parameter(description = "Full VIN", example = "LSVAU218XN2183294") String vin) {
        return vehicles.lookup(store, plate, vin);
    }

    @POST
    @RolesAllowed({ADVISOR, CUSTOMER_SERVICE, SERVICE_MANAGER, INTEGRATOR})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.ARCHIVE)
    @Operation(summary = "Register a vehicle", description = "Adds a vehicle for an existing customer of the store; VIN and plate are validated and unique per store. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created; ETag carries the version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerApi.VehicleView.class)))
    public Response createVehicle(@HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retried create safe: same key and body replay the first answer.") String key,
            @Valid @NotNull CustomerApi.VehicleRequest request) {
        return idempotency.create(key, "POST vehicles " + store, request, () -> {
            CustomerApi.VehicleView v = vehicles.create(store, request);
            return new Created<>(v, URI.create("/api/stores/" + store + "/vehicles/" + v.id()), v.version());
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER, INTEGRATOR})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.ARCHIVE)
    @Operation(summary = "Get a vehicle", description = "One vehicle with its owner and next service due; ETag carries the version.")
    @APIResponse(responseCode = "200", description = "The vehicle.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerApi.VehicleView.class)))
    public Response getVehicle(@PathParam("id") UUID id) {
        CustomerApi.VehicleView v = vehicles.get(store, id);
        return ETags.ok(v, v.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ADVISOR, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "Change a vehicle", description = "Replaces the vehicle's data; the owner changes only through transfer-ownership (R-ARC-2). Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Changed; ETag carries the new version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerApi.VehicleView.class)))
    public Response updateVehicle(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @Valid @NotNull CustomerApi.VehicleRequest request) {
        long expected = ETags.requireIfMatch(ifMatch);
        CustomerApi.VehicleView v = vehicles.update(store, id, expected, request);
        return ETags.ok(v, v.version());
    }

    @POST
    @Path("/{id}/transfer-ownership")
    @RolesAllowed({ADVISOR, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "Transfer ownership", description = "The vehicle changes owner (R-ARC-2); the previous ownership is closed and kept. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The vehicle with its new owner.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerApi.VehicleView.class)))
    public Response transferVehicleOwnership(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @Valid @NotNull CustomerApi.TransferOwnershipRequest request) {
        long expected = ETags.requireIfMatch(ifMatch);
        CustomerApi.VehicleView v = vehicles.transferOwnership(store, id, expected, request);
        return ETags.ok(v, v.version());
    }

    @GET
    @Path("/{id}/ownerships")
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "Ownership history", description = "Every owner the vehicle had at this store, oldest first (R-ARC-2).")
    public List<CustomerApi.Ownership> listVehicleOwnerships(@PathParam("id") UUID id) {
        return vehicles.ownerships(store, id);
    }
}
