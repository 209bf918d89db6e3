package com.fours.dms.approval.api;

import com.fours.dms.shared.http.IdempotentPosts;
import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.approval.SupplementaryItems;
import com.fours.dms.approval.api.ApprovalApi.ItemList;
import com.fours.dms.approval.api.ApprovalApi.ItemView;
import com.fours.dms.approval.api.ApprovalApi.ReportRequest;
import com.fours.dms.shared.http.Created;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.http.Idempotency;
import com.fours.dms.shared.http.PrivateImages;
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
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** R-REP-3: supplementary items of a repair order: the workshop (and advisors) report and revise them with photos; staff read them. */
@Path("/api/stores/{store}/repair-orders/{id}/supplementary-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "supplementary-items")
@IdempotentPosts
public class SupplementaryItemResource {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    SupplementaryItems items;

    @Inject
    Idempotency idempotency;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @PathParam("id")
    @Parameter(description = "Repair order id")
    UUID id;

    /** The multipart body of a photo upload. */
    @Schema(name = "SupplementaryItemPhotoUpload")
    public static class Upload {
        @RestForm("file")
        @Schema(required = true, type = SchemaType.STRING, format = "binary", description = "The image from the camera: JPEG, PNG, WebP or HEIC, recognised by its content")
        public FileUpload file;
    }

    @POST
    @RolesAllowed({WORKSHOP, ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Report a supplementary item", description = "R-REP-3: a technician reports a finding on an order the workshop has (OPEN after the handover, or IN_PROGRESS; 409 R-REP-3 otherwise): "
            + "description, JOB and PART lines priced like estimate lines with the order's labour rate and VAT (400 for what a kind needs, 409 R-CHK-3 / R-CHK-4 as for the estimate), "
            + "extra minutes, safety-critical, RECOMMENDED or REQUIRED. The order's advisor gets a high-priority SUPPLEMENTARY_APPROVAL task at once. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Reported; ETag carries its version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    public Response reportSupplementaryItem(@HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retried report safe: same key and body replay the first answer.") String key,
            @Valid @NotNull ReportRequest request) {
        return idempotency.create(key, "POST supplementary-items " + store + " " + id, request, () -> {
            ItemView v = items.report(store, id, request);
            return new Created<>(v, URI.create("/api/stores/" + store + "/repair-orders/" + id + "/supplementary-items/" + v.id()), v.version());
        });
    }

    @GET
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "List the order's supplementary items", description = "R-REP-3: every item with all its versions (and each version's decision), photos and where it stands, oldest first.")
    public ItemList listSupplementaryItems() {
        return items.list(store, id);
    }

    @GET
    @Path("/{itemId}")
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "Get a supplementary item", description = "R-REP-3: one item with its versions and photos. ETag carries its version.")
    @APIResponse(responseCode = "200", description = "The item", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    public Response getSupplementaryItem(@PathParam("itemId") UUID itemId) {
        return ok(items.get(store, id, itemId));
    }

    @POST
    @Path("/{itemId}/versions")
    @RolesAllowed({WORKSHOP, ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Revise a supplementary item", description = "R-REP-3: a change of price or scope is a new version that needs a new decision (with changeReason, 400 without). "
            + "An approved version stays in force until the new one is decided; if approved, its lines replace the earlier ones. Requires If-Match with the item's ETag.")
    @APIResponse(responseCode = "200", description = "The item with its new version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    public Response reviseSupplementaryItem(@PathParam("itemId") UUID itemId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the item version you read", required = true) String ifMatch,
            @Valid @NotNull ReportRequest request) {
        return ok(items.revise(store, id, itemId, ETags.requireIfMatch(ifMatch), request));
    }

    @POST
    @Path("/{itemId}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({WORKSHOP, ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Add a photo to a supplementary item", description = "R-REP-3: multipart/form-data with the part `file` (the phone's camera). Recognised by content (JPEG, PNG, WebP, HEIC; 415 unsupported-photo-type otherwise); "
            + "cut off → 422 photo-truncated; larger than the store's photoMaxBytes → 413 photo-too-large; at most 10 per item. The customer sees it with the item.")
    @APIResponse(responseCode = "201", description = "Stored; the item with its photos", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "413", description = "Larger than the store's photo limit (code photo-too-large).", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "Not a JPEG, PNG, WebP or HEIC image (code unsupported-photo-type), or not multipart/form-data.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The image is cut off (photo-truncated) or damaged (photo-unreadable).", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response addSupplementaryItemPhoto(@PathParam("itemId") UUID itemId, Upload form) {
        ItemView v = items.addPhoto(store, id, itemId, form == null || form.file == null ? null : form.file.uploadedFile(),
                form == null || form.file == null ? 0 : form.file.size());
        return Response.created(URI.create("/api/stores/" + store + "/repair-orders/" + id + "/supplementary-items/" + itemId)).entity(v)
                .header("ETag", ETags.of(v.version())).build();
    }

    @GET
    @Path("/{itemId}/photos/{photoId}")
    @Produces({"image/jpeg", "image/png", "image/webp", "image/heic", MediaType.APPLICATION_JSON})
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "Get a supplementary item's photo", description = "The image bytes with their detected Content-Type, a strong ETag and Cache-Control: private; If-None-Match → 304.")
    @APIResponse(responseCode = "200", description = "The image", content = {
        @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "image/heic", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched)")
    public Response getSupplementaryItemPhoto(@PathParam("itemId") UUID itemId, @PathParam("photoId") UUID photoId,
            @HeaderParam("If-None-Match") @Parameter(description = "ETag of the copy you have") String ifNoneMatch) {
        return PrivateImages.of(items.photo(store, id, itemId, photoId, false), ifNoneMatch);
    }

    @GET
    @Path("/{itemId}/photos/{photoId}/thumbnail")
    @Produces({"image/jpeg", MediaType.APPLICATION_JSON})
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "Get a supplementary item photo's thumbnail", description = "A JPEG of at most 320 px for lists; WebP and HEIC photos have none (404 thumbnail-unavailable).")
    @APIResponse(responseCode = "200", description = "The thumbnail", content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched)")
    public Response getSupplementaryItemPhotoThumbnail(@PathParam("itemId") UUID itemId, @PathParam("photoId") UUID photoId,
            @HeaderParam("If-None-Match") @Parameter(description = "ETag of the copy you have") String ifNoneMatch) {
        return PrivateImages.of(items.photo(store, id, itemId, photoId, true), ifNoneMatch);
    }

    private static Response ok(ItemView v) {
        return ETags.ok(v, v.version());
    }
}
