package com.fours.dms.repairorder.api;

import com.fours.dms.shared.http.IdempotentPosts;
import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.repairorder.EstimateService;
import com.fours.dms.repairorder.RepairOrderFindings;
import com.fours.dms.repairorder.RepairOrderLifecycle;
import com.fours.dms.repairorder.RepairOrderListFilter;
import com.fours.dms.repairorder.RepairOrderQueries;
import com.fours.dms.repairorder.RepairOrderSignatures;
import com.fours.dms.repairorder.RepairOrderStatus;
import com.fours.dms.repairorder.api.RepairOrderApi.*;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.http.Created;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.http.Idempotency;
import com.fours.dms.shared.http.PrivateImages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Repair orders and their estimate (R-CHK-3..10): advisors and the service manager write; the workshop, cashier and customer service read. */
@Path("/api/stores/{store}/repair-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "repair-orders")
@IdempotentPosts
public class RepairOrderResource {
    private static final String IF_MATCH = "If-Match";

    @Inject
    RepairOrderQueries orders;

    @Inject
    EstimateService estimates;

    @Inject
    RepairOrderLifecycle lifecycle;

    @Inject
    RepairOrderFindings findings;

    @Inject
    Idempotency idempotency;

    @Inject
    RepairOrderSignatures signatures;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @POST
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Open a walk-in repair order", description = "A DRAFT repair order for a customer without appointment (appointments get theirs prepared, R-PRE-1). The order keeps the store's current currency, VAT rate, labour rate and symptom risk margin. A vehicle that already has an order in the shop (a draft, also one prepared for its appointment, or an order not finished) gets none silently: 409 R-APT-2 with those orders in `existingIds`, unless `secondOrderOverride` gives the reason (audited). Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created; ETag carries its version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response createRepairOrder(@HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retried create safe: same key and body replay the first answer.") String key,
            @Valid @NotNull CreateRequest request) {
        return idempotency.create(key, "POST repair-orders " + store, request, () -> {
            View v = lifecycle.create(store, request);
            return new Created<>(v, URI.create("/api/stores/" + store + "/repair-orders/" + v.id()), v.version());
        });
    }

    @GET
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "List repair orders", description = "The advisor's and foreman's order list: newest first, keyset cursor. Filters combine: one or more statuses, still open (not CLOSED/CANCELLED), today's (opened or promised today in the store's time zone), one advisor, late (R-REP-2: signed and not ready, promised time passed or expected completion after it); `q` finds an order number prefix, a plate (prefix, or its tail such as 5678) or a customer name / phone (prefix or tail). Items carry plate, model and customer name.")
    public Page listRepairOrders(
            @QueryParam("status") @Parameter(description = "Only these statuses (repeat the parameter for several)", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = RepairOrderStatus.class)) List<String> status,
            @QueryParam("open") @Parameter(description = "Only orders still in the shop (not CLOSED or CANCELLED)") Boolean open,
            @QueryParam("today") @Parameter(description = "Only orders opened or promised today (store time zone)") Boolean today,
            @QueryParam("advisorId") @Parameter(description = "Only this advisor's orders") UUID advisorId,
            @QueryParam("vehicleId") @Parameter(description = "Only this vehicle's orders (with open=true: what the car already has in the shop)") UUID vehicleId,
            @QueryParam("q") @Parameter(description = "Order number, plate or plate tail, customer name or phone (or its tail)", example = "5678") String q,
            @QueryParam("late") @Parameter(description = "R-REP-2: only late orders (signed and not ready; the promised time has passed or the workshop expects to finish after it)") Boolean late,
            @QueryParam("limit") @Parameter(description = "Page size, 1-100 (default 20)") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        if (q != null && q.length() > 50) {
            throw ProblemException.validation(List.of(new Violation("q", "must be at most 50 characters")));
        }
        List<RepairOrderStatus> statuses = status == null ? List.of() : status.stream().flatMap(v -> java.util.Arrays.stream(v.split(","))).map(RepairOrderResource::status)
                .filter(java.util.Objects::nonNull).toList();
        return orders.list(store, new RepairOrderListFilter(statuses, Boolean.TRUE.equals(open), Boolean.TRUE.equals(today), advisorId, vehicleId, q,
                Boolean.TRUE.equals(late)), cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "Get a repair order", description = "One repair order with its lines, computed disclaimers (R-CHK-4..6) and totals by pay type (R-CHK-7); drafts prepared from appointments carry the repeat-repair flag and open findings (R-PRE-1..3). ETag carries its version.")
    @APIResponse(responseCode = "200", description = "The repair order", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response getRepairOrder(@PathParam("id") UUID id) {
        return ok(orders.get(store, id));
    }

    @POST
    @Path("/{id}/lines")
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Add an estimate line", description = "Adds a job, part or fee (R-CHK-4..7). Only before the customer signs (R-CHK-9); a change while AWAITING_SIGNATURE returns the order to DRAFT. Diagnosis jobs and fees need the recorded consent (R-CHK-3). Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The repair order with the new line", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response addRepairOrderLine(@PathParam("id") UUID id, @HeaderParam(IF_MATCH) @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @Valid @NotNull LineRequest request) {
        return ok(estimates.addLine(store, id, ETags.requireIfMatch(ifMatch), request));
    }

    @PUT
    @Path("/{id}/lines/{lineId}")
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Change an estimate line", description = "Replaces a line (same kind). Same rules as adding. Requires If-Match with the order's ETag.")
    @APIResponse(responseCode = "200", description = "The repair order", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response updateRepairOrderLine(@PathParam("id") UUID id, @PathParam("lineId") UUID lineId,
            @HeaderParam(IF_MATCH) @Parameter(description = "ETag of the version you read", required = true) String ifMatch, @Valid @NotNull LineRequest request) {
        return ok(estimates.updateLine(store, id, lineId, ETags.requireIfMatch(ifMatch), request));
    }

    @DELETE
    @Path("/{id}/lines/{lineId}")
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Remove an estimate line", description = "Only before the customer signs (R-CHK-9). Requires If-Match with the order's ETag.")
    @APIResponse(responseCode = "200", description = "The repair order", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response removeRepairOrderLine(@PathParam("id") UUID id, @PathParam("lineId") UUID lineId,
            @HeaderParam(IF_MATCH) @Parameter(description = "ETag of the version you read", required = true) String ifMatch) {
        return ok(estimates.removeLine(store, id, lineId, ETags.requireIfMatch(ifMatch)));
    }

    @POST
    @Path("/{id}/lines/{lineId}/decline")
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Customer declines an estimate line", description = "R-PRE-3: the customer declines one job or part (at signing, or while the estimate is drawn up). The line stays on the order, shown and printed as declined, "
            + "but counts in no total, carries no disclaimer and is not part of what is signed; when the order is signed it becomes a DECLINED finding that the vehicle's next visit carries "
            + "(safety-critical for a critical-system part or with `safetyCritical`). While AWAITING_SIGNATURE the order stays there (it is the customer's answer to what they are shown); "
            + "in a signed order not yet handed over it is a change that needs a new signature (back to DRAFT). A fee stays payable: 409 R-CHK-3. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The repair order", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response declineRepairOrderLine(@PathParam("id") UUID id, @PathParam("lineId") UUID lineId,
            @HeaderParam(IF_MATCH) @Parameter(description = "ETag of the version you read", required = true) String ifMatch, @Valid @NotNull LineDecisionRequest request) {
        return ok(estimates.declineLine(store, id, lineId, ETags.requireIfMatch(ifMatch), request));
    }

    @POST
    @Path("/{id}/lines/{lineId}/accept")
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Customer takes a declined line back", description = "R-PRE-3: a declined line is accepted again: priced, signed and worked on. Same states as declining. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The repair order", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response acceptRepairOrderLine(@PathParam("id") UUID id, @PathParam("lineId") UUID lineId,
            @HeaderParam(IF_MATCH) @Parameter(description = "ETag of the version you read", required = true) String ifMatch) {
        return ok(estimates.acceptLine(store, id, lineId, ETags.requireIfMatch(ifMatch)));
    }

    @POST
    @Path("/{id}/canned-jobs")
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Add a canned job", description = "Adds the labour and (dealer-supplied) part lines of a standard job from the store's catalogue in one call, all with the given pay type. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The repair order with the added lines", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response addRepairOrderCannedJob(@PathParam("id") UUID id, @HeaderParam(IF_MATCH) @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @Valid @NotNull AddCannedJobRequest request) {
        return ok(estimates.addCannedJob(store, id, ETags.requireIfMatch(ifMatch), request));
    }

    @POST
    @Path("/{id}/diagnosis-consent")
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Record diagnosis consent", description = "R-CHK-3: who consented, how; recorded now by the caller. Needed before a diagnosis job or fee is added. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The repair order", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response recordRepairOrderDiagnosisConsent(@PathParam("id") UUID id, @HeaderParam(IF_MATCH) @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @Valid @NotNull ConsentRequest request) {
        return ok(estimates.recordDiagnosisConsent(store, id, ETags.requireIfMatch(ifMatch), request));
    }

    @POST
    @Path("/{id}/promised-delivery")
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Set the promised delivery time", description = "R-CHK-8: without a time, takes the suggestion (jobs' hours + the store's margin over its opening hours, out of the cashier's rush hours); with a time, the advisor's override. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The repair order", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response promiseRepairOrderDelivery(@PathParam("id") UUID id, @HeaderParam(IF_MATCH) @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @Valid @NotNull PromisedDeliveryRequest request) {
        return ok(estimates.promiseDelivery(store, id, ETags.requireIfMatch(ifMatch), request));
    }

    @POST
    @Path("/{id}/submit-for-signature")
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Submit for the customer's signature", description = "DRAFT → AWAITING_SIGNATURE; needs at least one line; sets the suggested promised delivery time if none was set (R-CHK-8). Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The repair order", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response submitRepairOrderForSignature(@PathParam("id") UUID id, @HeaderParam(IF_MATCH) @Parameter(description = "ETag of the version you read", required = true) String ifMatch) {
        return ok(lifecycle.submitForSignature(store, id, ETags.requireIfMatch(ifMatch)));
    }

    @POST
    @Path("/{id}/sign")
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Customer signs", description = "R-CHK-9: AWAITING_SIGNATURE → OPEN; nothing is dispatched before. The customer signs the lines they accept (declined lines become findings for the next visit, R-PRE-3; with every line declined the order is declined instead, 409 R-CHK-9). The drawn signature (a complete PNG, 422 signature-not-png otherwise), "
            + "the signer, the time, the device (and the User-Agent) and the SHA-256 of exactly this estimate are kept as evidence. After a later change of the estimate the order is back in DRAFT "
            + "and needs a new signature; each signature stays in the history. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The repair order", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response signRepairOrder(@PathParam("id") UUID id, @HeaderParam(IF_MATCH) @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @HeaderParam("User-Agent") @Parameter(hidden = true) String userAgent,
            @Valid @NotNull SignRequest request) {
        return ok(lifecycle.sign(store, id, ETags.requireIfMatch(ifMatch), request, userAgent));
    }

    @GET
    @Path("/{id}/signatures")
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "List the customer's signatures", description = "R-CHK-9: every signature of the repair order, newest first, with the hash of the estimate it signed and whether the estimate as it is now still matches it.")
    public List<Signature> listRepairOrderSignatures(@PathParam("id") UUID id) {
        return signatures.history(store, id);
    }

    @GET
    @Path("/{id}/signatures/{signatureId}/image")
    @Produces({"image/png", MediaType.APPLICATION_JSON})
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "Get a signature image", description = "R-CHK-9: the customer's drawn signature (PNG), with a strong ETag and Cache-Control: private. If-None-Match with the ETag → 304.")
    @APIResponse(responseCode = "200", description = "The signature image", content = @Content(mediaType = "image/png", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched)")
    public Response getRepairOrderSignatureImage(@PathParam("id") UUID id, @PathParam("signatureId") UUID signatureId,
            @HeaderParam("If-None-Match") @Parameter(description = "ETag of the copy you have") String ifNoneMatch) {
        RepairOrderSignatures.SignatureImage img = signatures.image(store, id, signatureId);
        return PrivateImages.of(img.png(), "image/png", "\"" + img.id() + "\"", ifNoneMatch);
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Customer declines", description = "R-CHK-3/R-CHK-9: DRAFT or AWAITING_SIGNATURE → DECLINED; only the diagnosis/estimate fees stay payable (totals count fees only). Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The repair order", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response declineRepairOrder(@PathParam("id") UUID id, @HeaderParam(IF_MATCH) @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @Valid @NotNull ReasonRequest request) {
        return ok(lifecycle.decline(store, id, ETags.requireIfMatch(ifMatch), request));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Cancel a repair order", description = "DRAFT, AWAITING_SIGNATURE or OPEN (not yet handed over) → CANCELLED. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The repair order", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response cancelRepairOrder(@PathParam("id") UUID id, @HeaderParam(IF_MATCH) @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @Valid @NotNull ReasonRequest request) {
        return ok(lifecycle.cancel(store, id, ETags.requireIfMatch(ifMatch), request));
    }

    @POST
    @Path("/{id}/release")
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Release a declined car", description = "R-CHK-9: the customer takes the declined car back with the printed release note (the diagnosis/estimate fees stay payable, R-CHK-3); DECLINED → CLOSED. Its key tag and cabinet slot are free. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The repair order", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response releaseRepairOrder(@PathParam("id") UUID id, @HeaderParam(IF_MATCH) @Parameter(description = "ETag of the version you read", required = true) String ifMatch) {
        return ok(lifecycle.release(store, id, ETags.requireIfMatch(ifMatch)));
    }

    @POST
    @Path("/{id}/findings")
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Record a finding not fixed", description = "R-PRE-3: something found on this visit that the customer declined or deferred (safety-critical flag); the vehicle's next order carries it until a line fixes it. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The repair order with the finding", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response recordRepairOrderFinding(@PathParam("id") UUID id, @HeaderParam(IF_MATCH) @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @Valid @NotNull FindingRequest request) {
        return ok(findings.record(store, id, ETags.requireIfMatch(ifMatch), request));
    }

    @POST
    @Path("/{id}/carried-findings/{findingId}/fix")
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Fix a carried finding", description = "R-PRE-3: adds the estimate line that fixes an earlier finding this order carries and marks the finding resolved (open again if the line is removed). Same rules as adding a line. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The repair order with the new line", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response fixRepairOrderCarriedFinding(@PathParam("id") UUID id, @PathParam("findingId") UUID findingId,
            @HeaderParam(IF_MATCH) @Parameter(description = "ETag of the version you read", required = true) String ifMatch, @Valid @NotNull LineRequest request) {
        return ok(findings.fix(store, id, findingId, ETags.requireIfMatch(ifMatch), request));
    }

    @POST
    @Path("/{id}/hand-over")
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Hand over to the workshop", description = "R-CHK-10: an OPEN (signed, R-CHK-9) order is handed to the receiver — an active technician of the store or FOREMAN_QUEUE (GET …/handover-receivers; anything else 422 on `receiver`). "
            + "The time is rounded to the nearest 10 minutes and never before the signature. `assignDirectly` only to a technician and for single-team orders; multi-team orders go to the foreman. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The repair order", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response handOverRepairOrder(@PathParam("id") UUID id, @HeaderParam(IF_MATCH) @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @Valid @NotNull HandoverRequest request) {
        return ok(lifecycle.handOver(store, id, ETags.requireIfMatch(ifMatch), request));
    }

    private static RepairOrderStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return RepairOrderStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.validation(List.of(new Violation("status", "must be one of " + java.util.Arrays.toString(RepairOrderStatus.values()))));
        }
    }

    private static Response ok(View v) {
        return ETags.ok(v, v.version());
    }
}
