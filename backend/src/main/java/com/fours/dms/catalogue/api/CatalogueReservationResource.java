package com.fours.dms.catalogue.api;

import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.catalogue.StockService;
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

/** Stock held for signed orders and appointments (issue 8, R-APT-5): what parts prepares, and what is short until when. */
@Path("/api/stores/{store}/catalogue/reservations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalogue")
public class CatalogueReservationResource {
    @Inject
    StockService stock;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @GET
    @RolesAllowed({ADVISOR, WORKSHOP, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "List stock reservations", description = "Stock held by a repair order's dealer-supplied parts (from its signature) or an appointment's parts (from its booking), "
            + "with each shortfall and when that part is expected. Filter by sourceId (the order or appointment) or partId; in creation order, keyset cursor.")
    public CatalogueApi.ReservationPage listCatalogueReservations(
            @QueryParam("sourceId") @Parameter(description = "A repair order or appointment id") UUID sourceId,
            @QueryParam("partId") @Parameter(description = "A catalogue part id") UUID partId,
            @QueryParam("limit") @Parameter(description = "Page size, 1-100 (default 20)", example = "20") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        return stock.list(store, sourceId, partId, cursor, limit);
    }
}
