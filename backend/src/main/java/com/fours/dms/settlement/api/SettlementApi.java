package com.fours.dms.settlement.api;

import com.fours.dms.approval.api.ApprovalApi.LedgerEntryView;
import com.fours.dms.repairorder.PayType;
import com.fours.dms.repairorder.RepairOrderStatus;
import com.fours.dms.settlement.BillLineKind;
import com.fours.dms.settlement.DiscountStatus;
import com.fours.dms.settlement.FapiaoStatus;
import com.fours.dms.settlement.LineSource;
import com.fours.dms.settlement.PaymentKind;
import com.fours.dms.settlement.SettlementStatus;
import com.fours.dms.settlement.Tender;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API types of settlement and delivery (issue 10, R-DEL-1..5, R-REP-4). Money is a decimal string-safe number to the fen (HALF_UP once per line, per percent discount and for the VAT). */
public final class SettlementApi {
    private SettlementApi() {}

    @Schema(name = "SettlementSettings", description = "A store's settlement numbers: whether catalogue prices include VAT (R-DEL-1), and the discount limit of advisors and cashiers (R-DEL-2): the stricter of a percent of the customer-pay lines and an amount. The authorization tolerance is the store setting authorizationTolerance.")
    public record SettingsView(
            @Schema(required = true, examples = "true") boolean pricesIncludeVat,
            @Schema(required = true, examples = "5.00") BigDecimal discountLimitPercent,
            @Schema(required = true, examples = "200.00") BigDecimal discountLimitAmount,
            @Schema(required = true, examples = "0") long version) {}

    @Schema(name = "SettlementSettingsRequest", description = "New settlement numbers (service manager).")
    public record SettingsRequest(
            @Schema(required = true) @NotNull Boolean pricesIncludeVat,
            @Schema(required = true, examples = "5.00") @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal discountLimitPercent,
            @Schema(required = true, examples = "200.00") @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal discountLimitAmount) {}

    @Schema(name = "SettlementQueueItem", description = "An order ready for delivery (or settled, not yet delivered) and its bill, if one was drawn up.")
    public record QueueItem(
            @Schema(required = true) UUID repairOrderId,
            @Schema(required = true, examples = "ROBJ010000001") String orderNumber,
            @Schema(required = true) RepairOrderStatus orderStatus,
            @Schema(nullable = true, examples = "京A12345") String plate,
            @Schema(nullable = true, examples = "卡罗拉") String model,
            @Schema(nullable = true) UUID settlementId,
            @Schema(nullable = true) SettlementStatus settlementStatus,
            @Schema(nullable = true, examples = "JSBJ01-000001") String settlementNumber,
            @Schema(nullable = true, examples = "1378.60") BigDecimal balance) {}

    @Schema(name = "SettlementQueue", description = "One page of the cashier's queue, the longest waiting first; pass nextCursor back as cursor for the next page.")
    public record Queue(
            @Schema(required = true) List<QueueItem> items,
            @Schema(nullable = true, description = "Opaque cursor for the next page; null when there is none.") String nextCursor) {}

