package com.fours.dms.repairorder.api;

import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.repairorder.RepairOrderVisits;
import com.fours.dms.repairorder.api.RepairOrderApi.ServiceVisitPage;
import com.fours.dms.shared.persistence.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** R-ARC-4: the vehicle's service card under the vehicle's URL, answered by the repair-order context that owns the visits. */
@Path("/api/stores/{store}/vehicles/{id}/service-history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "vehicles")
public class VehicleServiceHistoryResource {
    @Inject
    RepairOrderVisits visits;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @GET
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER, INTEGRATOR})
    @Operation(summary = "Service history", description = "The vehicle's service card (R-ARC-4): every visit (repair order, across owners; not cancelled ones) with its day, odometer from the check-in inspection, advisor, requested work, lines, amounts and status, newest first. Keyset cursor.")
    public ServiceVisitPage getVehicleServiceHistory(@PathParam("id") UUID id,
            @QueryParam("limit") @Parameter(description = "Page size, 1-100 (default 20)") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        return visits.serviceHistory(store, id, PageRequest.of(cursor, limit));
    }
}
