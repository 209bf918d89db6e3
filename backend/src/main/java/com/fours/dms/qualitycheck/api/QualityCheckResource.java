package com.fours.dms.qualitycheck.api;

import com.fours.dms.shared.http.IdempotentPosts;
import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.qualitycheck.FirstPassRates;
import com.fours.dms.qualitycheck.Inspectors;
import com.fours.dms.qualitycheck.InternalHandovers;
import com.fours.dms.qualitycheck.QualityChecks;
import com.fours.dms.qualitycheck.api.QualityCheckApi.*;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** R-QC-1, R-QC-2, R-REP-6: the quality check of workshop jobs: self-checks, final inspections, the inspectors' queue and the first-pass rate. */
@Path("/api/stores/{store}/quality-check")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "quality-check")
@IdempotentPosts
public class QualityCheckResource {
    @Inject
    QualityChecks checks;

    @Inject
    InternalHandovers handovers;

    @Inject
    Inspectors inspectors;

    @Inject
    FirstPassRates firstPass;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @GET
    @Path("/checklists")
    @RolesAllowed({ADVISOR, WORKSHOP, SERVICE_MANAGER})
    @Operation(summary = "The checklists", description = "R-QC-1: the points of the technician's self-check and of the inspector's final inspection, by code, in screen order.")
    @APIResponse(responseCode = "200", description = "The checklists", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChecklistsView.class)))
    public ChecklistsView getQualityCheckChecklists() {
        return checks.checklists();
    }

    @GET
    @Path("/queue")
    @RolesAllowed({ADVISOR, WORKSHOP, SERVICE_MANAGER})
    @Operation(summary = "The quality-check queue", description = "R-QC-1 / R-QC-4: jobs waiting for their final inspection (signed off by their technician, oldest first) and orders whose jobs all passed, waiting for the internal hand-over. At most 200 of each.")
    @APIResponse(responseCode = "200", description = "The queue", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Queue.class)))
    public Queue getQualityCheckQueue() {
        return new Queue(checks.awaitingInspection(store), handovers.awaitingHandover(store));
    }

    @GET
    @Path("/my-self-checks")
    @RolesAllowed(WORKSHOP)
    @Operation(summary = "My jobs to sign off", description = "R-REP-6: the signed-in technician's finished (DONE) jobs still waiting for their self-check. 403 technician-not-linked when the login is not linked to a technician.")
    @APIResponse(responseCode = "200", description = "The jobs", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobPage.class)))
    public JobPage getMySelfChecks() {
        return new JobPage(checks.mySelfChecks(store));
    }

    @GET
    @Path("/jobs/{jobId}")
    @RolesAllowed({ADVISOR, WORKSHOP, SERVICE_MANAGER})
    @Operation(summary = "A job's quality check", description = "R-QC-1 / R-QC-2: whether the job needs the final inspection and why, whether a road test is required, every round of self-check and inspection (with results and reasons), and what the caller can do now.")
    @APIResponse(responseCode = "200", description = "The job's quality check", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobQualityCheck.class)))
    public JobQualityCheck getJobQualityCheck(@PathParam("jobId") UUID jobId) {
        return checks.job(store, jobId);
    }

    @POST
    @Path("/jobs/{jobId}/self-check")
    @RolesAllowed(WORKSHOP)
    @Operation(summary = "Sign off a job (self-check)", description = "R-QC-1 / R-REP-6: the job's own technician answers every point of the self-check checklist (all in order) and signs; the job goes to the quality check (IN_QC). A job outside the store's final-inspection scope passes at once (PASSED). When it was the order's last job, the order is in QUALITY_CHECK already (since its finish). 409 R-REP-6 for another technician's job, R-QC-1 when the job is not DONE or a point is not in order; 400 names the checklist point; 422 signature-not-png.")
    @APIResponse(responseCode = "200", description = "The job's quality check", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobQualityCheck.class)))
    public JobQualityCheck selfCheckJob(@PathParam("jobId") UUID jobId, @Valid @NotNull SelfCheckRequest request) {
        return checks.selfCheck(store, jobId, request);
    }

    @POST
    @Path("/jobs/{jobId}/inspection")
    @RolesAllowed(WORKSHOP)
    @Operation(summary = "Inspect a job (final inspection)", description = "R-QC-1 / R-QC-2: an inspector (a technician the service manager made one; not the job's own technician) records the checklist, a road test (required for a safety-related job), the result and signs. PASSED needs every point in order and an OK road test; the job is PASSED. FAILED needs the reason: the job goes back to its technician (REWORK, loops counted) and the order back to IN_PROGRESS. 403 inspector-only; 409 R-QC-1 when the job is not IN_QC or is the inspector's own; 400 names the field.")
    @APIResponse(responseCode = "200", description = "The job's quality check", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobQualityCheck.class)))
    public JobQualityCheck inspectJob(@PathParam("jobId") UUID jobId, @Valid @NotNull InspectionRequest request) {
        return checks.inspect(store, jobId, request);
    }

    @GET
    @Path("/first-pass")
    @RolesAllowed({WORKSHOP, SERVICE_MANAGER})
    @Operation(summary = "First-pass rate", description = "R-QC-2: of the jobs whose first final inspection fell in [from, to] (store-local days, at most 366), how many passed it, in total and per technician who did the work, with the rework loops of those jobs.")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FirstPass.class)))
    public FirstPass getFirstPassRate(@QueryParam("from") @Parameter(required = true, example = "2026-11-01") LocalDate from,
            @QueryParam("to") @Parameter(required = true, example = "2026-11-30") LocalDate to) {
        if (from == null || to == null) {
            throw ProblemException.validation(List.of(new Violation(from == null ? "from" : "to", "is required (a date, e.g. 2026-11-01)")));
        }
        return firstPass.of(store, from, to);
    }

    @GET
    @Path("/inspectors")
    @RolesAllowed({WORKSHOP, SERVICE_MANAGER})
    @Operation(summary = "List inspectors", description = "R-QC-1: the technicians with the inspector permission.")
    @APIResponse(responseCode = "200", description = "The inspectors", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = InspectorView.class)))
    public List<InspectorView> listInspectors() {
        return inspectors.list(store);
    }

    @PUT
    @Path("/inspectors/{technicianId}")
    @RolesAllowed(SERVICE_MANAGER)
    @Operation(summary = "Make a technician an inspector", description = "R-QC-1: grants the inspector permission to an active technician of the store (again: no change). Audited. Returns the inspectors.")
    @APIResponse(responseCode = "200", description = "The inspectors", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = InspectorView.class)))
    public List<InspectorView> grantInspector(@PathParam("technicianId") UUID technicianId) {
        return inspectors.grant(store, technicianId);
    }

    @DELETE
    @Path("/inspectors/{technicianId}")
    @RolesAllowed(SERVICE_MANAGER)
    @Operation(summary = "Withdraw the inspector permission", description = "R-QC-1: the technician no longer inspects. Audited; the inspections they signed stay. Returns the inspectors.")
    @APIResponse(responseCode = "200", description = "The inspectors", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = InspectorView.class)))
    public List<InspectorView> withdrawInspector(@PathParam("technicianId") UUID technicianId) {
        return inspectors.revoke(store, technicianId);
    }
}
