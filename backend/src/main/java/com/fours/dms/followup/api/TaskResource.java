package com.fours.dms.followup.api;

import com.fours.dms.shared.http.IdempotentPosts;
import com.fours.dms.followup.SubjectType;
import com.fours.dms.followup.TaskService;
import com.fours.dms.followup.TaskStatus;
import com.fours.dms.followup.TaskType;
import com.fours.dms.followup.api.TaskApi.*;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.persistence.PageRequest;
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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/stores/{store}/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "tasks")
@RolesAllowed({Roles.ADVISOR, Roles.WORKSHOP, Roles.CASHIER, Roles.CUSTOMER_SERVICE, Roles.SERVICE_MANAGER})
@IdempotentPosts
public class TaskResource {
    private static final String IF_MATCH = "ETag of the task version you read";

    @Inject
    TaskService tasks;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @GET
    @Operation(summary = "List tasks", description = "The store's tasks, oldest first, filtered for a desk: one person's (assigneeUser), a role's queue (assigneeRole), by status (repeatable), type, subject, customer, or due (dueFrom at or before dueBefore). Keyset cursor.")
    public Page listTasks(
            @QueryParam("assigneeUser") @Parameter(description = "Only tasks taken by this username", example = "cs") String assigneeUser,
            @QueryParam("assigneeRole") @Parameter(description = "Only this role's queue", example = "customer-service") String assigneeRole,
            @QueryParam("status") @Parameter(description = "Only these statuses (repeat the parameter, e.g. status=OPEN&status=IN_PROGRESS)") List<TaskStatus> status,
            @QueryParam("type") @Parameter(example = "REBOOK_NO_SHOW") TaskType type,
            @QueryParam("dueBefore") @Parameter(description = "Only tasks due to be worked by then (dueFrom ≤ dueBefore)", example = "2026-11-24T10:00:00Z") Instant dueBefore,
            @QueryParam("subjectType") @Parameter(example = "APPOINTMENT") SubjectType subjectType,
            @QueryParam("subjectId") UUID subjectId,
            @QueryParam("customerId") UUID customerId,
            @QueryParam("limit") @Parameter(description = "Page size, 1-100 (default 20)") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        TaskService.Filter filter = new TaskService.Filter(assigneeUser, assigneeRole, status, type, dueBefore, subjectType, subjectId, customerId);
        return tasks.list(store, filter, PageRequest.of(cursor, limit));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a task", description = "One task with its attempts; ETag carries the version.")
    @APIResponse(responseCode = "200", description = "The task", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response getTask(@PathParam("id") UUID id) {
        View v = tasks.get(store, id);
        return ETags.ok(v, v.version());
    }

    @POST
    @Path("/{id}/attempts")
    @Operation(summary = "Record a contact attempt", description = "Adds the outcome of one attempt (who and when are the caller and now). CALL_BACK_AT moves dueFrom to the agreed time; DONE completes the task; DO_NOT_CALL cancels it. Only the task's queue, its assignee or the service manager. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The task with the attempt", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response recordTaskAttempt(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @Valid @NotNull AttemptRequest request) {
        View v = tasks.recordAttempt(store, id, ETags.requireIfMatch(ifMatch), request);
        return ETags.ok(v, v.version());
    }

    @POST
    @Path("/{id}/complete")
    @Operation(summary = "Complete a task", description = "Marks the task done by the caller. Only the task's queue, its assignee or the service manager. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Done", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response completeTask(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        View v = tasks.complete(store, id, ETags.requireIfMatch(ifMatch));
        return ETags.ok(v, v.version());
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "Cancel a task", description = "Closes the task without doing it, with a reason. Only the task's queue, its assignee or the service manager. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response cancelTask(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @Valid @NotNull CancelRequest request) {
        View v = tasks.cancel(store, id, ETags.requireIfMatch(ifMatch), request);
        return ETags.ok(v, v.version());
    }

    @POST
    @Path("/{id}/assign")
    @Operation(summary = "Assign a task", description = "Moves the task to another role's queue and/or one person (username null = back to anyone in the queue). Only members of the task's current queue or the service manager; audited. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Assigned", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response assignTask(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @Valid @NotNull AssignRequest request) {
        View v = tasks.assign(store, id, ETags.requireIfMatch(ifMatch), request);
        return ETags.ok(v, v.version());
    }
}
