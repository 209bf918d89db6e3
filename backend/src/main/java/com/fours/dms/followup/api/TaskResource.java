package com.fours.dms.followup.api;

import com.fours.dms.followup.TaskService;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.persistence.Page;
import com.fours.dms.shared.persistence.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/stores/{store}/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tasks")
public class TaskResource {
    @Inject
    TaskService tasks;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @GET
    @RolesAllowed({"advisor", "workshop", "cashier", "customer-service", "service-manager"})
    @Operation(summary = "List tasks", description = "Tasks of the store, filtered by assignee role and status, oldest first.")
    public Page<TaskView> listTasks(@QueryParam("assigneeRole") @Parameter(example = "customer-service") String assigneeRole,
            @QueryParam("status") @Parameter(example = "OPEN") String status,
            @QueryParam("limit") @Parameter(description = "Page size, 1-100 (default 20)") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        return tasks.list(store, assigneeRole, status, PageRequest.of(cursor, limit));
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed({"advisor", "workshop", "cashier", "customer-service", "service-manager"})
    @Operation(summary = "Complete a task", description = "Marks the task done by the caller. Requires If-Match (the task's version).")
    @APIResponse(responseCode = "200", description = "Done", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)))
    public Response completeTask(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "ETag of the version you read", required = true) String ifMatch) {
        TaskView v = tasks.complete(store, id, ETags.requireIfMatch(ifMatch));
        return ETags.ok(v, v.version());
    }
}
