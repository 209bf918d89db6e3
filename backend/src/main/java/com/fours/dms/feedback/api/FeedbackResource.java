package com.fours.dms.feedback.api;

import com.fours.dms.shared.http.IdempotentPosts;
import com.fours.dms.feedback.SurveyTemplates;
import com.fours.dms.feedback.Surveys;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Post-service follow-up: the sample's coverage (R-FUP-3), the survey template and the survey in the call flow (R-FUP-2), its report. */
@Path("/api/stores/{store}/follow-up")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "follow-up")
@IdempotentPosts
public class FeedbackResource {
    @Inject
    Surveys surveys;

    @Inject
    SurveyTemplates templates;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @GET
    @Path("/coverage")
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.SERVICE_MANAGER})
    @Operation(summary = "Follow-up coverage per week", description = "R-FUP-3: per store-local week of delivery (newest first), delivered orders, how many were decided and sampled for a post-service call (at least the store's percentage of each customer type x order type) and how many were surveyed.")
    public FeedbackApi.Coverage getFollowUpCoverage(@QueryParam("weeks") @DefaultValue("8") @Min(1) @Max(52) @Parameter(description = "How many weeks, this one included", example = "8") int weeks) {
        return surveys.coverage(store, weeks);
    }

    @GET
    @Path("/survey-template")
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.SERVICE_MANAGER})
    @Operation(summary = "The store's survey", description = "R-FUP-2: the current version of the store's survey (version 0 = the rule's survey as shipped); ETag carries the version.")
    @APIResponse(responseCode = "200", description = "The survey", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackApi.Template.class)))
    public Response getSurveyTemplate() {
        SurveyTemplates.Template t = templates.current(store);
        return ETags.ok(view(t), t.version());
    }

    @PUT
    @Path("/survey-template")
    @RolesAllowed(Roles.SERVICE_MANAGER)
    @Operation(summary = "Save a new version of the survey", description = "R-FUP-2: the questions of the next version (earlier versions stay; every response names its version). The OVERALL score question stays. Requires If-Match with the version read; audited.")
    @APIResponse(responseCode = "200", description = "The new version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackApi.Template.class)))
    public Response saveSurveyTemplate(@HeaderParam("If-Match") @Parameter(description = "ETag of the survey you read", required = true) String ifMatch,
            @Valid @NotNull FeedbackApi.TemplateRequest request) {
        SurveyTemplates.Template t = templates.save(store, (int) ETags.requireIfMatch(ifMatch), request.questions());
        return ETags.ok(view(t), t.version());
    }

    @POST
    @Path("/tasks/{taskId}/survey")
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.SERVICE_MANAGER})
    @Operation(summary = "Record the survey of a follow-up call", description = "R-FUP-2: the customer's answers per question of the survey version asked, attributed to departments and to the order's advisor and technicians; the call is done. An overall score at or below the store's threshold, or a complaint the customer made, opens a complaint case (R-FUP-5). 409 when the task is no post-service call or was answered already; 400 names the answer that does not fit the question.")
    @APIResponse(responseCode = "201", description = "The recorded survey", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackApi.SurveyResponse.class)))
    public Response recordSurvey(@PathParam("taskId") UUID taskId, @Valid @NotNull FeedbackApi.SurveyRequest request) {
        return Response.status(201).entity(surveys.record(store, taskId, request)).build();
    }

    @GET
    @Path("/survey-report")
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.SERVICE_MANAGER})
    @Operation(summary = "Survey scores by department and person", description = "R-FUP-2 / R-RPT-1: the average score (1-10) of the surveys recorded from `from` to `to` (store days, inclusive; default the last 30 days) per department, per advisor (answers attributed to the advisor) and per technician (answers attributed to the technicians).")
    public FeedbackApi.Report getSurveyReport(@QueryParam("from") @Parameter(example = "2026-11-01") LocalDate from,
            @QueryParam("to") @Parameter(example = "2026-11-30") LocalDate to) {
        return surveys.report(store, from, to);
    }

    static FeedbackApi.Template view(SurveyTemplates.Template t) {
        return new FeedbackApi.Template(t.version(), t.questions().stream().map(FeedbackApi.Question::of).toList(), t.createdAt(), t.createdBy());
    }
}