    @Schema(name = "SettlementLine", description = "A statement line: labour, material or fee, its pay type and where it came from; discount is what applied/approved discounts take off it.")
    public record LineView(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "1") int position,
            @Schema(required = true) BillLineKind kind,
            @Schema(required = true) PayType payType,
            @Schema(required = true) LineSource source,
            @Schema(nullable = true) UUID orderLineId,
            @Schema(nullable = true) UUID supplementaryItemId,
            @Schema(nullable = true, examples = "04465-02220") String code,
            @Schema(required = true, examples = "更换前刹车片") String description,
            @Schema(required = true, examples = "1.00") BigDecimal quantity,
            @Schema(required = true, examples = "150.00") BigDecimal unitPrice,
            @Schema(required = true, examples = "150.00") BigDecimal amount,
            @Schema(required = true, examples = "0.00") BigDecimal discount,
            @Schema(nullable = true, description = "An adjustment's reason.") String reason) {}

    @Schema(name = "SettlementDifference", description = "R-DEL-1: a difference from the signed estimate, with its reason: a SUPPLEMENTARY item the customer approved, the cashier's ADJUSTMENT, a DISCOUNT.")
    public record Difference(
            @Schema(required = true, examples = "SUPPLEMENTARY") String kind,
            @Schema(nullable = true) UUID lineId,
            @Schema(required = true, examples = "更换前刹车片") String description,
            @Schema(required = true, examples = "540.00", description = "What it changes on the customer-pay lines (a discount is negative); 0 for a line another pay type pays.") BigDecimal amount,
            @Schema(required = true, examples = "张伟 approved by PHONE") String reason,
            @Schema(nullable = true) String by,
            @Schema(nullable = true) Instant at) {}

    @Schema(name = "SettlementGate", description = "R-DEL-1: the customer-pay lines priced by the estimate's rule (comparableTotal) against what the customer authorized (approval ledger) plus the store's tolerance. blocked: finalising is refused until the customer re-approves or the service manager overrides with a reason (an override covers the total as it was then).")
    public record Gate(
            @Schema(required = true, examples = "768.40") BigDecimal authorizedTotal,
            @Schema(required = true, examples = "800.00") BigDecimal comparableTotal,
            @Schema(required = true, examples = "0.00") BigDecimal tolerance,
            @Schema(required = true, examples = "31.60") BigDecimal exceededBy,
            @Schema(required = true, examples = "0") int pendingItems,
            @Schema(required = true) boolean blocked,
            @Schema(nullable = true) String overrideBy,
            @Schema(nullable = true) String overrideReason,
            @Schema(nullable = true) Instant overrideAt) {}

    @Schema(name = "SettlementDiscount", description = "R-DEL-2: a discount on a line (lineId) or on the total, with who asked, why, and the service manager's decision.")
    public record DiscountView(
            @Schema(required = true) UUID id,
            @Schema(nullable = true) UUID lineId,
            @Schema(required = true, examples = "50.00") BigDecimal amount,
            @Schema(nullable = true, examples = "10.00") BigDecimal percent,
            @Schema(required = true, examples = "老客户") String reason,
            @Schema(required = true) DiscountStatus status,
            @Schema(required = true) String requestedBy,
            @Schema(required = true) Instant requestedAt,
            @Schema(nullable = true) String decidedBy,
            @Schema(nullable = true) Instant decidedAt,
            @Schema(nullable = true) String decisionReason) {}

    @Schema(name = "SettlementPayment", description = "R-DEL-3: a payment by one tender (amount is what it paid of the bill; cash: tendered and the change given) or a refund.")
    public record PaymentView(
            @Schema(required = true) UUID id,
            @Schema(required = true) PaymentKind kind,
            @Schema(required = true) Tender tender,
            @Schema(required = true, examples = "500.00") BigDecimal amount,
            @Schema(nullable = true, examples = "1000.00") BigDecimal tendered,
            @Schema(nullable = true, examples = "500.00") BigDecimal change,
            @Schema(nullable = true) String reference,
            @Schema(nullable = true) String reason,
            @Schema(required = true) String recordedBy,
            @Schema(required = true) Instant recordedAt,
            @Schema(nullable = true, description = "ON_ACCOUNT: the receivable raised on the customer's credit account (R-DEL-3).") UUID receivableId) {}

    @Schema(name = "SettlementTotals", description = "The bill's figures. labour/materials/fees: customer-pay lines by kind before discounts; pricesIncludeVat says whether vat is contained in customerPayable or added to net.")
    public record Totals(
            @Schema(required = true, examples = "300.00") BigDecimal labour,
            @Schema(required = true, examples = "540.00") BigDecimal materials,
            @Schema(required = true, examples = "0.00") BigDecimal fees,
            @Schema(required = true, examples = "840.00") BigDecimal customerLines,
            @Schema(required = true, examples = "40.00") BigDecimal discounts,
            @Schema(required = true, examples = "707.96") BigDecimal net,
            @Schema(required = true, examples = "92.04") BigDecimal vat,
            @Schema(required = true, examples = "800.00") BigDecimal customerPayable,
            @Schema(required = true, examples = "0.00") BigDecimal warranty,
            @Schema(required = true, examples = "0.00") BigDecimal internal,
            @Schema(required = true, examples = "0.00") BigDecimal goodwill,
            @Schema(required = true, examples = "300.00") BigDecimal paid,
            @Schema(required = true, examples = "500.00") BigDecimal balance,
            @Schema(required = true, examples = "200.00", description = "The appointment's deposit not yet applied (R-APT-4).") BigDecimal depositAvailable) {}

    @Schema(name = "SettlementFapiao", description = "The official invoice as the cashier recorded it from the tax platform (never invented), and its red-letter correction.")
    public record Fapiao(
            @Schema(required = true) FapiaoStatus status,
            @Schema(nullable = true, examples = "24112000000012345678") String number,
            @Schema(nullable = true) LocalDate date,
            @Schema(nullable = true) String redNumber,
            @Schema(nullable = true) LocalDate redDate,
            @Schema(nullable = true) String redReason) {}

    @Schema(name = "SettlementDelivery", description = "R-DEL-5 / R-REP-4: the advisor's delivery checklist as the customer signed it.")
    public record DeliveryView(
            @Schema(required = true) boolean workExplained,
            @Schema(required = true) boolean oldPartsShown,
            @Schema(required = true) boolean walkAroundDone,
            @Schema(nullable = true, examples = "6.5") BigDecimal brakeFrontMm,
            @Schema(nullable = true, examples = "7.0") BigDecimal brakeRearMm,
            @Schema(nullable = true, examples = "5.2") BigDecimal tyreTreadMm,
            @Schema(nullable = true, examples = "60") Integer tyreLifePercent,
            @Schema(nullable = true) LocalDate nextServiceDate,
            @Schema(nullable = true, examples = "60000") Integer nextServiceKm,
            @Schema(required = true, description = "The declined safety-critical items the customer signed for (R-REP-4).") List<String> declinedSafetyItems,
            @Schema(nullable = true) String notes,
            @Schema(required = true, examples = "张伟") String signerName,
            @Schema(required = true) String deliveredBy,
            @Schema(required = true) Instant deliveredAt) {}

    @Schema(name = "Settlement", description = "结算清单: the statement of a repair order, its gate (R-DEL-1), discounts (R-DEL-2), payments (R-DEL-3), fapiao, release note (R-DEL-4) and delivery (R-DEL-5). number is assigned at finalisation and kept when void. version for If-Match.")
    public record View(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "BJ01") String storeCode,
            @Schema(required = true) UUID repairOrderId,
            @Schema(required = true, examples = "ROBJ010000001") String orderNumber,
            @Schema(required = true) RepairOrderStatus orderStatus,
            @Schema(nullable = true, examples = "京A12345") String plate,
            @Schema(nullable = true, examples = "卡罗拉") String model,
            @Schema(nullable = true) UUID advisorId,
            @Schema(nullable = true, examples = "张伟") String signedBy,
            @Schema(nullable = true) Instant signedAt,
            @Schema(required = true) SettlementStatus status,
            @Schema(nullable = true, examples = "JSBJ01-000001") String number,
            @Schema(required = true, examples = "CNY") String currency,
            @Schema(required = true) boolean pricesIncludeVat,
            @Schema(required = true, examples = "13.00") BigDecimal taxRatePercent,
            @Schema(required = true) List<LineView> lines,
            @Schema(required = true) Totals totals,
            @Schema(required = true, examples = "768.40", description = "The signed estimate's customer payable.") BigDecimal signedTotal,
            @Schema(required = true) List<Difference> differences,
            @Schema(required = true) Gate gate,
            @Schema(required = true) List<DiscountView> discounts,
            @Schema(required = true, examples = "5.00") BigDecimal discountLimitPercent,
            @Schema(required = true, examples = "200.00") BigDecimal discountLimitAmount,
            @Schema(required = true) List<PaymentView> payments,
            @Schema(required = true) Fapiao fapiao,
            @Schema(nullable = true) String finalisedBy,
            @Schema(nullable = true) Instant finalisedAt,
            @Schema(nullable = true) String voidReason,
            @Schema(nullable = true) String voidedBy,
            @Schema(nullable = true) Instant voidedAt,
            @Schema(nullable = true, description = "R-DEL-4: when the release note was issued (the key tag and slot were freed then).") Instant releaseNoteAt,
            @Schema(nullable = true) String releaseNoteBy,
            @Schema(nullable = true) DeliveryView delivery,
            @Schema(required = true, description = "The authorization history the statement prints (approval ledger).") List<LedgerEntryView> authorizationHistory,
            @Schema(required = true, examples = "[\"finalise\"]") List<String> availableActions,
            @Schema(required = true, examples = "3") long version) {}

    @Schema(name = "SettlementAdjustmentRequest", description = "R-DEL-1: a difference from what was authorized, e.g. a part issued in a larger quantity; the reason is required.")
    public record AdjustmentRequest(
            @Schema(required = true) @NotNull BillLineKind kind,
            @Schema(required = true) @NotNull PayType payType,
            @Schema(nullable = true, examples = "08880-83715") @Size(max = 60) String code,
            @Schema(required = true, examples = "机油（多用 0.5 L）") @NotBlank @Size(max = 300) String description,
            @Schema(required = true, examples = "0.50") @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 8, fraction = 2) BigDecimal quantity,
            @Schema(required = true, examples = "80.00") @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal unitPrice,
            @Schema(required = true, examples = "发动机实际用油 4.5 L") @NotBlank @Size(max = 1000) String reason) {}

    @Schema(name = "SettlementDiscountRequest", description = "R-DEL-2: a discount on a customer-pay line (lineId) or on the total; amount or percent (of the line, or of the customer-pay lines). Within the limit it applies at once; above it it waits for the service manager (a service manager's own discount applies).")
    public record DiscountRequest(
            @Schema(nullable = true) UUID lineId,
            @Schema(nullable = true, examples = "50.00") @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @Schema(nullable = true, examples = "10") @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal percent,
            @Schema(required = true, examples = "老客户") @NotBlank @Size(max = 1000) String reason) {}

    @Schema(name = "SettlementDiscountDecision", description = "R-DEL-2: the service manager approves or refuses a discount request, with a reason.")
    public record DecisionRequest(
            @Schema(required = true) @NotNull Boolean approve,
            @Schema(required = true, examples = "同意，VIP 客户") @NotBlank @Size(max = 1000) String reason) {}

    @Schema(name = "SettlementReason", description = "A service manager's reason (override of the authorization, void).")
    public record ReasonRequest(@Schema(required = true, examples = "客户电话确认，追加费用由店里承担风险") @NotBlank @Size(max = 1000) String reason) {}

    @Schema(name = "SettlementPaymentRequest", description = "R-DEL-3: one tender. CASH: tendered is what the customer handed over (the change is given back); others: amount (at most the balance). DEPOSIT applies the appointment's deposit (amount optional: all of it up to the balance). ON_ACCOUNT charges the customer's credit account (amount optional: the balance), raising a receivable due after the account's terms; refused with 422 R-DEL-3 naming the credit available when it is above it or the customer has no active account.")
    public record PaymentRequest(
            @Schema(required = true) @NotNull Tender tender,
            @Schema(nullable = true, examples = "500.00") @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @Schema(nullable = true, examples = "1000.00") @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2) BigDecimal tendered,
            @Schema(nullable = true, examples = "POS 000123") @Size(max = 100) String reference) {}

    @Schema(name = "SettlementFapiaoRequest", description = "The fapiao number and date the tax platform assigned (the cashier enters them); redLetter: a red-letter correction of the issued one, with its reason.")
    public record FapiaoRequest(
            @Schema(required = true, examples = "24112000000012345678") @NotBlank @Size(max = 40) String number,
            @Schema(required = true) @NotNull LocalDate date,
            @Schema(nullable = true) Boolean redLetter,
            @Schema(nullable = true, examples = "抬头有误") @Size(max = 1000) String reason) {}

    @Schema(name = "SettlementDeliveryRequest", description = "R-DEL-5 / R-REP-4: the advisor's delivery checklist and the customer's signature; closes the order.")
    public record DeliveryRequest(
            @Schema(required = true) @NotNull Boolean workExplained,
            @Schema(required = true) @NotNull Boolean oldPartsShown,
            @Schema(required = true) @NotNull Boolean walkAroundDone,
            @Schema(nullable = true, examples = "6.5") @DecimalMin("0") @DecimalMax("50") BigDecimal brakeFrontMm,
            @Schema(nullable = true, examples = "7.0") @DecimalMin("0") @DecimalMax("50") BigDecimal brakeRearMm,
            @Schema(nullable = true, examples = "5.2") @DecimalMin("0") @DecimalMax("30") BigDecimal tyreTreadMm,
            @Schema(nullable = true, examples = "60") @Min(0) @Max(100) Integer tyreLifePercent,
            @Schema(nullable = true) LocalDate nextServiceDate,
            @Schema(nullable = true, examples = "60000") @Min(0) @Max(9_999_999) Integer nextServiceKm,
            @Schema(nullable = true, description = "Required true when the order has declined safety-critical items: the customer signs for them (R-REP-4).") Boolean declinedSafetyAcknowledged,
            @Schema(nullable = true) @Size(max = 1000) String notes,
            @Schema(required = true, examples = "张伟") @NotBlank @Size(max = 100) String signerName,
            @Schema(required = true, description = "The customer's signature: a PNG, base64, at most 512 KB") @NotBlank String signaturePng) {}

    @Schema(name = "SettlementInboxItem", description = "For the service manager: a bill with a discount request waiting or blocked by R-DEL-1.")
    public record InboxItem(
            @Schema(required = true) UUID settlementId,
            @Schema(required = true) UUID repairOrderId,
            @Schema(required = true) String orderNumber,
            @Schema(required = true, examples = "DISCOUNT") String kind,
            @Schema(nullable = true) DiscountView discount,
            @Schema(nullable = true) Gate gate) {}

    @Schema(name = "SettlementInbox", description = "The service manager's discount and override inbox, oldest first.")
    public record Inbox(@Schema(required = true) List<InboxItem> items) {}
}
