package com.fours.dms.feedback.api;

import com.fours.dms.shared.http.IdempotentPosts;
import com.fours.dms.feedback.ComplaintStatus;
import com.fours.dms.feedback.Complaints;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** R-FUP-5: complaint cases on the quick-handling form, and their named transitions (each needs If-Match; audited). */
@Path("/api/stores/{store}/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "complaints")
@IdempotentPosts
public class ComplaintResource {
    static final String IF_MATCH = "ETag of the complaint you read";

    @Inject
    Complaints complaints;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @GET
    @RolesAllowed({Roles.ADVISOR, Roles.WORKSHOP, Roles.CUSTOMER_SERVICE, Roles.SERVICE_MANAGER})
    @Operation(summary = "The complaint board", description = "Cases by status (default: every one not closed), soonest deadline first; `overdue=true` keeps those past their deadline while open or in progress (the escalations).")
    public FeedbackApi.ComplaintPage listComplaints(@QueryParam("status") @Parameter(description = "Repeatable") List<ComplaintStatus> status,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue, @QueryParam("customerId") UUID customerId,
            @QueryParam("limit") @DefaultValue("100") @Parameter(example = "100") int limit) {
        return complaints.board(store, status, overdue, customerId, limit);
    }

    @POST
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.SERVICE_MANAGER})
    @Operation(summary = "Record a complaint", description = "R-FUP-5: customer service opens a case: category, department, description, the order line and technician concerned, owner and the deadline they commit to (default: the store's hours).")
    @APIResponse(responseCode = "201", description = "The case", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackApi.ComplaintView.class)))
    public Response createComplaint(@Valid @NotNull FeedbackApi.ComplaintRequest request) {
        FeedbackApi.ComplaintView v = complaints.create(store, request);
        return Response.status(201).entity(v).tag(String.valueOf(v.version())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADVISOR, Roles.WORKSHOP, Roles.CUSTOMER_SERVICE, Roles.SERVICE_MANAGER})
    @Operation(summary = "A complaint case with its history")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackApi.ComplaintView.class)))
    public Response getComplaint(@PathParam("id") UUID id) {
        FeedbackApi.ComplaintView v = complaints.get(store, id);
        return ETags.ok(v, v.version());
    }

    @POST
    @Path("/{id}/start")
    @RolesAllowed({Roles.ADVISOR, Roles.WORKSHOP, Roles.CUSTOMER_SERVICE, Roles.SERVICE_MANAGER})
    @Operation(summary = "Take the case on", description = "OPEN → IN_PROGRESS: the owner (default the caller) commits to a resolution deadline in the future.")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackApi.ComplaintView.class)))
    public Response startComplaint(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @Valid @NotNull FeedbackApi.StartRequest request) {
        return ok(complaints.start(store, id, ETags.requireIfMatch(ifMatch), request));
    }

    @POST
    @Path("/{id}/reassign")
    @RolesAllowed({Roles.ADVISOR, Roles.WORKSHOP, Roles.CUSTOMER_SERVICE, Roles.SERVICE_MANAGER})
    @Operation(summary = "Hand the case on or commit to a new deadline", description = "While open or in progress; a new deadline is escalated again when it passes.")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackApi.ComplaintView.class)))
    public Response reassignComplaint(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @Valid @NotNull FeedbackApi.ReassignRequest request) {
        return ok(complaints.reassign(store, id, ETags.requireIfMatch(ifMatch), request));
    }

    @POST
    @Path("/{id}/resolve")
    @RolesAllowed({Roles.ADVISOR, Roles.WORKSHOP, Roles.CUSTOMER_SERVICE, Roles.SERVICE_MANAGER})
    @Operation(summary = "Resolve the case", description = "IN_PROGRESS → RESOLVED with what was done; the second follow-up call opens at once, first in customer service's queue (R-FUP-5).")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackApi.ComplaintView.class)))
    public Response resolveComplaint(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @Valid @NotNull FeedbackApi.NoteRequest request) {
        return ok(complaints.resolve(store, id, ETags.requireIfMatch(ifMatch), request));
    }

    @POST
    @Path("/{id}/second-follow-up")
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.SERVICE_MANAGER})
    @Operation(summary = "Record the second follow-up", description = "R-FUP-5: satisfied → CONFIRMED; not satisfied → reopened (OPEN, next round, the store's default deadline; the history stays). The second follow-up call is done.")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackApi.ComplaintView.class)))
    public Response recordComplaintSecondFollowUp(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @Valid @NotNull FeedbackApi.SecondFollowUpRequest request) {
        return ok(complaints.secondFollowUp(store, id, ETags.requireIfMatch(ifMatch), request));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.SERVICE_MANAGER)
    @Operation(summary = "Close a confirmed case", description = "CONFIRMED → CLOSED (the service manager approves the resolution).")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackApi.ComplaintView.class)))
    public Response closeComplaint(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @Valid @NotNull FeedbackApi.NoteRequest request) {
        return ok(complaints.close(store, id, ETags.requireIfMatch(ifMatch), request));
    }

    @POST
    @Path("/{id}/reopen")
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.SERVICE_MANAGER})
    @Operation(summary = "Reopen a case", description = "A resolved, confirmed or closed case comes back OPEN in a new round with the store's default deadline; its history stays.")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackApi.ComplaintView.class)))
    public Response reopenComplaint(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @Valid @NotNull FeedbackApi.NoteRequest request) {
        return ok(complaints.reopen(store, id, ETags.requireIfMatch(ifMatch), request));
    }

    private static Response ok(FeedbackApi.ComplaintView v) {
        return ETags.ok(v, v.version());
    }
}
