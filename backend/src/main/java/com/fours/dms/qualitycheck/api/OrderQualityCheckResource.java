package com.fours.dms.qualitycheck.api;

import com.fours.dms.shared.http.IdempotentPosts;
import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.qualitycheck.InternalHandovers;
import com.fours.dms.qualitycheck.api.QualityCheckApi.*;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.http.PrivateImages;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** R-REP-5, R-QC-3, R-QC-4: a repair order's quality check and internal hand-over to the advisor. */
@Path("/api/stores/{store}/repair-orders/{id}/quality-check")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "quality-check")
@IdempotentPosts
public class OrderQualityCheckResource {
    @Inject
    InternalHandovers handovers;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @PathParam("id")
    @Parameter(description = "Repair order id")
    UUID id;

    @GET
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, SERVICE_MANAGER})
    @Operation(summary = "An order's quality check", description = "Its jobs' quality-check state, the replaced parts and their old parts (R-REP-5), the found-not-fixed list and the advisor's signature (R-QC-3), cleaning and parking (R-QC-4), and `missing`: what still stops it from becoming ready for delivery. version is the order's (If-Match for the hand-over).")
    @APIResponse(responseCode = "200", description = "The order's quality check", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderQualityCheck.class)))
    public OrderQualityCheck getOrderQualityCheck() {
        return handovers.view(store, id);
    }

    @PUT
    @Path("/old-parts")
    @RolesAllowed({ADVISOR, WORKSHOP, SERVICE_MANAGER})
    @Operation(summary = "Record old parts", description = "R-REP-5: what happens to the old part of each listed replaced part: KEPT_FOR_CUSTOMER (with where it is), WARRANTY_RETURN (only a warranty-paid part) or DISCARDED_AT_CUSTOMER_REQUEST (with the customer's words). A part may be recorded again. Audited. 400 names parts[i] fields; 409 R-REP-5 once the car left the workshop.")
    @APIResponse(responseCode = "200", description = "The order's quality check", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderQualityCheck.class)))
    public OrderQualityCheck recordOldParts(@Valid @NotNull OldPartsRequest request) {
        return handovers.recordOldParts(store, id, request);
    }

    @GET
    @Path("/found-not-fixed-signature")
    @Produces({"image/png", MediaType.APPLICATION_JSON})
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, SERVICE_MANAGER})
    @Operation(summary = "Get the found-not-fixed signature image", description = "R-QC-3: the advisor's signature (PNG) under the order's found-not-fixed list as last signed, with a strong ETag and Cache-Control: private; for the file or a dispute. 404 not-found while nobody signed it. If-None-Match with the ETag → 304.")
    @APIResponse(responseCode = "200", description = "The signature image", content = @Content(mediaType = "image/png", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched)")
    public Response getFoundNotFixedSignature(@HeaderParam("If-None-Match") @Parameter(description = "ETag of the copy you have") String ifNoneMatch) {
        InternalHandovers.FindingsSignature img = handovers.findingsSignature(store, id);
        return PrivateImages.of(img.png(), "image/png", img.etag(), ifNoneMatch);
    }

    @POST
    @Path("/found-not-fixed-signature")
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Sign the found-not-fixed list", description = "R-QC-3: the advisor signs the issues found on this visit and not fixed, as the list reads now; an issue recorded afterwards needs a new signature. 409 R-QC-3 when there is nothing to sign; 422 signature-not-png.")
    @APIResponse(responseCode = "200", description = "The order's quality check", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderQualityCheck.class)))
    public OrderQualityCheck signFoundNotFixed(@Valid @NotNull FindingsSignatureRequest request) {
        return handovers.signFindings(store, id, request);
    }

    @POST
    @Path("/internal-handover")
    @RolesAllowed({ADVISOR, WORKSHOP, SERVICE_MANAGER})
    @Operation(summary = "Hand the car to the advisor (ready for delivery)", description = "R-QC-4: the car is cleaned and parked at parkingSpot. With every job passed (R-QC-1), every old part recorded (R-REP-5) and the found-not-fixed list signed (R-QC-3), the order becomes READY_FOR_DELIVERY and its advisor gets a READY_FOR_DELIVERY task with the spot. 400 cleaned/parkingSpot; 409 R-QC-4 lists what is missing; 412 on a stale If-Match (the order's version).")
    @APIResponse(responseCode = "200", description = "The order's quality check", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderQualityCheck.class)))
    public OrderQualityCheck handOverInternally(@HeaderParam("If-Match") @Parameter(description = "The order's version from GET …/quality-check", required = true) String ifMatch,
            @Valid @NotNull InternalHandoverRequest request) {
        return handovers.handOver(store, id, ETags.requireIfMatch(ifMatch), request);
    }
}
