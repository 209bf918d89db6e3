package com.fours.dms.repairorder.api;

import com.fours.dms.repairorder.RepairOrderDrafts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/stores/{store}/repair-orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "repair-orders")
public class RepairOrderResource {
    @Inject
    RepairOrderDrafts drafts;

    @GET
    @Path("/{id}")
    @RolesAllowed({"advisor", "workshop", "cashier", "customer-service", "service-manager"})
    @Operation(summary = "Get a repair order", description = "One repair order; drafts prepared from appointments carry the repeat-repair flag and open findings (R-PRE-1..3).")
    public RepairOrderView getRepairOrder(@PathParam("store") @Parameter(description = "Store code", example = "BJ01") String store, @PathParam("id") UUID id) {
        return drafts.get(store, id);
    }
}
