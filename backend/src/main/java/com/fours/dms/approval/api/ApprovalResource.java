package com.fours.dms.approval.api;

import com.fours.dms.shared.http.IdempotentPosts;
import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.approval.ApprovalDecisions;
import com.fours.dms.approval.ApprovalLinks;
import com.fours.dms.approval.Authorizations;
import com.fours.dms.approval.api.ApprovalApi.Authorization;
import com.fours.dms.approval.api.ApprovalApi.DecisionResult;
import com.fours.dms.approval.api.ApprovalApi.DeclinedSafetyItems;
import com.fours.dms.approval.api.ApprovalApi.InPersonRequest;
import com.fours.dms.approval.api.ApprovalApi.LedgerEntryDetail;
import com.fours.dms.approval.api.ApprovalApi.LinkList;
import com.fours.dms.approval.api.ApprovalApi.LinkView;
import com.fours.dms.approval.api.ApprovalApi.PhoneRequest;
import com.fours.dms.approval.api.ApprovalApi.SendLinkRequest;
import com.fours.dms.approval.api.ApprovalApi.SheetView;
import com.fours.dms.shared.http.PrivateImages;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * R-REP-3 / R-REP-4: the customer's decision on supplementary items (in person, by phone, by link)
 * and the approval ledger of a repair order. Advisors and the service manager record decisions and
 * send links; staff read the authorization.
 */
@Path("/api/stores/{store}/repair-orders/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "approvals")
@IdempotentPosts
public class ApprovalResource {
    private static final String HASH_NOTE = " The request names the sheetHash of the sheet shown (GET …/approval-sheet); a different sheet now → 409 approval-sheet-changed; "
            + "an item already decided or changed → 409 R-REP-3 (two decisions at the same moment: one succeeds, the other gets 409).";

    @Inject
    ApprovalDecisions decisions;

    @Inject
    ApprovalLinks links;

    @Inject
    Authorizations authorizations;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @PathParam("id")
    @Parameter(description = "Repair order id")
    UUID id;

    @GET
    @Path("/approval-sheet")
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Get the approval sheet", description = "R-REP-3: every item awaiting the customer's decision as the customer is shown it (photos, lines, prices, added time), "
            + "the authorized total and, for any choice, the new total and promised time; with its SHA-256, which the decision names.")
    public SheetView getApprovalSheet() {
        return decisions.sheet(store, id);
    }

    @POST
    @Path("/approval-decisions/in-person")
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Record an in-person decision", description = "R-REP-3 (a): the customer approves or declines each item of the sheet on the advisor's tablet and signs "
            + "(a complete PNG, 422 signature-not-png otherwise); the workshop person told is named. Approved lines join the order, the promised time moves by the added work "
            + "and the customer is told through the outbox; declined items are found-not-fixed on the vehicle (R-PRE-3)." + HASH_NOTE)
    @APIResponse(responseCode = "200", description = "Recorded in the ledger", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionResult.class)))
    public DecisionResult recordInPersonApprovalDecision(@HeaderParam("User-Agent") @Parameter(hidden = true) String userAgent,
            @Valid @NotNull InPersonRequest request) {
        return decisions.inPerson(store, id, request, userAgent);
    }

    @POST
    @Path("/approval-decisions/phone")
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Record a decision by phone", description = "R-REP-3 (b): the advisor records the call: when (not in the future, not before the item was reported), "
            + "the number called, who consented (the customer or a designated person), the customer's words and the workshop person told. Effects as in person." + HASH_NOTE)
    @APIResponse(responseCode = "200", description = "Recorded in the ledger", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionResult.class)))
    public DecisionResult recordPhoneApprovalDecision(@Valid @NotNull PhoneRequest request) {
        return decisions.phone(store, id, request);
    }

    @POST
    @Path("/approval-links")
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Send the customer an approval link", description = "R-REP-3 (c): a text (and an e-mail when the customer has an address) through the outbox, with a link "
            + "to a mobile page without login that shows every item awaiting a decision as it is now (frozen), the new total and promised time. The token has 256 random bits and "
            + "only its SHA-256 is kept; the link expires after the store's approvalLinkHours (default 24) and decides once. 409 R-REP-3 when nothing awaits a decision; "
            + "409 customer-unreachable without phone and e-mail.")
    @APIResponse(responseCode = "201", description = "Sent (queued in the outbox)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LinkView.class)))
    public Response sendApprovalLink(@Valid SendLinkRequest request) {
        LinkView v = links.send(store, id, request);
        return Response.status(201).entity(v).build();
    }

    @GET
    @Path("/approval-links")
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "List the order's approval links", description = "R-REP-3 (c): every link sent, newest first: ACTIVE, USED, EXPIRED or OUTDATED, and whether each of its messages was really sent.")
    public LinkList listApprovalLinks() {
        return links.list(store, id);
    }

    @GET
    @Path("/authorization")
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "Get the order's authorization", description = "R-REP-3 / R-DEL-1: the signed estimate's total, what the customer authorized so far (VAT included), the order's total now, "
            + "the store's tolerance and whether the order is within its authorization; and every decision of the ledger, oldest first, with the difference from the last authorization.")
    public Authorization getRepairOrderAuthorization() {
        return authorizations.authorization(store, id);
    }

    @GET
    @Path("/approval-ledger/{entryId}")
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "Get an approval ledger entry", description = "R-REP-3: one decision with the sheet exactly as the customer was shown it (kept, never recomputed).")
    public LedgerEntryDetail getApprovalLedgerEntry(@PathParam("entryId") UUID entryId) {
        return authorizations.entry(store, id, entryId);
    }

    @GET
    @Path("/approval-ledger/{entryId}/signature")
    @Produces({"image/png", MediaType.APPLICATION_JSON})
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "Get a decision's signature", description = "R-REP-3: the customer's drawn signature of an in-person or link decision (PNG); a phone decision has none (404 no-signature).")
    @APIResponse(responseCode = "200", description = "The signature image", content = @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched)")
    public Response getApprovalLedgerSignature(@PathParam("entryId") UUID entryId,
            @HeaderParam("If-None-Match") @Parameter(description = "ETag of the copy you have") String ifNoneMatch) {
        return PrivateImages.of(authorizations.signature(store, id, entryId), "image/png", "\"" + entryId + "\"", ifNoneMatch);
    }

    @GET
    @Path("/declined-safety-items")
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "List declined safety-critical items", description = "R-REP-4: the safety-critical supplementary items the customer declined (and did not approve later); "
            + "the customer signs for them at delivery.")
    public DeclinedSafetyItems listDeclinedSafetyItems() {
        return authorizations.declinedSafety(store, id);
    }
}
