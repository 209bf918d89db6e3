package com.fours.dms.approval.api;

import com.fours.dms.shared.http.IdempotentPosts;
import com.fours.dms.approval.ApprovalLinks;
import com.fours.dms.approval.SupplementaryItems;
import com.fours.dms.approval.api.ApprovalApi.DecisionResult;
import com.fours.dms.approval.api.ApprovalApi.LinkDecisionRequest;
import com.fours.dms.approval.api.ApprovalApi.PublicApproval;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * R-REP-3 (c): the customer's mobile page behind the approval link, without a login: the token in
 * the path is the only credential. Anything but an active link of this store answers a problem
 * without data (404 approval-link-invalid, 409 approval-link-used / approval-link-outdated, 410
 * approval-link-expired); repeated invalid tokens from one client get 429 too-many-attempts.
 */
@Path("/api/public/stores/{store}/approval-links/{token}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "public-approval")
@PermitAll
@SecurityRequirements
@IdempotentPosts
public class PublicApprovalResource {
    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEMS = " A used link → 409 approval-link-used; expired → 410 approval-link-expired; its items changed or decided otherwise → 409 approval-link-outdated; "
            + "unknown, tampered or another store's → 404 approval-link-invalid; too many invalid tokens from this client → 429 too-many-attempts (Retry-After).";

    @Inject
    ApprovalLinks links;

    @Context
    HttpServerRequest http;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @PathParam("token")
    @Parameter(description = "The link's token (from the customer's message)")
    String token;

    @GET
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicApproval.class)))
    @APIResponse(responseCode = "409", description = "Used (approval-link-used), or its items changed (approval-link-outdated).", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "410", description = "Expired (approval-link-expired).", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many invalid tokens from this client (too-many-attempts); Retry-After says when to try again.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @Operation(summary = "Open an approval link", description = "R-REP-3 (c): the items with photos, prices, added time, the new total and promised time for any choice, exactly as frozen when the link was sent. "
            + "No login." + PROBLEMS)
    public Response openApprovalLink() {
        PublicApproval p = links.open(store, token, client());
        return Response.ok(p).cacheControl(noStore()).build();
    }

    @POST
    @Path("/decision")
    @APIResponse(responseCode = "200", description = "Recorded in the ledger", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionResult.class)))
    @APIResponse(responseCode = "410", description = "Expired (approval-link-expired).", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many invalid tokens from this client (too-many-attempts).", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @Operation(summary = "Decide through an approval link", description = "R-REP-3 (c): the customer approves or declines every item of the link and signs on screen (a complete PNG). "
            + "Kept in the ledger with the page as shown, the IP address and browser; the link is used up." + PROBLEMS)
    public DecisionResult decideApprovalLink(@HeaderParam("User-Agent") @Parameter(hidden = true) String userAgent, @Valid @NotNull LinkDecisionRequest request) {
        return links.decide(store, token, request, client(), userAgent);
    }

    @GET
    @Path("/photos/{photoId}")
    @Produces({"image/jpeg", "image/png", "image/webp", "image/heic", MediaType.APPLICATION_JSON})
    @APIResponse(responseCode = "409", description = "Used (approval-link-used), or its items changed (approval-link-outdated).", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "410", description = "Expired (approval-link-expired).", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many invalid tokens from this client (too-many-attempts).", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @Operation(summary = "Get a photo of an approval link", description = "R-REP-3 (c): a photo the link shows, while the link is active." + PROBLEMS)
    @APIResponse(responseCode = "200", description = "The image", content = {
        @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "image/heic", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response getApprovalLinkPhoto(@PathParam("photoId") UUID photoId) {
        return image(links.photo(store, token, photoId, false, client()));
    }

    @GET
    @Path("/photos/{photoId}/thumbnail")
    @Produces({"image/jpeg", MediaType.APPLICATION_JSON})
    @APIResponse(responseCode = "409", description = "Used (approval-link-used), or its items changed (approval-link-outdated).", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "410", description = "Expired (approval-link-expired).", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many invalid tokens from this client (too-many-attempts).", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @Operation(summary = "Get a photo thumbnail of an approval link", description = "R-REP-3 (c): a JPEG of at most 320 px; WebP and HEIC photos have none (404 thumbnail-unavailable)." + PROBLEMS)
    @APIResponse(responseCode = "200", description = "The thumbnail", content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getApprovalLinkPhotoThumbnail(@PathParam("photoId") UUID photoId) {
        return image(links.photo(store, token, photoId, true, client()));
    }

    /** The client's address (the proxy's X-Forwarded-For only where quarkus.http.proxy trusts it). */
    private String client() {
        return http == null || http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
    }

    /** Nothing of a customer's page is kept by shared caches or the browser's history cache. */
    private static CacheControl noStore() {
        CacheControl cc = new CacheControl();
        cc.setNoStore(true);
        cc.setPrivate(true);
        cc.setNoTransform(false);
        return cc;
    }

    private static Response image(com.fours.dms.shared.image.StoredPhoto c) {
        return Response.ok(c.data(), c.mediaType()).header("ETag", c.etag()).cacheControl(noStore()).build();
    }
}
