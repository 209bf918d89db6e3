package com.fours.dms.appointment.api;

import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.appointment.SetupReadiness;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/stores/{store}/setup-readiness")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "workshop-setup")
public class SetupReadinessResource {
    @Inject
    SetupReadiness readiness;

    @GET
    @RolesAllowed(SERVICE_MANAGER)
    @Operation(summary = "Store set-up checklist", description = "What the store still lacks before it can take bookings (issue 8): opening hours, an advisor, a bay, "
            + "a technician with a shift, a service type, every service type staffed (a bay of its type, a technician with its skill), and — recommended — a canned job. "
            + "Computed from the store's data on every call.")
    public SetupReadinessApi.View getSetupReadiness(@PathParam("store") @Parameter(description = "Store code", example = "BJ01") String store) {
        return readiness.of(store);
    }
}
