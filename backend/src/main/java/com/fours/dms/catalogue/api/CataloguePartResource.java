package com.fours.dms.catalogue.api;

import com.fours.dms.shared.security.IntegratorScopes;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import com.fours.dms.shared.http.IdempotentPosts;
import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.catalogue.PartService;
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

/** The store's parts price list (issue 8): staff and integrators read it, the service manager keeps it. */
@Path("/api/stores/{store}/catalogue/parts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "catalogue")
@IdempotentPosts
public class CataloguePartResource {
    @Inject
    PartService parts;

    @Inject
    Idempotency idempotency;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @GET
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER, INTEGRATOR})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.CATALOGUE)
    @Operation(summary = "Search parts", description = "Search as you type: `q` is found in the part number (with or without dashes and spaces), an old (superseded) number, "
            + "the Chinese or English name, or the pinyin initials of the Chinese name (jylqq finds 机油滤清器). In part-number order; keyset cursor. "
            + "A superseded part is left out unless superseded=true: its old number finds the part that supersedes it.")
    public CatalogueApi.PartPage searchCatalogueParts(
            @QueryParam("q") @Parameter(description = "Number, name or pinyin initials (at most 100 characters)", example = "jylq") String q,
            @QueryParam("active") @Parameter(description = "Only active (true) or inactive (false) parts") Boolean active,
            @QueryParam("superseded") @Parameter(description = "Also list parts that another part supersedes (default false)") Boolean superseded,
            @QueryParam("updatedSince") @Parameter(description = ChangeFeed.DESCRIPTION, example = "2026-12-01T08:00:00+08:00") String updatedSince,
            @QueryParam("limit") @Parameter(description = "Page size, 1-100 (default 20)", example = "20") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        return parts.search(store, q, active, Boolean.TRUE.equals(superseded), updatedSince, cursor, limit);
    }

    @POST
    @RolesAllowed(SERVICE_MANAGER)
    @Operation(summary = "Add a part", description = "Adds a part with its stock to the store's price list; the number (ignoring dashes and spaces) is unique in the store (409 catalogue-part-exists). "
            + "An old number may be superseded by one part only (409 supersession-exists). Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created; ETag carries its version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueApi.PartView.class)))
    public Response createCataloguePart(@HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retried create safe: same key and body replay the first answer.") String key,
            @Valid @NotNull CatalogueApi.PartRequest request) {
        return idempotency.create(key, "POST catalogue/parts " + store, request, () -> {
            CatalogueApi.PartView v = parts.create(store, request);
            return new Created<>(v, URI.create("/api/stores/" + store + "/catalogue/parts/" + v.id()), v.version());
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER, INTEGRATOR})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.CATALOGUE)
    @Operation(summary = "Get a part", description = "One part with its cost, old numbers and stock; ETag carries the version for a later If-Match.")
    @APIResponse(responseCode = "200", description = "The part.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueApi.PartView.class)))
    public Response getCataloguePart(@PathParam("id") UUID id) {
        CatalogueApi.PartView v = parts.get(store, id);
        return ETags.ok(v, v.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(SERVICE_MANAGER)
    @Operation(summary = "Change a part", description = "Replaces the part and its stock figures (omitted stock fields stay). On hand may not go below what is reserved (409 stock-below-reserved). "
            + "Estimate lines already priced keep their price. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Changed; ETag carries the new version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueApi.PartView.class)))
    public Response updateCataloguePart(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @Valid @NotNull CatalogueApi.PartRequest request) {
        CatalogueApi.PartView v = parts.update(store, id, ETags.requireIfMatch(ifMatch), request);
        return ETags.ok(v, v.version());
    }
}
