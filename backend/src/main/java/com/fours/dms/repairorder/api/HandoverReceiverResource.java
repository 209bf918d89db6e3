package com.fours.dms.repairorder.api;

import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.repairorder.HandoverReceivers;
import com.fours.dms.repairorder.api.RepairOrderApi.HandoverReceiver;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** R-CHK-10: the people (and the queue) a repair order can be handed over to. */
@Path("/api/stores/{store}/handover-receivers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "repair-orders")
public class HandoverReceiverResource {
    @Inject
    HandoverReceivers receivers;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @GET
    @RolesAllowed({ADVISOR, WORKSHOP, SERVICE_MANAGER})
    @Operation(summary = "List hand-over receivers", description = "R-CHK-10: the foreman's queue (FOREMAN_QUEUE) and the store's active technicians from workshop set-up; "
            + "a hand-over names one of their ids as `receiver`.")
    public List<HandoverReceiver> listHandoverReceivers() {
        return receivers.list(store);
    }
}
