package com.fours.dms.catalogue.api;

import com.fours.dms.shared.security.IntegratorScopes;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import com.fours.dms.shared.http.IdempotentPosts;
import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.catalogue.OperationService;
import com.fours.dms.shared.http.Created;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.http.Idempotency;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import com.fours.dms.shared.persistence.ChangeFeed;
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

/** The store's labour operations with flat-rate hours (issue 8, R-CHK-4): staff and integrators read them, the service manager keeps them. */
@Path("/api/stores/{store}/catalogue/operations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "catalogue")
@IdempotentPosts
public class CatalogueOperationResource {
    @Inject
    OperationService operations;

    @Inject
    Idempotency idempotency;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @GET
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER, INTEGRATOR})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.CATALOGUE)
    @Operation(summary = "Search labour operations", description = "Search as you type by code, Chinese or English name, or pinyin initials (ghqscp finds 更换前刹车片). "
            + "With `model` (the vehicle's brand and model), `hours` are that model family's flat-rate hours. In code order; keyset cursor.")
    public CatalogueApi.OperationPage searchCatalogueOperations(
            @QueryParam("q") @Parameter(description = "Code, name or pinyin initials (at most 100 characters)", example = "shache") String q,
            @QueryParam("model") @Parameter(description = "The vehicle's model, for model-family hours", example = "大众 帕萨特") String model,
            @QueryParam("active") @Parameter(description = "Only active (true) or inactive (false) operations") Boolean active,
            @QueryParam("updatedSince") @Parameter(description = ChangeFeed.DESCRIPTION, example = "2026-12-01T08:00:00+08:00") String updatedSince,
            @QueryParam("limit") @Parameter(description = "Page size, 1-100 (default 20)", example = "20") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        return operations.search(store, q, active, model, updatedSince, cursor, limit);
    }

    @POST
    @RolesAllowed(SERVICE_MANAGER)
    @Operation(summary = "Add a labour operation", description = "Adds an operation; the code is unique in the store (409 catalogue-operation-exists). Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created; ETag carries its version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueApi.OperationView.class)))
    public Response createCatalogueOperation(@HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retried create safe: same key and body replay the first answer.") String key,
            @Valid @NotNull CatalogueApi.OperationRequest request) {
        return idempotency.create(key, "POST catalogue/operations " + store, request, () -> {
            CatalogueApi.OperationView v = operations.create(store, request);
            return new Created<>(v, URI.create("/api/stores/" + store + "/catalogue/operations/" + v.id()), v.version());
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER, INTEGRATOR})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.CATALOGUE)
    @Operation(summary = "Get a labour operation", description = "One operation with its hours per model family; ETag carries the version.")
    @APIResponse(responseCode = "200", description = "The operation.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueApi.OperationView.class)))
    public Response getCatalogueOperation(@PathParam("id") UUID id) {
        CatalogueApi.OperationView v = operations.get(store, id);
        return ETags.ok(v, v.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(SERVICE_MANAGER)
    @Operation(summary = "Change a labour operation", description = "Replaces the operation and its model-family hours; estimate lines already priced keep their hours. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Changed; ETag carries the new version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueApi.OperationView.class)))
    public Response updateCatalogueOperation(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @Valid @NotNull CatalogueApi.OperationRequest request) {
        CatalogueApi.OperationView v = operations.update(store, id, ETags.requireIfMatch(ifMatch), request);
        return ETags.ok(v, v.version());
    }
}
