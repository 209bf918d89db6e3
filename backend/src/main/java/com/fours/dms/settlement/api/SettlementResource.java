package com.fours.dms.settlement.api;

import com.fours.dms.shared.http.IdempotentPosts;
import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.settlement.Settlements;
import com.fours.dms.settlement.api.SettlementApi.*;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.http.Idempotency;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One bill (issue 10, R-DEL-1..5): its statement and every step from the draft to delivery. Each change answers the bill with its new ETag. */
@Path("/api/stores/{store}/settlements/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "settlement")
@IdempotentPosts
public class SettlementResource {
    static final String IF_MATCH = "The bill's version (ETag)";

    @Inject
    Settlements settlements;

    @Inject
    Idempotency idempotency;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @PathParam("id")
    @Parameter(description = "Settlement id")
    UUID id;

    @GET
    @RolesAllowed({ADVISOR, CASHIER, SERVICE_MANAGER})
    @Operation(summary = "A bill", description = "The statement with its lines, totals (VAT inclusive or exclusive as the store set), differences from the signed estimate with their reasons, the R-DEL-1 gate, discounts, payments, fapiao, release note, delivery, and the authorization history it prints.")
    @APIResponse(responseCode = "200", description = "The bill", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response getSettlement() {
        return ok(settlements.get(store, id));
    }

    @POST
    @Path("/adjustments")
    @RolesAllowed({CASHIER, SERVICE_MANAGER})
    @Operation(summary = "Add a difference (adjustment line)", description = "R-DEL-1: a line that differs from what was authorized, with its reason (listed among the differences; may push the bill above the authorization). Draft only: 409 settlement-not-draft / R-DEL-1.")
    @APIResponse(responseCode = "200", description = "The bill", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response addSettlementAdjustment(@HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @Valid @NotNull AdjustmentRequest request) {
        return ok(settlements.addAdjustment(store, id, ETags.requireIfMatch(ifMatch), request));
    }

    @POST
    @Path("/discounts")
    @RolesAllowed({ADVISOR, CASHIER, SERVICE_MANAGER})
    @Operation(summary = "Give or request a discount", description = "R-DEL-2: on a customer-pay line or on the total, amount or percent. Within the store's limit (all discounts of the bill together at most discountLimitPercent of the customer-pay lines and at most discountLimitAmount) it applies at once; above it it is PENDING in the service manager's inbox. A service manager's own discount applies. 400 names amount/percent/lineId.")
    @APIResponse(responseCode = "200", description = "The bill", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response discountSettlement(@HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @Valid @NotNull DiscountRequest request) {
        return ok(settlements.discount(store, id, ETags.requireIfMatch(ifMatch), request));
    }

    @POST
    @Path("/discounts/{discountId}/decision")
    @RolesAllowed({SERVICE_MANAGER})
    @Operation(summary = "Approve or refuse a discount request", description = "R-DEL-2: the service manager's decision with a reason (who, when, why are kept). 409 R-DEL-2 when it is not pending.")
    @APIResponse(responseCode = "200", description = "The bill", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response decideSettlementDiscount(@HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @PathParam("discountId") @Parameter(description = "Discount id") UUID discountId, @Valid @NotNull DecisionRequest request) {
        return ok(settlements.decideDiscount(store, id, discountId, ETags.requireIfMatch(ifMatch), request));
    }

    @POST
    @Path("/override")
    @RolesAllowed({SERVICE_MANAGER})
    @Operation(summary = "Override the authorization gate", description = "R-DEL-1: the service manager lets a bill above the authorized total plus tolerance be finalised, with a reason; it covers the total as it is now (a later rise needs a new override). 409 R-DEL-1 when the bill is within the authorization.")
    @APIResponse(responseCode = "200", description = "The bill", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response overrideSettlementGate(@HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @Valid @NotNull ReasonRequest request) {
        return ok(settlements.override(store, id, ETags.requireIfMatch(ifMatch), request));
    }

    @POST
    @Path("/finalise")
    @RolesAllowed({CASHIER, SERVICE_MANAGER})
    @Operation(summary = "Finalise the bill", description = "Assigns the store's next settlement number (gap-free) and fixes the customer payable. 409 R-DEL-1 above the authorization without override or with items awaiting the customer; 409 R-DEL-2 with a discount request pending; 409 settlement-not-draft.")
    @APIResponse(responseCode = "200", description = "The bill", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response finaliseSettlement(@HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        return ok(settlements.finalise(store, id, ETags.requireIfMatch(ifMatch)));
    }

    @POST
    @Path("/payments")
    @RolesAllowed({CASHIER, SERVICE_MANAGER})
    @Operation(summary = "Take a payment", description = "R-DEL-3: one tender of a finalised bill; partial payments add up; CASH gives change above the balance; DEPOSIT applies the appointment's deposit (R-APT-4). The bill is PAID when the balance is 0. Idempotency-Key is required (a retried tap never pays twice). 409 R-DEL-3 above the balance or on a bill not finalised.")
    @APIResponse(responseCode = "200", description = "The bill", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response paySettlement(@HeaderParam(Idempotency.HEADER) @Parameter(description = "Required: a new key per payment, the same key when retrying it.", required = true) String key,
            @Valid @NotNull PaymentRequest request) {
        return idempotency.act(key, "POST settlement payment " + store + " " + id, request, () -> settlements.pay(store, id, request));
    }

    @POST
    @Path("/insurer")
    @RolesAllowed({CASHIER, SERVICE_MANAGER})
    @Operation(summary = "Bill the insurer's share", description = "R-DEL-3: part of a finalised bill (e.g. the assessed amount of an accident repair) is billed to an insurer's credit account: a payment with tender INSURER and a receivable on the insurer, due after its terms; the customer pays the rest. Idempotency-Key is required. 400 accountId when it is not an active insurer account; 409 R-DEL-3 above the balance or on a bill not finalised; 422 R-DEL-3 naming the credit available above the insurer account's remaining credit (limit − outstanding; at the limit is within it), exactly like ON_ACCOUNT.")
    @APIResponse(responseCode = "200", description = "The bill", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response billSettlementInsurer(@HeaderParam(Idempotency.HEADER) @Parameter(description = "Required: a new key per billing, the same key when retrying it.", required = true) String key,
            @Valid @NotNull WarrantyClaimApi.InsurerRequest request) {
        return idempotency.act(key, "POST settlement insurer " + store + " " + id, request, () -> settlements.billInsurer(store, id, request));
    }

    @POST
    @Path("/void")
    @RolesAllowed({SERVICE_MANAGER})
    @Operation(summary = "Void the bill", description = "The service manager voids a finalised or paid bill before its release note, with a reason; it keeps its number and shows as VOID; what was paid is refunded by the same tenders (recorded as refunds); the order can be billed again. Audited. 409 R-DEL-4 after the release note.")
    @APIResponse(responseCode = "200", description = "The bill", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response voidSettlement(@HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @Valid @NotNull ReasonRequest request) {
        return ok(settlements.voidBill(store, id, ETags.requireIfMatch(ifMatch), request));
    }

    @POST
    @Path("/fapiao")
    @RolesAllowed({CASHIER, SERVICE_MANAGER})
    @Operation(summary = "Record the fapiao", description = "The number and date the tax platform assigned, entered by the cashier (the default issuer never invents numbers); redLetter records a red-letter correction with its reason. 400 names number/date/reason; 409 fapiao-issued / fapiao-not-issued / settlement-not-final.")
    @APIResponse(responseCode = "200", description = "The bill", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response recordSettlementFapiao(@HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @Valid @NotNull FapiaoRequest request) {
        return ok(settlements.recordFapiao(store, id, ETags.requireIfMatch(ifMatch), request));
    }

    @POST
    @Path("/release-note")
    @RolesAllowed({CASHIER, SERVICE_MANAGER})
    @Operation(summary = "Issue the release note (出厂通知单)", description = "R-DEL-4: only for a PAID bill: the order becomes SETTLED and its key tag and cabinet slot are freed. 409 R-DEL-4 when not paid or issued already.")
    @APIResponse(responseCode = "200", description = "The bill", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response issueReleaseNote(@HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        return ok(settlements.releaseNote(store, id, ETags.requireIfMatch(ifMatch)));
    }

    @POST
    @Path("/delivery")
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Deliver the car", description = "R-DEL-5 / R-REP-4: the advisor's checklist (work explained, old parts shown, walk-around; brake and tyre remaining life, next service) and the customer's signature, also for the declined safety-critical items; the order becomes CLOSED and RepairOrderClosed goes to the event feed. 409 R-DEL-4 without a release note; 400 names the unchecked points.")
    @APIResponse(responseCode = "200", description = "The bill", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response deliverSettlement(@HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @Valid @NotNull DeliveryRequest request) {
        return ok(settlements.deliver(store, id, ETags.requireIfMatch(ifMatch), request));
    }

    private static Response ok(View v) {
        return ETags.ok(v, v.version());
    }
}
