package com.fours.dms.inspection.api;

import com.fours.dms.shared.http.IdempotentPosts;
import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.inspection.InspectionService;
import com.fours.dms.inspection.api.InspectionApi.*;
import com.fours.dms.shared.http.Created;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.http.Idempotency;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

/** The check-in inspection of a repair order (R-CHK-1, R-CHK-2): advisors and the service manager write; workshop, cashier and customer service read. */
@Path("/api/stores/{store}/repair-orders/{id}/inspection")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "inspections")
@IdempotentPosts
public class InspectionResource {
    private static final String IF_MATCH = "If-Match";
    private static final String PROBLEM = "application/problem+json";

    @Inject
    InspectionService inspections;

    @Inject
    Idempotency idempotency;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @PathParam("id")
    @Parameter(description = "Repair order id")
    UUID id;

    @POST
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Start the check-in inspection", description = "Version 1 of the walk-around inspection of a repair order in the shop (R-CHK-1, R-CHK-2): odometer (lower than the last recorded reading needs `odometerLowerConfirmed`, else 422 R-CHK-2), fuel, warning lights, covers, belongings, documents, key tag and cabinet slot (unique among the store's cars in the shop, else 409 on keyTag/keySlot). One per order (409 inspection-exists). Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created; ETag carries its version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response createInspection(@HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retried create safe: same key and body replay the first answer.") String key,
            @Valid @NotNull InspectionRequest request) {
        return idempotency.create(key, "POST inspection " + store + " " + id, request, () -> {
            View v = inspections.create(store, id, request);
            return new Created<>(v, URI.create("/api/stores/" + store + "/repair-orders/" + id + "/inspection"), v.version());
        });
    }

    @GET
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "Get the check-in inspection", description = "The current version of the repair order's inspection, with the odometer warning (R-CHK-2) when the reading was lower than the last recorded one. ETag carries its version.")
    @APIResponse(responseCode = "200", description = "The current inspection version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response getInspection() {
        return ok(inspections.get(store, id));
    }

    @GET
    @Path("/signature")
    @Produces({"image/png", MediaType.APPLICATION_JSON})
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "Get the inspection signature image", description = "R-CHK-1: the customer's signature (PNG) of the latest signed inspection version, with a strong ETag and Cache-Control: private. 404 not-found while no version is signed. If-None-Match with the ETag → 304.")
    @APIResponse(responseCode = "200", description = "The signature image", content = @Content(mediaType = "image/png", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched)")
    public Response getInspectionSignature(@HeaderParam("If-None-Match") @Parameter(description = "ETag of the copy you have") String ifNoneMatch) {
        InspectionService.SignatureImage img = inspections.signature(store, id);
        return com.fours.dms.shared.http.PrivateImages.of(img.png(), "image/png", img.etag(), ifNoneMatch);
    }

    @PUT
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Update the check-in inspection", description = "Replaces the recorded readings, belongings, documents and key of the current, unsigned version (damage marks have their own operations). A signed version is frozen: 409 R-CHK-2, create a correction instead. Requires If-Match. Honours Idempotency-Key.")
    @APIResponse(responseCode = "200", description = "The inspection", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "422", description = "Invalid readings, or the Idempotency-Key was already used for a different request (idempotency-key-reused).", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response updateInspection(@HeaderParam(IF_MATCH) @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retried change safe (an offline tablet replaying its queue): same key and body replay the first answer, ETag included; same key with another body → 422.") String key,
            @Valid @NotNull InspectionRequest request) {
        return idempotency.change(key, "PUT inspection " + store + " " + id, request, () -> inspections.update(store, id, ETags.requireIfMatch(ifMatch), request), View::version);
    }

    @POST
    @Path("/damage-marks")
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Add a damage mark", description = "R-CHK-1: a mark (zone, type, optional position 0..1 on the diagram, note) on the current, unsigned version; the new mark is the last of `damageMarks`. Requires If-Match. Honours Idempotency-Key: a retried add answers the first answer and adds no second mark.")
    @APIResponse(responseCode = "200", description = "The inspection with the new mark", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "422", description = "Invalid mark, or the Idempotency-Key was already used for a different request (idempotency-key-reused).", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response addInspectionDamageMark(@HeaderParam(IF_MATCH) @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retried change safe (an offline tablet replaying its queue): same key and body replay the first answer, ETag included; same key with another body → 422.") String key,
            @Valid @NotNull DamageMarkRequest request) {
        return idempotency.change(key, "POST damage-mark " + store + " " + id, request, () -> inspections.addDamageMark(store, id, ETags.requireIfMatch(ifMatch), request), View::version);
    }

    @DELETE
    @Path("/damage-marks/{markId}")
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Remove a damage mark", description = "Only on the current, unsigned version. Requires If-Match. Honours Idempotency-Key: a removal an offline tablet replays answers the first answer instead of 412.")
    @APIResponse(responseCode = "200", description = "The inspection without the mark", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was already used for a different request (idempotency-key-reused).", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response removeInspectionDamageMark(@PathParam("markId") UUID markId,
            @HeaderParam(IF_MATCH) @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retried change safe (an offline tablet replaying its queue): same key and mark replay the first answer, ETag included; same key for another mark → 422.") String key) {
        return idempotency.change(key, "DELETE damage-mark " + store + " " + id, markId.toString(),
                () -> inspections.removeDamageMark(store, id, markId, ETags.requireIfMatch(ifMatch)), View::version);
    }

    @POST
    @Path("/sign")
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Customer signs the inspection", description = "Stores the signature (a complete PNG from the signature pad, base64), the signer's name and the time; the version is frozen from then on (changes → 409 R-CHK-2). Requires If-Match. Honours Idempotency-Key: a retried signature answers the first answer.")
    @APIResponse(responseCode = "200", description = "The signed inspection", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "422", description = "Invalid signature, or the Idempotency-Key was already used for a different request (idempotency-key-reused).", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response signInspection(@HeaderParam(IF_MATCH) @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retried change safe (an offline tablet replaying its queue): same key and body replay the first answer, ETag included; same key with another body → 422.") String key,
            @Valid @NotNull SignRequest request) {
        return idempotency.change(key, "POST inspection sign " + store + " " + id, request, () -> inspections.sign(store, id, ETags.requireIfMatch(ifMatch), request), View::version);
    }

    @POST
    @Path("/corrections")
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Correct a signed inspection", description = "Creates the next version, unsigned, with the signed version's content; it supersedes the signed one, which stays readable in the versions list. Requires If-Match with the current version's ETag.")
    @APIResponse(responseCode = "201", description = "The new version; ETag carries its version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response correctInspection(@HeaderParam(IF_MATCH) @Parameter(description = "ETag of the version you read", required = true) String ifMatch) {
        View v = inspections.correct(store, id, ETags.requireIfMatch(ifMatch));
        return Response.created(URI.create("/api/stores/" + store + "/repair-orders/" + id + "/inspection")).entity(v).tag(String.valueOf(v.version())).build();
    }

    @GET
    @Path("/versions")
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "List the inspection's versions", description = "Every version of the inspection, oldest first: signed versions that were corrected stay as history.")
    public Versions listInspectionVersions() {
        return inspections.versions(store, id);
    }

    private static Response ok(View v) {
        return ETags.ok(v, v.version());
    }
}
