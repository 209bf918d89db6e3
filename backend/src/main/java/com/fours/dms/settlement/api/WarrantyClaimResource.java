package com.fours.dms.settlement.api;

import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.settlement.WarrantyClaimStatus;
import com.fours.dms.settlement.WarrantyClaims;
import com.fours.dms.settlement.api.WarrantyClaimApi.*;
import com.fours.dms.shared.http.Created;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.http.Idempotency;
import com.fours.dms.shared.http.IdempotentPosts;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Warranty claims (issue 10, R-CHK-7): opened from a bill's warranty lines, moved by named transitions. Each change answers the claim with its new ETag. */
@IdempotentPosts
@Path("/api/stores/{store}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "settlement")
public class WarrantyClaimResource {
    static final String IF_MATCH = "The claim's version (ETag)";

    @Inject
    WarrantyClaims claims;

    @Inject
    Idempotency idempotency;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @GET
    @Path("/warranty-claims")
    @RolesAllowed({ADVISOR, CASHIER, SERVICE_MANAGER})
    @Operation(summary = "Warranty claims", description = "R-CHK-7: the store's claims to the manufacturer, the newest first, optionally of one status. Keyset pages: limit 1-100 (default 20; above 100 is a 400 naming limit, never cut short), nextCursor for the next page.")
    @APIResponse(responseCode = "200", description = "One page of claims", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimList.class)))
    public ClaimList listWarrantyClaims(@QueryParam("status") @Parameter(description = "Only claims in this status") WarrantyClaimStatus status,
            @QueryParam("limit") @Parameter(description = "Page size, 1-100 (default 20)", example = "20") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        return claims.list(store, status, PageRequest.of(cursor, limit));
    }

    @POST
    @Path("/settlements/{id}/warranty-claim")
    @RolesAllowed({CASHIER, SERVICE_MANAGER})
    @Operation(summary = "Open the bill's warranty claim", description = "R-CHK-7: a DRAFT claim for the warranty lines of a finalised (or paid) bill; op code, causal part and labour hours default from those lines; photoLinks point at the inspection or quality-check photos. The customer's part of the bill is settled and delivered whatever the claim's state. 409 warranty-claim-exists; 422 R-CHK-7 for a draft or void bill or one without warranty lines. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "The claim; ETag carries the version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class)))
    public Response openWarrantyClaim(@PathParam("id") @Parameter(description = "Settlement id") UUID id,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retried create safe: same key and body replay the first answer.") String key,
            @Valid ClaimRequest request) {
        return idempotency.create(key, "POST warranty claim " + store + " " + id, request == null ? id : request, () -> {
            ClaimView v = claims.open(store, id, request);
            return new Created<>(v, URI.create("/api/stores/" + store + "/warranty-claims/" + v.id()), v.version());
        });
    }

    @GET
    @Path("/warranty-claims/{id}")
    @RolesAllowed({ADVISOR, CASHIER, SERVICE_MANAGER})
    @Operation(summary = "A warranty claim", description = "With the warranty lines it covers, its transitions' who and when, and the actions its state allows.")
    @APIResponse(responseCode = "200", description = "The claim", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class)))
    public Response getWarrantyClaim(@PathParam("id") @Parameter(description = "Warranty claim id") UUID id) {
        return ok(claims.get(store, id));
    }

    @PUT
    @Path("/warranty-claims/{id}")
    @RolesAllowed({CASHIER, SERVICE_MANAGER})
    @Operation(summary = "Edit a draft warranty claim", description = "R-CHK-7: op code, causal part, labour hours, photo links and notes, in DRAFT only (422 R-CHK-7 otherwise). Audited.")
    @APIResponse(responseCode = "200", description = "The claim", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "422", description = "R-CHK-7: the claim is no longer a draft.", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response editWarrantyClaim(@PathParam("id") @Parameter(description = "Warranty claim id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch, @Valid @NotNull ClaimRequest request) {
        return ok(claims.edit(store, id, ETags.requireIfMatch(ifMatch), request));
    }

    @POST
    @Path("/warranty-claims/{id}/submit")
    @RolesAllowed({CASHIER, SERVICE_MANAGER})
    @Operation(summary = "Submit a warranty claim", description = "R-CHK-7: DRAFT → SUBMITTED, with the manufacturer's claim reference if any; needs op code, causal part and labour hours (422 R-CHK-7 names the missing ones; 422 R-CHK-7 from another state). Audited.")
    @APIResponse(responseCode = "200", description = "The claim", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class)))
    public Response submitWarrantyClaim(@PathParam("id") @Parameter(description = "Warranty claim id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch, @Valid SubmitRequest request) {
        return ok(claims.submit(store, id, ETags.requireIfMatch(ifMatch), request));
    }

    @POST
    @Path("/warranty-claims/{id}/accept")
    @RolesAllowed({SERVICE_MANAGER})
    @Operation(summary = "Record the manufacturer's acceptance", description = "R-CHK-7: SUBMITTED → ACCEPTED with the amount paid (at most what was claimed; 400 paidAmount); 422 R-CHK-7 from another state. Audited.")
    @APIResponse(responseCode = "200", description = "The claim", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class)))
    public Response acceptWarrantyClaim(@PathParam("id") @Parameter(description = "Warranty claim id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch, @Valid @NotNull AcceptRequest request) {
        return ok(claims.accept(store, id, ETags.requireIfMatch(ifMatch), request));
    }

    @POST
    @Path("/warranty-claims/{id}/reject")
    @RolesAllowed({SERVICE_MANAGER})
    @Operation(summary = "Record the manufacturer's rejection", description = "R-CHK-7: SUBMITTED → REJECTED with the reason; 422 R-CHK-7 from another state. Audited.")
    @APIResponse(responseCode = "200", description = "The claim", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class)))
    public Response rejectWarrantyClaim(@PathParam("id") @Parameter(description = "Warranty claim id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch, @Valid @NotNull RejectRequest request) {
        return ok(claims.reject(store, id, ETags.requireIfMatch(ifMatch), request));
    }

    private static Response ok(ClaimView v) {
        return ETags.ok(v, v.version());
    }
}
