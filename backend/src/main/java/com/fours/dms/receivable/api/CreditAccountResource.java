package com.fours.dms.receivable.api;

import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.receivable.Receivables;
import com.fours.dms.receivable.api.ReceivableApi.*;
import com.fours.dms.shared.http.Created;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.http.Idempotency;
import com.fours.dms.shared.http.IdempotentPosts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Credit accounts (issue 10, R-DEL-3): fleet customers and insurers the store bills on account, their limits, terms and statements. */
@IdempotentPosts
@Path("/api/stores/{store}/credit-accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "receivables")
public class CreditAccountResource {
    @Inject
    Receivables receivables;

    @Inject
    Idempotency idempotency;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @GET
    @RolesAllowed({CASHIER, SERVICE_MANAGER})
    @Operation(summary = "The store's credit accounts", description = "R-DEL-3: fleet and insurer accounts by name, each with its limit, payment terms, outstanding and the credit still available.")
    @APIResponse(responseCode = "200", description = "The accounts", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountList.class)))
    public AccountList listCreditAccounts() {
        return receivables.accounts(store);
    }

    @POST
    @RolesAllowed({SERVICE_MANAGER})
    @Operation(summary = "Open a credit account", description = "R-DEL-3: the service manager gives a fleet customer (kind FLEET, customerId) or an insurer (kind INSURER, name) a credit limit and payment terms in days. Audited. 400 names the field; 409 credit-account-exists when the customer has one; 422 unknown-reference for a customer not in the store; 422 R-DEL-3 naming customerId for a private customer (credit is for fleet/company customers and insurers). Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "The account; ETag carries the version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    public Response openCreditAccount(@HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retried create safe: same key and body replay the first answer.") String key,
            @Valid @NotNull AccountRequest request) {
        return idempotency.create(key, "POST credit account " + store, request, () -> {
            AccountView v = receivables.createAccount(store, request);
            return new Created<>(v, URI.create("/api/stores/" + store + "/credit-accounts/" + v.id()), v.version());
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({CASHIER, SERVICE_MANAGER})
    @Operation(summary = "A credit account", description = "Its limit, terms, outstanding and available credit. ETag carries the version.")
    @APIResponse(responseCode = "200", description = "The account", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    public Response getCreditAccount(@PathParam("id") @Parameter(description = "Credit account id") UUID id) {
        AccountView v = receivables.account(store, id);
        return ETags.ok(v, v.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({SERVICE_MANAGER})
    @Operation(summary = "Change a credit account", description = "R-DEL-3: the service manager sets the limit, the payment terms (days, for receivables raised from now on) and whether the account is active (a closed account takes no new charges). Audited with before and after. 400 names the field; 412 on a stale If-Match.")
    @APIResponse(responseCode = "200", description = "The account", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    public Response updateCreditAccount(@PathParam("id") @Parameter(description = "Credit account id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The account's version (ETag)", required = true) String ifMatch, @Valid @NotNull AccountUpdate request) {
        AccountView v = receivables.updateAccount(store, id, ETags.requireIfMatch(ifMatch), request);
        return ETags.ok(v, v.version());
    }

    @GET
    @Path("/{id}/statement")
    @RolesAllowed({CASHIER, SERVICE_MANAGER})
    @Operation(summary = "A customer statement", description = "R-DEL-3: for the store days from..to (both inclusive; default the current month up to today): the opening balance, the invoices (bills on account, insurer shares), payments and corrections in order with the running balance, and the closing balance. 400 when to is before from.")
    @APIResponse(responseCode = "200", description = "The statement", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Statement.class)))
    public Statement getCreditAccountStatement(@PathParam("id") @Parameter(description = "Credit account id") UUID id,
            @QueryParam("from") @Parameter(description = "First day (store's zone)", example = "2026-11-01") LocalDate from,
            @QueryParam("to") @Parameter(description = "Last day (store's zone)", example = "2026-11-30") LocalDate to) {
        return receivables.statement(store, id, from, to);
    }
}
