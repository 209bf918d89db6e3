package com.fours.dms.approval.api;

import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.approval.SupplementaryItems;
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

/** R-REP-3: what the store's customers still have to decide, across orders (the board's and the advisors' badge). */
@Path("/api/stores/{store}/supplementary-items/awaiting-decision")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "supplementary-items")
public class AwaitingDecisionResource {
    @Inject
    SupplementaryItems items;

    @GET
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "List supplementary items awaiting the customer", description = "R-REP-3: every item of the store whose latest version waits for the "
            + "customer's decision (no supplementary work starts before it), oldest report first, with its order, version, price and whether it is safety-critical.")
    public ApprovalApi.AwaitingPage listAwaitingDecision(@PathParam("store") @Parameter(description = "Store code", example = "BJ01") String store,
            @QueryParam("limit") @Parameter(description = "Page size, 1-100 (default 20)") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        return items.awaitingDecision(store, PageRequest.of(cursor, limit));
    }
}
