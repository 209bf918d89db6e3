package com.fours.dms.shared.audit.api;

import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.shared.audit.AuditTrail;
import com.fours.dms.shared.persistence.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/stores/{store}/audit-entries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class AuditResource {
    @Inject
    AuditTrail trail;

    @GET
    @RolesAllowed(SERVICE_MANAGER)
    @Operation(summary = "Audit trail", description = "The store's audit entries, oldest first; filter by entity. Service managers only.")
    public AuditEntryPage listAuditEntries(@PathParam("store") @Parameter(description = "Store code", example = "BJ01") String store,
            @QueryParam("entityType") @Parameter(description = "e.g. customer, vehicle, store", example = "vehicle") String entityType,
            @QueryParam("entityId") @Parameter(description = "The record's id") String entityId,
            @QueryParam("limit") @Parameter(description = "Page size, 1-100 (default 20)") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        return AuditEntryPage.of(trail.list(store, entityType, entityId, PageRequest.of(cursor, limit)));
    }
}
