package com.fours.dms.reminder.api;

import com.fours.dms.reminder.CampaignVehicle;
import com.fours.dms.reminder.Campaigns;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.http.IdempotentPosts;
import com.fours.dms.shared.http.Uploads;
import com.fours.dms.shared.security.Roles;
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
import jakarta.ws.rs.QueryParam;
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

/** Recall and technical campaigns imported as VIN lists (issue 11, R-REM-6). */
@Path("/api/stores/{store}/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "reminders")
@IdempotentPosts
public class CampaignResource {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    Campaigns campaigns;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    /** The multipart body of a VIN list upload. */
    @Schema(name = "CampaignVinUpload")
    public static class Upload {
        @RestForm("file")
        @Schema(required = true, type = SchemaType.STRING, format = "binary", description = "CSV (UTF-8 with or without BOM, or GBK) or XLSX: a column headed VIN (or 车架号), or one VIN a line without a header.")
        public FileUpload file;
    }

    @POST
    @RolesAllowed(Roles.SERVICE_MANAGER)
    @Operation(summary = "Create a campaign", description = "R-REM-6: a recall or technical campaign (code unique in the store: 409 campaign-duplicate-code; validTo not before validFrom). Upload its VIN list next.")
    @APIResponse(responseCode = "201", description = "The campaign", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignApi.View.class)))
    public Response createCampaign(@Valid @NotNull CampaignApi.CreateRequest request) {
        CampaignApi.View v = campaigns.create(store, request);
        return Response.created(URI.create("/api/stores/" + store + "/campaigns/" + v.id())).entity(v).build();
    }

    @GET
    @RolesAllowed({Roles.SERVICE_MANAGER, Roles.CUSTOMER_SERVICE})
    @Operation(summary = "List campaigns", description = "Newest first, each with its progress (VINs, cars on the archive, messaged, reached, booked, done); keyset cursor.")
    public CampaignApi.Page listCampaigns(@QueryParam("limit") @Parameter(description = "Page size, 1-100 (default 20)", example = "20") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        return campaigns.list(store, cursor, limit);
    }

    @GET
    @Path("/open")
    @RolesAllowed({Roles.ADVISOR, Roles.WORKSHOP, Roles.CUSTOMER_SERVICE, Roles.SERVICE_MANAGER})
    @Operation(summary = "A vehicle's open campaigns", description = "R-REM-6: the running campaigns whose work is still to be done on this car (by the car, or by its VIN when it was not on the archive at the upload): for its page, the check-in and its repair order.")
    public CampaignApi.EntryList listOpenCampaignsOfVehicle(@QueryParam("vehicleId") @NotNull @Parameter(required = true) UUID vehicleId) {
        return campaigns.openForVehicle(store, vehicleId);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SERVICE_MANAGER, Roles.CUSTOMER_SERVICE})
    @Operation(summary = "Get a campaign", description = "With its progress.")
    public CampaignApi.View getCampaign(@PathParam("id") UUID id) {
        return campaigns.get(store, id);
    }

    @POST
    @Path("/{id}/imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.SERVICE_MANAGER)
    @Operation(summary = "Upload the campaign's VIN list", description = "R-REM-6: multipart/form-data with the part `file`. Each row is checked on its own: an empty VIN, a malformed one or one "
            + "whose check digit (position 9) fails, and a VIN repeating an earlier line are rejected with their line and reason; the others are accepted, including VINs of cars not on this "
            + "store's archive (counted as notInArchive and flagged should the car come in). Each accepted VIN is entered once per campaign: the cars on the archive get a message on a channel "
            + "the customer did not opt out of and a call in customer service's queue (from the campaign's first day); the same file uploaded again adds, sends and opens nothing. "
            + "The answer is the report (also at its Location later). 409 campaign-ended after validTo; 422 import-columns without a VIN column; 413 import-too-large above 100 000 rows.")
    @APIResponse(responseCode = "201", description = "The upload's report", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignApi.ImportView.class)))
    @APIResponse(responseCode = "413", description = "More rows than one upload takes (import-too-large).", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "Not CSV text or an XLSX workbook (unsupported-import-type).", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response importCampaignVins(@PathParam("id") UUID id, Upload form) {
        byte[] bytes = Uploads.required(form == null ? null : form.file);
        CampaignApi.ImportView v = campaigns.importVins(store, id, form.file.fileName(), bytes);
        return Response.created(URI.create("/api/stores/" + store + "/campaigns/" + id + "/imports/" + v.id())).entity(v).build();
    }

    @GET
    @Path("/{id}/imports")
    @RolesAllowed({Roles.SERVICE_MANAGER, Roles.CUSTOMER_SERVICE})
    @Operation(summary = "List a campaign's VIN list uploads", description = "Newest first, each with its report; keyset cursor.")
    public CampaignApi.ImportPage listCampaignImports(@PathParam("id") UUID id,
            @QueryParam("limit") @Parameter(description = "Page size, 1-100 (default 20)", example = "20") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        return campaigns.imports(store, id, cursor, limit);
    }

    @GET
    @Path("/{id}/imports/{importId}")
    @RolesAllowed({Roles.SERVICE_MANAGER, Roles.CUSTOMER_SERVICE})
    @Operation(summary = "Get a VIN list upload's report", description = "Accepted and rejected counts and every rejected row with its line and reason (messages and calls are those of the upload's answer; here 0).")
    public CampaignApi.ImportView getCampaignImport(@PathParam("id") UUID id, @PathParam("importId") UUID importId) {
        return campaigns.getImport(store, id, importId);
    }

    @GET
    @Path("/{id}/vehicles")
    @RolesAllowed({Roles.SERVICE_MANAGER, Roles.CUSTOMER_SERVICE})
    @Operation(summary = "A campaign's VINs", description = "Its entries (OPEN or DONE, or both), keyset cursor.")
    public CampaignApi.EntryPage listCampaignEntries(@PathParam("id") UUID id,
            @QueryParam("status") @Parameter(description = "OPEN or DONE; both when absent") CampaignVehicle.Status status,
            @QueryParam("limit") @Parameter(description = "Page size, 1-100 (default 20)", example = "20") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        return campaigns.entries(store, id, status, cursor, limit);
    }

    @GET
    @Path("/entries/{entryId}")
    @RolesAllowed({Roles.ADVISOR, Roles.WORKSHOP, Roles.CUSTOMER_SERVICE, Roles.SERVICE_MANAGER})
    @Operation(summary = "Get a campaign entry", description = "ETag carries the version.")
    @APIResponse(responseCode = "200", description = "The entry", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignApi.Entry.class)))
    public Response getCampaignEntry(@PathParam("entryId") UUID entryId) {
        CampaignApi.Entry e = campaigns.getEntry(store, entryId);
        return ETags.ok(e, e.version());
    }

    @POST
    @Path("/entries/{entryId}/contact")
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.SERVICE_MANAGER})
    @Operation(summary = "Record a campaign call's outcome", description = "REACHED, or BOOKED with the appointment booked from the call (400 without it; the call is then done). Requires If-Match; 409 campaign-entry-done when the work is done, campaign-entry-not-on-archive for a VIN without a car here.")
    @APIResponse(responseCode = "200", description = "The entry", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignApi.Entry.class)))
    public Response recordCampaignContact(@PathParam("entryId") UUID entryId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the entry you read", required = true) String ifMatch, @Valid @NotNull CampaignApi.ContactRequest request) {
        CampaignApi.Entry e = campaigns.contact(store, entryId, ETags.requireIfMatch(ifMatch), request);
        return ETags.ok(e, e.version());
    }

    @POST
    @Path("/entries/{entryId}/done")
    @RolesAllowed({Roles.ADVISOR, Roles.SERVICE_MANAGER})
    @Operation(summary = "Campaign work done on an order", description = "R-REM-6: the campaign work was done on this repair order of the car (422 campaign-order-vehicle for another car's order): the entry is closed, the car is no longer flagged, its call is done. Audited. Requires If-Match; 409 campaign-entry-done when done already.")
    @APIResponse(responseCode = "200", description = "The entry", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignApi.Entry.class)))
    public Response markCampaignDone(@PathParam("entryId") UUID entryId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the entry you read", required = true) String ifMatch, @Valid @NotNull CampaignApi.DoneRequest request) {
        CampaignApi.Entry e = campaigns.done(store, entryId, ETags.requireIfMatch(ifMatch), request);
        return ETags.ok(e, e.version());
    }
}
