package com.fours.dms.inspection.api;

import com.fours.dms.shared.http.IdempotentPosts;
import static com.fours.dms.shared.security.Roles.*;
import com.fours.dms.inspection.InspectionPhotoService;
import com.fours.dms.inspection.api.InspectionApi.Photo;
import com.fours.dms.inspection.api.InspectionApi.Photos;
import com.fours.dms.shared.http.PrivateImages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Photos of the check-in inspection (R-CHK-1): uploaded as multipart, served as image bytes to the staff who may see the order. */
@Path("/api/stores/{store}/repair-orders/{id}/inspection/photos")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "inspections")
@IdempotentPosts
public class InspectionPhotoResource {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    InspectionPhotoService photos;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @PathParam("id")
    @Parameter(description = "Repair order id")
    UUID id;

    /** The multipart body of a photo upload. */
    @Schema(name = "InspectionPhotoUpload")
    public static class Upload {
        @RestForm("file")
        @Schema(required = true, type = SchemaType.STRING, format = "binary", description = "The image: JPEG, PNG, WebP or HEIC, recognised by its content")
        public FileUpload file;

        @RestForm("damageMarkId")
        @PartType(MediaType.TEXT_PLAIN)
        @Schema(description = "The damage mark the photo shows; omitted = a photo of the whole inspection")
        public UUID damageMarkId;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Upload an inspection photo", description = "multipart/form-data with the part `file` (and optionally `damageMarkId`). The type is recognised by the file's content (JPEG, PNG, WebP, HEIC), never by its name or declared type: anything else → 415 unsupported-photo-type; a cut-off file → 422 photo-truncated; larger than the store's photoMaxBytes (default 10 MB) → 413 photo-too-large. JPEG and PNG get a 320 px thumbnail; WebP and HEIC none (thumbnailAvailable false). Only on the current, unsigned version (409 R-CHK-2).")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Photo.class)))
    @APIResponse(responseCode = "413", description = "Larger than the store's photo limit (code photo-too-large).", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "The content is not a JPEG, PNG, WebP or HEIC image (code unsupported-photo-type), or the body is not multipart/form-data.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The image is cut off (photo-truncated) or damaged (photo-unreadable), or damageMarkId is not on the inspection (unknown-reference).", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response uploadInspectionPhoto(Upload form) {
        Photo p = photos.upload(store, id, form == null ? null : form.damageMarkId,
                form == null || form.file == null ? null : form.file.uploadedFile(), form == null || form.file == null ? 0 : form.file.size());
        return Response.created(URI.create("/api/stores/" + store + "/repair-orders/" + id + "/inspection/photos/" + p.id())).entity(p).build();
    }

    @GET
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "List the inspection's photos", description = "Photos of the current inspection version, oldest first, with whether a thumbnail exists.")
    public Photos listInspectionPhotos() {
        return photos.list(store, id);
    }

    @GET
    @Path("/{photoId}")
    @Produces({"image/jpeg", "image/png", "image/webp", "image/heic", MediaType.APPLICATION_JSON})
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "Get an inspection photo", description = "The image bytes with their Content-Type (as detected at upload), a strong ETag and Cache-Control: private. Photos of earlier (signed) versions stay readable. If-None-Match with the ETag → 304.")
    @APIResponse(responseCode = "200", description = "The image", content = {
        @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "image/heic", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched)")
    public Response getInspectionPhoto(@PathParam("photoId") UUID photoId,
            @HeaderParam("If-None-Match") @Parameter(description = "ETag of the copy you have") String ifNoneMatch) {
        return PrivateImages.of(photos.content(store, id, photoId, false), ifNoneMatch);
    }

    @GET
    @Path("/{photoId}/thumbnail")
    @Produces({"image/jpeg", MediaType.APPLICATION_JSON})
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "Get an inspection photo's thumbnail", description = "A JPEG, at most 320 px on the longer edge, for list views. WebP and HEIC photos have none (404 thumbnail-unavailable): show a placeholder.")
    @APIResponse(responseCode = "200", description = "The thumbnail", content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched)")
    public Response getInspectionPhotoThumbnail(@PathParam("photoId") UUID photoId,
            @HeaderParam("If-None-Match") @Parameter(description = "ETag of the copy you have") String ifNoneMatch) {
        return PrivateImages.of(photos.content(store, id, photoId, true), ifNoneMatch);
    }

    @DELETE
    @Path("/{photoId}")
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Delete an inspection photo", description = "Only photos of the current, unsigned version (409 R-CHK-2 otherwise).")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response deleteInspectionPhoto(@PathParam("photoId") UUID photoId) {
        photos.delete(store, id, photoId);
        return Response.noContent().build();
    }

}
