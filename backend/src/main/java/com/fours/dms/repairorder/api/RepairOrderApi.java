package com.fours.dms.repairorder.api;

import com.fours.dms.repairorder.ConsentChannel;
import com.fours.dms.repairorder.DisclaimerCode;
import com.fours.dms.repairorder.FeeType;
import com.fours.dms.repairorder.FindingDisposition;
import com.fours.dms.repairorder.HandoverReceiverKind;
import com.fours.dms.repairorder.HandoverRoute;
import com.fours.dms.repairorder.LineKind;
import com.fours.dms.repairorder.PromisedDeliveryReason;
import com.fours.dms.repairorder.PartGrade;
import com.fours.dms.repairorder.PartSupplier;
import com.fours.dms.repairorder.PayType;
import com.fours.dms.repairorder.PricingMode;
import com.fours.dms.repairorder.RepairOrderStatus;
import com.fours.dms.repairorder.WorkshopTeam;
import com.fours.dms.shared.api.BuiltByName;
import com.fours.dms.shared.persistence.ChangeFeed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API types of repair orders and their estimate (R-CHK-3..10). */
public final class RepairOrderApi {
    private RepairOrderApi() {}

    @Schema(name = "RepairOrder", description = "A repair order (进厂维修单) with its estimate. Drafts prepared from appointments carry the repeat-repair flag and open findings (R-PRE-1..3). Amounts are in `currency`, exact decimals rounded HALF_UP to 0.01 per line; VAT applies to the customer-pay subtotal.")
    @BuiltByName
    public record View(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "ROBJ010000001") String number,
            @Schema(required = true, examples = "DRAFT") RepairOrderStatus status,
            @Schema(nullable = true, description = "The appointment it was prepared from; null for a walk-in.") UUID appointmentId,
            @Schema(required = true) boolean walkIn,
            @Schema(required = true) UUID customerId,
            @Schema(required = true) UUID vehicleId,
            @Schema(nullable = true) UUID advisorId,
            @Schema(required = true, examples = "1万公里保养，左前异响") String requestedWork,
            @Schema(required = true, description = "R-PRE-2: repeat repair, for special attention.") boolean repeatRepair,
            @Schema(required = true, description = "R-PRE-3: earlier findings not fixed, to raise again.") List<CarriedFinding> carriedFindings,
            @Schema(required = true, description = "R-PRE-3: findings recorded on this visit as declined or deferred (also the lines the customer declined at signing, and the jobs of a declined estimate).") List<Finding> findings,
            @Schema(required = true, description = "The vehicle, for the order header.") OrderVehicle vehicle,
            @Schema(required = true, description = "The customer, for the order header.") OrderCustomer customer,
            @Schema(nullable = true, description = "R-CHK-9: when a declined car was released with its release note (the order is then CLOSED).") Instant releasedAt,
            @Schema(nullable = true, description = "R-ARC-4: odometer of this visit from the check-in inspection (R-CHK-2).", examples = "45210") Integer odometerKm,
            @Schema(required = true, examples = "CNY") String currency,
            @Schema(required = true, examples = "13.00", description = "VAT rate (%) this order is priced with.") BigDecimal taxRatePercent,
            @Schema(required = true, examples = "150.00", description = "Labour rate per hour this order is priced with.") BigDecimal labourRate,
            @Schema(required = true, examples = "20.00", description = "R-CHK-4: risk margin (%) on SYMPTOM-priced jobs.") BigDecimal symptomRiskMarginPercent,
            @Schema(required = true) List<Line> lines,
            @Schema(required = true, description = "R-CHK-4..6: disclaimers printed on the order, computed from the lines.") List<Disclaimer> disclaimers,
            @Schema(required = true) Totals totals,
            @Schema(nullable = true, description = "R-CHK-3: the customer's consent to diagnosis.") DiagnosisConsent diagnosisConsent,
            @Schema(nullable = true, description = "R-CHK-8: promised delivery time.") Instant promisedDeliveryAt,
            @Schema(nullable = true, description = "SUGGESTED by the R-CHK-8 policy or set by the ADVISOR.", examples = "SUGGESTED") String promisedDeliverySource,
            @Schema(required = true, description = "R-CHK-8: what set a SUGGESTED time (WORK_HOURS, WORKSHOP_LOAD, PARTS, RUSH_HOUR_AVOIDED); empty for an ADVISOR time or none; for a REVISED time the reason of the latest move (SUPPLEMENTARY_ITEMS, PROGRESS_CHECK).") List<PromisedDeliveryReason> promisedDeliveryReason,
            @Schema(required = true, description = "R-REP-2 / R-REP-3: every move of the promised time after the hand-over, oldest first.") List<PromiseRevision> promiseRevisions,
            @Schema(nullable = true, description = "R-REP-2: when the workshop expects to finish, as the advisor recorded it at the latest progress check.") Instant expectedCompletionAt,
            @Schema(required = true, description = "R-REP-2: signed and not ready, and the promised time has passed or the expected completion is after it (store clock).") boolean late,
            @Schema(nullable = true, description = "R-CHK-9: the customer's signature.") Signature signature,
            @Schema(nullable = true, description = "R-REP-5 (旧件处理): the customer's old-parts choice given at signing; null when not asked.") com.fours.dms.repairorder.OldPartsChoice oldPartsChoice,
            @Schema(nullable = true, description = "R-CHK-10: handover to the workshop.") Handover handover,
            @Schema(nullable = true) Instant declinedAt,
            @Schema(nullable = true) String declineReason,
            @Schema(nullable = true) Instant cancelledAt,
            @Schema(nullable = true) String cancelReason,
            @Schema(required = true, description = "Advisor actions the current state allows (action endpoint names).", examples = "[\"submit-for-signature\", \"decline\", \"cancel\"]") List<String> availableActions,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, description = "Version; also the ETag.") long version) {}

    @Schema(name = "PromiseRevision", description = "R-REP-2 / R-REP-3: one move of the promised delivery time: from, to, why (the advisor's words for a progress check), what caused it, who and when.")
    public record PromiseRevision(
            @Schema(required = true) UUID id,
            @Schema(nullable = true, description = "The promised time before") Instant previousAt,
            @Schema(required = true, description = "The new promised time") Instant revisedTo,
            @Schema(required = true, examples = "PROGRESS_CHECK") PromisedDeliveryReason reason,
            @Schema(nullable = true, examples = "变速箱油到货延迟") String note,
            @Schema(nullable = true, description = "The progress check or approval ledger entry that moved it") String reference,
            @Schema(required = true, examples = "advisor") String revisedBy,
            @Schema(required = true) Instant revisedAt) {}

    @Schema(name = "CarriedFinding")
    public record CarriedFinding(@Schema(required = true) UUID id, @Schema(required = true, examples = "左前刹车片剩余3mm，客户暂不更换") String description,
            @Schema(required = true) FindingDisposition disposition, @Schema(required = true) boolean safetyCritical,
            @Schema(required = true) Instant foundAt,
            @Schema(nullable = true, description = "The line of this order that fixes it; null while still open.") UUID resolvedByLineId) {}

    @Schema(name = "RepairOrderFinding", description = "R-PRE-3: found but not fixed on this visit; the vehicle's next draft carries it until a line fixes it.")
    public record Finding(@Schema(required = true) UUID id, @Schema(required = true, examples = "左前刹车片剩余3mm，客户暂不更换") String description,
            @Schema(required = true) FindingDisposition disposition, @Schema(required = true) boolean safetyCritical,
            @Schema(required = true) Instant foundAt, @Schema(nullable = true, description = "The declined estimate line it came from.") UUID sourceLineId,
            @Schema(nullable = true, description = "When a later order fixed it.") Instant resolvedAt) {}

    @Schema(name = "RepairOrderFindingRequest", description = "R-PRE-3: a finding the customer declined or deferred.")
    public record FindingRequest(@Schema(required = true, examples = "左前刹车片剩余3mm，客户暂不更换") @NotBlank @Size(max = 500) String description,
            @Schema(required = true) @NotNull FindingDisposition disposition,
            @Schema(nullable = true, description = "Default false.") Boolean safetyCritical) {}

    @Schema(name = "RepairOrderVehicle", description = "The vehicle of an order, for headers and lists.")
    public record OrderVehicle(@Schema(required = true) UUID id, @Schema(required = true, examples = "京A12345") String plate,
            @Schema(required = true, examples = "大众 帕萨特") String model) {}

    @Schema(name = "RepairOrderCustomer", description = "The customer of an order, for headers and lists.")
    public record OrderCustomer(@Schema(required = true) UUID id, @Schema(required = true, examples = "张伟") String name,
            @Schema(nullable = true, examples = "13812345678") String phone) {}

    @Schema(name = "ServiceVisit", description = "R-ARC-4: one visit on the vehicle's service card, from its repair order.")
    @BuiltByName
    public record ServiceVisit(
            @Schema(required = true) UUID repairOrderId,
            @Schema(required = true, examples = "ROBJ010000001") String number,
            @Schema(required = true, description = "The visit's day in the store's time zone.") LocalDate date,
            @Schema(nullable = true, description = "From the check-in inspection.", examples = "45210") Integer odometerKm,
            @Schema(nullable = true) UUID advisorId,
            @Schema(nullable = true, examples = "王顾问") String advisorName,
            @Schema(required = true, examples = "1万公里保养") String requestedWork,
            @Schema(required = true) RepairOrderStatus status,
            @Schema(required = true, description = "The estimate's lines (for a declined visit: what was offered).") List<VisitLine> lines,
            @Schema(required = true, examples = "CNY") String currency,
            @Schema(required = true, examples = "768.40") BigDecimal total,
            @Schema(required = true, examples = "768.40") BigDecimal customerPayable) {}

    @Schema(name = "ServiceVisitLine")
    public record VisitLine(@Schema(required = true) LineKind kind, @Schema(required = true, examples = "更换机油及机滤") String description,
            @Schema(required = true) PayType payType, @Schema(required = true, examples = "180.00") BigDecimal amount) {}

    @Schema(name = "ServiceVisitPage")
    public record ServiceVisitPage(@Schema(required = true) List<ServiceVisit> items, @Schema(nullable = true) String nextCursor) {}

    @Schema(name = "RepairOrderLine", description = "A job (labour), part or fee of the estimate. Fields of other kinds are null.")
    @BuiltByName
    public record Line(
            @Schema(required = true) UUID id,
            @Schema(required = true) LineKind kind,
            @Schema(required = true, description = "R-CHK-7") PayType payType,
            @Schema(required = true, examples = "更换机油及机滤") String description,
            @Schema(nullable = true, examples = "LUB-001") String operationCode,
            @Schema(nullable = true, examples = "1.20") BigDecimal hours,
            @Schema(nullable = true, examples = "150.00") BigDecimal labourRate,
            @Schema(nullable = true) PricingMode pricingMode,
            @Schema(nullable = true) WorkshopTeam team,
            @Schema(required = true, description = "A diagnosis job (R-CHK-3).") boolean diagnosis,
            @Schema(required = true, description = "ITEM pricing: the customer was told quality is not guaranteed.") boolean customerInformed,
            @Schema(nullable = true, description = "R-CHK-6", examples = "变速箱内部需拆检后报价") String disassemblyNote,
            @Schema(nullable = true, examples = "06L115562B") String partNumber,
            @Schema(nullable = true, examples = "1.00") BigDecimal quantity,
            @Schema(nullable = true, examples = "85.00") BigDecimal unitPrice,
            @Schema(nullable = true) PartSupplier supplier,
            @Schema(nullable = true) PartGrade grade,
            @Schema(required = true) boolean criticalSystem,
            @Schema(nullable = true) FeeType feeType,
            @Schema(required = true, examples = "180.00", description = "Line amount, rounded HALF_UP to 0.01.") BigDecimal amount,
            @Schema(required = true) List<DisclaimerCode> disclaimers,
            @Schema(nullable = true, description = "The canned job that added this line.") UUID cannedJobId,
            @Schema(nullable = true, description = "R-CHK-8, PART lines: when a part not in stock arrives; null when in stock.") Instant partsAvailableAt,
            @Schema(required = true, description = "R-PRE-3: the customer declined this line. It stays on the order (shown and printed as declined) but counts in no total, carries no disclaimer "
                    + "and is not part of what is signed; when the order is signed it becomes a DECLINED finding for the vehicle's next visit.") boolean declined,
            @Schema(required = true, description = "Raised again as safety-critical if declined: a part on a critical system, or the advisor's flag when declining.") boolean safetyCritical,
            @Schema(nullable = true, description = "R-REP-3: the supplementary item whose approval by the customer added this line; absent for the signed estimate's lines "
                    + "(so the hash of a signed estimate does not change).")
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) UUID supplementaryItemId,
            @Schema(nullable = true, description = "Issue 8: the catalogue part this PART line was picked from; absent for a line typed by hand (so a signed estimate's hash does not change).")
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) UUID cataloguePartId,
            @Schema(nullable = true, description = "Issue 8: the catalogue operation this JOB line was picked from; absent for a line typed by hand.")
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) UUID catalogueOperationId,
            @Schema(nullable = true, examples = "85.00", description = "Issue 8: the catalogue's list price when the part was picked (unitPrice may differ within the store's tolerance, with priceOverrideReason).")
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) BigDecimal catalogueUnitPrice,
            @Schema(nullable = true, examples = "1.40", description = "Issue 8: the catalogue's flat-rate hours (for the vehicle's model family) when the operation was picked.")
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) BigDecimal catalogueHours,
            @Schema(nullable = true, examples = "老客户优惠", description = "Issue 8: why the advisor moved the catalogue price or hours.")
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String priceOverrideReason,
            @Schema(nullable = true, examples = "BRAKES", description = "R-CHK-4: the vehicle system a picked SYSTEM-priced job is priced by (ENGINE, BRAKES, …).")
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String system) {}

    @Schema(name = "RepairOrderLineDecisionRequest", description = "R-PRE-3: the customer declines one line of the estimate (at signing, or while it is drawn up).")
    public record LineDecisionRequest(@Schema(nullable = true, description = "The advisor raises it as safety-critical (default false; a critical-system part is anyway).") Boolean safetyCritical) {}

    @Schema(name = "RepairOrderDisclaimer", description = "A disclaimer printed on the repair order.")
    public record Disclaimer(@Schema(required = true) DisclaimerCode code, @Schema(required = true) UUID lineId,
            @Schema(required = true, examples = "部分费用需拆检后确定") String text) {}

    @Schema(name = "RepairOrderTotals", description = "R-CHK-7 totals by pay type. tax = customerPay × VAT; total = subtotal + tax; the customer pays customerPayable = customerPay + tax. A DECLINED order counts only its fees.")
    @BuiltByName
    public record Totals(
            @Schema(required = true, examples = "680.00") BigDecimal customerPay,
            @Schema(required = true, examples = "0.00") BigDecimal warranty,
            @Schema(required = true, examples = "0.00") BigDecimal internal,
            @Schema(required = true, examples = "0.00") BigDecimal goodwill,
            @Schema(required = true, examples = "680.00") BigDecimal subtotal,
            @Schema(required = true, examples = "88.40") BigDecimal tax,
            @Schema(required = true, examples = "768.40") BigDecimal total,
            @Schema(required = true, examples = "768.40") BigDecimal customerPayable) {}

    @Schema(name = "DiagnosisConsent")
    public record DiagnosisConsent(@Schema(required = true, examples = "张伟") String givenBy, @Schema(required = true) ConsentChannel channel,
            @Schema(required = true) Instant at, @Schema(required = true, examples = "advisor-wang") String recordedBy) {}

    @Schema(name = "RepairOrderSignature", description = "R-CHK-9: a customer signature of the repair order, kept as evidence: the drawn image (GET …/signatures/{signatureId}/image), "
            + "who, when, on which device, and the SHA-256 of exactly the estimate signed (lines, totals, disclaimers, VAT rate). A change of the estimate after signing needs a new signature.")
    @BuiltByName
    public record Signature(
            @Schema(nullable = true, description = "Null only for an order signed before signatures were kept as evidence.") UUID id,
            @Schema(required = true, examples = "张伟") String signerName,
            @Schema(required = true) Instant signedAt,
            @Schema(nullable = true, description = "The device the customer signed on, as the app names it.", examples = "iPad 接待台 2") String device,
            @Schema(nullable = true, description = "The browser's User-Agent when signing.") String userAgent,
            @Schema(nullable = true, description = "The user who recorded the signature.", examples = "advisor-wang") String recordedBy,
            @Schema(nullable = true, description = "SHA-256 (hex) of the canonical estimate signed.", examples = "9f2c0e7d5b1a4c3e8f6d2b0a1c9e7f5d3b1a0c8e6f4d2b0a9c7e5f3d1b0a8c6e") String estimateHash,
            @Schema(required = true, description = "The estimate as it is now is exactly the one signed.") boolean matchesCurrentEstimate) {}

    @Schema(name = "RepairOrderHandover")
    public record Handover(@Schema(required = true, description = "The technician's name, or FOREMAN_QUEUE.", examples = "赵师傅") String receiver,
            @Schema(required = true) HandoverReceiverKind receiverKind,
            @Schema(nullable = true, description = "The technician (workshop set-up) for receiverKind TECHNICIAN.") UUID receiverId,
            @Schema(required = true, description = "Rounded to the nearest 10 minutes, never before the customer's signature.") Instant at,
            @Schema(required = true) HandoverRoute route, @Schema(required = true) String handedOverBy) {}

    @Schema(name = "HandoverReceiver", description = "R-CHK-10: who can receive a car in the workshop: an active technician of the store, or the foreman's queue.")
    public record HandoverReceiver(@Schema(required = true, description = "What to send as `receiver` in the hand-over: the technician id, or FOREMAN_QUEUE.", examples = "FOREMAN_QUEUE") String id,
            @Schema(required = true) HandoverReceiverKind kind,
            @Schema(nullable = true, description = "The technician's name; null for the foreman queue.", examples = "赵师傅") String name) {}

    @Schema(name = "RepairOrderProgress", description = "Where one repair order stands, as a booking partner's app shows it (issue 12).")
    public record OrderStatus(@Schema(required = true) UUID id, @Schema(required = true, examples = "ROBJ010000001") String number,
            @Schema(required = true) RepairOrderStatus status,
            @Schema(nullable = true, description = "R-CHK-8: the time promised to the customer.") Instant promisedDeliveryAt,
            @Schema(nullable = true, description = "R-REP-2: when the workshop now expects to finish.") Instant expectedCompletionAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, description = "The vehicle the order is for.") UUID vehicleId) {}

    @Schema(name = "RepairOrderProgressPage", description = "A page of the order-status change feed, in the order the orders' changes committed; "
            + "pass nextCursor back as cursor, and keep syncCursor for the next sync.")
    public record OrderStatusPage(@Schema(required = true) List<OrderStatus> items, @Schema(nullable = true) String nextCursor,
            @Schema(nullable = true, description = ChangeFeed.SYNC_CURSOR) String syncCursor) {}

    @Schema(name = "RepairOrderSummary", description = "A repair order in a list.")
    @BuiltByName
    public record Summary(@Schema(required = true) UUID id, @Schema(required = true, examples = "ROBJ010000001") String number,
            @Schema(required = true) RepairOrderStatus status, @Schema(required = true) UUID customerId, @Schema(required = true) UUID vehicleId,
            @Schema(nullable = true) UUID appointmentId, @Schema(required = true) String requestedWork,
            @Schema(nullable = true) Instant promisedDeliveryAt, @Schema(required = true) Instant createdAt, @Schema(required = true) long version,
            @Schema(nullable = true) UUID advisorId, @Schema(nullable = true, examples = "京A12345") String plate,
            @Schema(nullable = true, examples = "大众 帕萨特") String model, @Schema(nullable = true, examples = "张伟") String customerName,
            @Schema(nullable = true, description = "R-REP-2: when the workshop expects to finish (latest progress check).") Instant expectedCompletionAt,
            @Schema(required = true, description = "R-REP-2: signed and not ready, and the promised time has passed or the expected completion is after it (store clock).") boolean late) {}

    @Schema(name = "RepairOrderPage")
    public record Page(@Schema(required = true) List<Summary> items, @Schema(nullable = true) String nextCursor) {}

    @Schema(name = "CreateRepairOrderRequest", description = "A walk-in repair order (no appointment).")
    public record CreateRequest(
            @Schema(required = true) @NotNull UUID customerId,
            @Schema(required = true) @NotNull UUID vehicleId,
            @Schema(nullable = true) UUID advisorId,
            @Schema(required = true, examples = "仪表盘发动机故障灯亮") @NotBlank @Size(max = 2000) String requestedWork,
            @Schema(nullable = true, description = "R-APT-2: needed when the vehicle already has an order in the shop (draft, awaiting signature, open or in work); without it that is a 409 naming those orders in `existingIds`.")
            @Valid SecondOrderOverride secondOrderOverride,
            @Schema(nullable = true, description = "Estimate lines to open the order with, in one call (each as `POST …/lines` would add it, audited as line-added); at most 50.")
            @Size(max = 50) List<@Valid @NotNull LineRequest> lines) {}

    @Schema(name = "SecondOrderOverride", description = "R-APT-2: an explicit decision to open another order for a vehicle that already has one in the shop; the reason is audited.")
    public record SecondOrderOverride(@Schema(required = true, examples = "客户另一辆同车牌车辆，原工单为事故车单独结算") @NotBlank @Size(max = 300) String reason) {}

    @Schema(name = "RepairOrderLineRequest", description = "A line of the estimate. JOB needs description and hours (pricingMode defaults to SYSTEM, team to MECHANICAL; ITEM pricing needs customerInformed, R-CHK-4); PART needs partNumber, description, quantity, unitPrice, supplier and grade (R-CHK-5); FEE needs feeType and amount. DIAGNOSIS jobs/fees need the customer's consent first (R-CHK-3).")
    @BuiltByName
    public record LineRequest(
            @Schema(required = true) @NotNull LineKind kind,
            @Schema(required = true, description = "R-CHK-7") @NotNull PayType payType,
            @Schema(nullable = true, examples = "更换机油及机滤") @Size(max = 300) String description,
            @Schema(nullable = true, examples = "LUB-001") @Size(max = 40) String operationCode,
            @Schema(nullable = true, examples = "1.2") @DecimalMin(value = "0", inclusive = false) @DecimalMax("999") @Digits(integer = 4, fraction = 2) BigDecimal hours,
            @Schema(nullable = true, description = "Default SYSTEM.") PricingMode pricingMode,
            @Schema(nullable = true, description = "Default MECHANICAL.") WorkshopTeam team,
            @Schema(nullable = true, description = "A diagnosis job (R-CHK-3).") Boolean diagnosis,
            @Schema(nullable = true, description = "ITEM pricing: the customer was told quality is not guaranteed (R-CHK-4).") Boolean customerInformed,
            @Schema(nullable = true, description = "R-CHK-6: cost known only after disassembly.", examples = "变速箱内部需拆检后报价") @Size(max = 300) String disassemblyNote,
            @Schema(nullable = true, examples = "06L115562B") @Size(max = 40) String partNumber,
            @Schema(nullable = true, examples = "1") @DecimalMin(value = "0", inclusive = false) @Digits(integer = 8, fraction = 2) BigDecimal quantity,
            @Schema(nullable = true, examples = "85.00") @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal unitPrice,
            @Schema(nullable = true) PartSupplier supplier,
            @Schema(nullable = true) PartGrade grade,
            @Schema(nullable = true, description = "Part on a critical system (brakes, steering, airbags …).") Boolean criticalSystem,
            @Schema(nullable = true) FeeType feeType,
            @Schema(nullable = true, examples = "200.00") @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @Schema(nullable = true, description = "R-CHK-8, PART lines: when a part not in stock arrives (null: in stock). The suggested promised delivery starts no earlier.") Instant partsAvailableAt,
            @Schema(nullable = true, description = "PART lines (issue 8): the catalogue part picked. Fills part number, grade and critical-system flag from the catalogue, and by default "
                    + "the description (its Chinese name), quantity 1, supplier DEALER, the list price as unitPrice and, when the store's stock is short, its expected arrival as partsAvailableAt.")
            UUID cataloguePartId,
            @Schema(nullable = true, description = "JOB lines (issue 8): the catalogue labour operation picked. Fills operation code and vehicle system (R-CHK-4 SYSTEM pricing), and by default "
                    + "the description and the flat-rate hours of the vehicle's model family (else the operation's default hours); the team follows the system.")
            UUID catalogueOperationId,
            @Schema(nullable = true, description = "Why a picked line's unitPrice (PART) or hours (JOB) differs from the catalogue's: required then, and the difference may be at most the store's "
                    + "cataloguePriceTolerancePercent (400 on this field without a reason; 409 R-CHK-4 beyond the tolerance).", examples = "老客户优惠") @Size(max = 300) String priceOverrideReason) {}

    @Schema(name = "AddCannedJobRequest")
    public record AddCannedJobRequest(@Schema(required = true) @NotNull UUID cannedJobId,
            @Schema(required = true, description = "R-CHK-7: pay type of every added line.") @NotNull PayType payType) {}

    @Schema(name = "DiagnosisConsentRequest", description = "R-CHK-3: the customer consents to diagnosis; recorded at the current time by the caller.")
    public record ConsentRequest(@Schema(required = true, examples = "张伟") @NotBlank @Size(max = 120) String givenBy,
            @Schema(required = true) @NotNull ConsentChannel channel) {}

    @Schema(name = "PromisedDeliveryRequest", description = "R-CHK-8: null `promisedAt` takes the suggestion (jobs' hours + margin from the later of the first free workshop slot and the latest part arrival, avoiding the cashier rush); a time overrides it.")
    public record PromisedDeliveryRequest(@Schema(nullable = true) Instant promisedAt) {}

    @Schema(name = "SignRepairOrderRequest", description = "R-CHK-9: the customer signs (on the tablet).")
    public record SignRequest(@Schema(required = true, examples = "张伟") @NotBlank @Size(max = 120) String signerName,
            @Schema(required = true, description = "The drawn signature: a complete PNG, base64 (max 512 KB decoded).", examples = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGBgAAAABQABpfZFQAAAAABJRU5ErkJggg==") @NotBlank String signaturePng,
            @Schema(nullable = true, description = "The device the customer signs on, as the app names it.", examples = "iPad 接待台 2") @Size(max = 200) String device,
            @Schema(nullable = true, description = "R-REP-5 (旧件处理): whether the customer takes the old parts home or leaves them with the workshop; printed on the order.", examples = "TAKE_HOME") com.fours.dms.repairorder.OldPartsChoice oldPartsChoice) {}

    @Schema(name = "ReasonRequest")
    public record ReasonRequest(@Schema(required = true, examples = "客户决定暂不维修") @NotBlank @Size(max = 500) String reason) {}

    @Schema(name = "HandoverRequest", description = "R-CHK-10: handover to the workshop; `assignDirectly` only for single-team orders, otherwise the foreman dispatches.")
    public record HandoverRequest(@Schema(required = true, description = "A HandoverReceiver id: an active technician's id, or FOREMAN_QUEUE (GET …/handover-receivers). Anything else → 422.",
                    examples = "FOREMAN_QUEUE") @NotBlank @Size(max = 120) String receiver,
            @Schema(nullable = true, description = "Default false (foreman).") Boolean assignDirectly) {}

    @Schema(name = "CannedJob", description = "A standard job of the store's catalogue (标准作业).")
    public record CannedJobView(@Schema(required = true) UUID id, @Schema(required = true, examples = "MAINT-10K") String code,
            @Schema(required = true, examples = "10 000 km 保养") String name, @Schema(required = true) boolean active,
            @Schema(required = true) List<CannedJobLine> lines, @Schema(required = true) long version) {}

    @Schema(name = "CannedJobLine", description = "A JOB (description, hours, pricingMode, team) or PART (partNumber, description, quantity, unitPrice, grade, criticalSystem) of a canned job; "
            + "a line picked from the catalogue (cataloguePartId / catalogueOperationId) needs only its quantity, the catalogue fills the rest and prices it at use.")
    public record CannedJobLine(
            @Schema(required = true) @NotNull LineKind kind,
            @Schema(required = true, examples = "更换机油及机滤") @NotBlank @Size(max = 300) String description,
            @Schema(nullable = true, examples = "LUB-001") @Size(max = 40) String operationCode,
            @Schema(nullable = true, examples = "1.0") @DecimalMin(value = "0", inclusive = false) @DecimalMax("999") @Digits(integer = 4, fraction = 2) BigDecimal hours,
            @Schema(nullable = true) PricingMode pricingMode,
            @Schema(nullable = true) WorkshopTeam team,
            @Schema(nullable = true, examples = "06L115562B") @Size(max = 40) String partNumber,
            @Schema(nullable = true, examples = "1") @DecimalMin(value = "0", inclusive = false) @Digits(integer = 8, fraction = 2) BigDecimal quantity,
            @Schema(nullable = true, examples = "85.00") @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal unitPrice,
            @Schema(nullable = true) PartGrade grade,
            @Schema(nullable = true) Boolean criticalSystem,
            @Schema(nullable = true, description = "PART lines (issue 8): the catalogue part. Set up, it fills part number, grade, critical flag, the list price (shown) and by default the "
                    + "description; when the canned job is used the line is priced by the catalogue then (its list price, grade and flag, R-CHK-5).") UUID cataloguePartId,
            @Schema(nullable = true, description = "JOB lines (issue 8): the catalogue labour operation. Set up, it fills the operation code, the default hours (shown) and by default the "
                    + "description; when used the line takes the operation's hours for the vehicle's model family and its system (R-CHK-4).") UUID catalogueOperationId) {}

    @Schema(name = "CannedJobRequest")
    public record CannedJobRequest(@Schema(required = true, examples = "MAINT-10K") @NotBlank @Size(max = 30) String code,
            @Schema(required = true, examples = "10 000 km 保养") @NotBlank @Size(max = 120) String name,
            @Schema(required = true) boolean active,
            @Schema(required = true) @NotEmpty @Size(max = 50) List<@Valid @NotNull CannedJobLine> lines) {}
}
