package com.fours.dms.receivable.api;

import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.receivable.Receivables;
import com.fours.dms.receivable.api.ReceivableApi.*;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.http.Idempotency;
import com.fours.dms.shared.http.IdempotentPosts;
import com.fours.dms.shared.persistence.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

/** Receivables (issue 10, R-DEL-3): what accounts owe, the ageing list, payments against a receivable and the service manager's corrections. */
@IdempotentPosts
@Path("/api/stores/{store}/receivables")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "receivables")
public class ReceivableResource {
    @Inject
    Receivables receivables;

    @Inject
    Idempotency idempotency;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @GET
    @RolesAllowed({CASHIER, SERVICE_MANAGER})
    @Operation(summary = "Receivables", description = "The store's receivables, the oldest first (invoice date, then when raised, then id), each with its outstanding, age in the store's days since the invoice date, ageing bucket, due date and days overdue; of one account with accountId; only open ones unless all=true. Keyset pages: limit 1-100 (default 20; above 100 is a 400 naming limit, never cut short), nextCursor for the next page.")
    @APIResponse(responseCode = "200", description = "One page of receivables", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReceivableList.class)))
    public ReceivableList listReceivables(@QueryParam("accountId") @Parameter(description = "Only this credit account's") UUID accountId,
            @QueryParam("all") @DefaultValue("false") @Parameter(description = "Also the settled ones") boolean all,
            @QueryParam("limit") @Parameter(description = "Page size, 1-100 (default 20)", example = "20") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        return receivables.list(store, accountId, !all, PageRequest.of(cursor, limit));
    }

    @GET
    @Path("/ageing")
    @RolesAllowed({CASHIER, SERVICE_MANAGER})
    @Operation(summary = "The receivables ageing list", description = "R-DEL-3: per account, what is outstanding 0–30, 31–60, 61–90 and more than 90 days after the invoice date (the store's days, as of today in its zone), what is overdue, and the totals; the accounts with the oldest debt first.")
    @APIResponse(responseCode = "200", description = "The ageing list", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Ageing.class)))
    public Ageing getReceivablesAgeing() {
        return receivables.ageing(store);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({CASHIER, SERVICE_MANAGER})
    @Operation(summary = "A receivable", description = "With its payments and corrections (who, when, why). ETag carries the version.")
    @APIResponse(responseCode = "200", description = "The receivable", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReceivableView.class)))
    public Response getReceivable(@PathParam("id") @Parameter(description = "Receivable id") UUID id) {
        ReceivableView v = receivables.receivable(store, id);
        return ETags.ok(v, v.version());
    }

    @POST
    @Path("/{id}/payments")
    @RolesAllowed({CASHIER, SERVICE_MANAGER})
    @Operation(summary = "Take a payment against a receivable", description = "R-DEL-3: one tender; partial payments add up, several tenders are several payments. Audited. Idempotency-Key is required (a retried tap never pays twice). 409 R-DEL-3 above what is outstanding.")
    @APIResponse(responseCode = "200", description = "The receivable", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReceivableView.class)))
    public Response payReceivable(@PathParam("id") @Parameter(description = "Receivable id") UUID id,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Required: a new key per payment, the same key when retrying it.", required = true) String key,
            @Valid @NotNull PaymentRequest request) {
        return idempotency.act(key, "POST receivable payment " + store + " " + id, request, () -> receivables.pay(store, id, request));
    }

    @POST
    @Path("/{id}/corrections")
    @RolesAllowed({SERVICE_MANAGER})
    @Operation(summary = "Correct a receivable", description = "The service manager's correction with its reason (signed amount; negative lowers what is owed, never below 0); nothing is deleted, the correction is an entry and audited. 400 names amount/reason; 412 on a stale If-Match.")
    @APIResponse(responseCode = "200", description = "The receivable", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReceivableView.class)))
    public Response correctReceivable(@PathParam("id") @Parameter(description = "Receivable id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The receivable's version (ETag)", required = true) String ifMatch, @Valid @NotNull CorrectionRequest request) {
        ReceivableView v = receivables.correct(store, id, ETags.requireIfMatch(ifMatch), request);
        return ETags.ok(v, v.version());
    }
}
