package com.fours.dms.approval.api;

import com.fours.dms.approval.AuthorizerRelation;
import com.fours.dms.approval.DecisionChannel;
import com.fours.dms.approval.ItemDecision;
import com.fours.dms.approval.ItemStatus;
import com.fours.dms.approval.LinkStatus;
import com.fours.dms.approval.Requirement;
import com.fours.dms.repairorder.DisclaimerCode;
import com.fours.dms.repairorder.LineKind;
import com.fours.dms.repairorder.PartGrade;
import com.fours.dms.repairorder.PartSupplier;
import com.fours.dms.repairorder.PayType;
import com.fours.dms.repairorder.PricingMode;
import com.fours.dms.repairorder.WorkshopTeam;
import com.fours.dms.repairorder.api.RepairOrderApi.LineRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API types of supplementary items, the customer's decisions and the approval ledger (R-REP-3, R-REP-4). */
public final class ApprovalApi {
    private ApprovalApi() {}

    // ---- reporting ------------------------------------------------------------------------

    @Schema(name = "SupplementaryItemRequest", description = "R-REP-3: a finding the workshop reports (or revises) on a handed-over order: what, the proposed labour and part lines "
            + "(priced like estimate lines with the order's labour rate and VAT), the added work time and how strongly it is advised.")
    public record ReportRequest(
            @Schema(required = true, examples = "左前刹车片剩余2mm，建议更换") @NotBlank @Size(max = 500) String description,
            @Schema(required = true, description = "JOB and PART lines, as estimate lines (RepairOrderLineRequest); FEE lines are refused.") @NotEmpty @Size(max = 20) List<@Valid @NotNull LineRequest> lines,
            @Schema(required = true, examples = "45", description = "Minutes of work the item adds; the promised time moves by them over the store's hours when approved.") @NotNull @Min(0) @Max(10080) Integer extraMinutes,
            @Schema(nullable = true, description = "Brakes, steering, tyres, airbags …; a declined safety-critical item is signed for at delivery (R-REP-4). Default false.") Boolean safetyCritical,
            @Schema(required = true, examples = "RECOMMENDED") @NotNull Requirement requirement,
            @Schema(nullable = true, description = "Revisions only: why the price or scope changed (required there).", examples = "拆检后发现刹车盘也需更换") @Size(max = 500) String changeReason) {}

    @Schema(name = "SupplementaryItemLine", description = "A proposed line as priced for this item version (fields of the other kind are null).")
    public record ItemLine(
            @Schema(required = true) LineKind kind,
            @Schema(required = true) PayType payType,
            @Schema(required = true, examples = "更换左前刹车片") String description,
            @Schema(nullable = true, examples = "BRK-010") String operationCode,
            @Schema(nullable = true, examples = "0.80") BigDecimal hours,
            @Schema(nullable = true, examples = "150.00") BigDecimal labourRate,
            @Schema(nullable = true) PricingMode pricingMode,
            @Schema(nullable = true) WorkshopTeam team,
            @Schema(nullable = true, description = "ITEM pricing: the customer was told quality is not guaranteed.") Boolean customerInformed,
            @Schema(nullable = true, examples = "3C0698151A") String partNumber,
            @Schema(nullable = true, examples = "1.00") BigDecimal quantity,
            @Schema(nullable = true, examples = "420.00") BigDecimal unitPrice,
            @Schema(nullable = true) PartSupplier supplier,
            @Schema(nullable = true) PartGrade grade,
            @Schema(nullable = true) Boolean criticalSystem,
            @Schema(required = true, examples = "120.00", description = "Rounded HALF_UP to 0.01, exactly as an estimate line.") BigDecimal amount,
            @Schema(required = true) List<DisclaimerCode> disclaimers) {

        /** The line as the repair order takes it when the customer approves it. */
        public LineRequest toRequest() {
            return com.fours.dms.repairorder.api.RepairOrderApiLineRequestBuilder.builder()
                    .kind(kind).payType(payType).description(description).operationCode(operationCode).hours(hours).pricingMode(pricingMode).team(team)
                    .diagnosis(false).customerInformed(customerInformed).partNumber(partNumber).quantity(quantity).unitPrice(unitPrice).supplier(supplier)
                    .grade(grade).criticalSystem(criticalSystem)
                    .build();
        }
    }

    @Schema(name = "SupplementaryItemVersion", description = "One proposal of the item, priced once and never changed; a later change of price or scope is a new version that needs a new decision.")
    public record ItemVersionView(
            @Schema(required = true, examples = "1") int version,
            @Schema(required = true, examples = "左前刹车片剩余2mm，建议更换") String description,
            @Schema(required = true, examples = "45") int extraMinutes,
            @Schema(required = true) boolean safetyCritical,
            @Schema(required = true) Requirement requirement,
            @Schema(required = true) List<ItemLine> lines,
            @Schema(required = true, examples = "540.00", description = "Customer-pay subtotal of the lines (before VAT).") BigDecimal customerPay,
            @Schema(required = true, examples = "540.00", description = "All lines, every pay type, before VAT.") BigDecimal total,
            @Schema(nullable = true, examples = "拆检后发现刹车盘也需更换") String changeReason,
            @Schema(required = true, examples = "tech-li") String createdBy,
            @Schema(required = true) Instant createdAt,
            @Schema(nullable = true, description = "The customer's decision on this version; null while none.") ItemDecision decision,
            @Schema(nullable = true, description = "The ledger entry of that decision.") UUID ledgerEntryId) {}

    @Schema(name = "SupplementaryItemPhoto")
    public record PhotoView(@Schema(required = true) UUID id, @Schema(required = true, examples = "image/jpeg") String mediaType,
            @Schema(required = true, examples = "245760") int sizeBytes, @Schema(required = true) boolean thumbnailAvailable,
            @Schema(required = true, examples = "tech-li") String uploadedBy, @Schema(required = true) Instant createdAt) {}

    @Schema(name = "SupplementaryItem", description = "R-REP-3: a supplementary item (追加维修项目) with every version, its photos and where it stands. ETag carries `version`.")
    public record ItemView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID repairOrderId,
            @Schema(required = true, examples = "ROBJ010000001") String orderNumber,
            @Schema(required = true, examples = "AWAITING_DECISION") ItemStatus status,
            @Schema(required = true, examples = "1", description = "The latest version (the one awaiting or last given a decision).") int currentVersion,
            @Schema(nullable = true, examples = "1", description = "The version in force (its lines are on the order); null while none was approved.") Integer approvedVersion,
            @Schema(required = true, description = "The order lines of the version in force.") List<UUID> orderLineIds,
            @Schema(nullable = true, description = "R-PRE-3: the found-not-fixed record on the vehicle after the customer declined it.") UUID findingId,
            @Schema(required = true, examples = "tech-li") String reportedBy,
            @Schema(required = true) Instant reportedAt,
            @Schema(required = true, description = "Oldest first.") List<ItemVersionView> versions,
            @Schema(required = true) List<PhotoView> photos,
            @Schema(required = true, examples = "[\"revise\", \"add-photo\"]", description = "What can be done now.") List<String> availableActions,
            @Schema(required = true, description = "Version; also the ETag.") long version) {}

    @Schema(name = "SupplementaryItemList")
    public record ItemList(@Schema(required = true, description = "Oldest first.") List<ItemView> items) {}

    @Schema(name = "AwaitingDecisionItem", description = "R-REP-3: a supplementary item of the store whose latest version waits for the customer's decision.")
    @com.fours.dms.shared.api.BuiltByName
    public record AwaitingItem(
            @Schema(required = true) UUID itemId,
            @Schema(required = true) UUID repairOrderId,
            @Schema(required = true, examples = "ROBJ010000001") String orderNumber,
            @Schema(required = true, examples = "1") int version,
            @Schema(required = true, examples = "左前刹车片剩余2mm，建议更换") String description,
            @Schema(required = true) boolean safetyCritical,
            @Schema(required = true) Requirement requirement,
            @Schema(required = true, examples = "540.00", description = "Customer-pay subtotal of the version (before VAT).") BigDecimal customerPay,
            @Schema(required = true, description = "When this version was reported.") Instant reportedAt) {}

    @Schema(name = "AwaitingDecisionPage", description = "A page of the store's items awaiting the customer's decision, oldest first; pass nextCursor back as cursor for the next.")
    public record AwaitingPage(@Schema(required = true) List<AwaitingItem> items,
            @Schema(nullable = true, description = "Opaque cursor for the next page; null when there is none.") String nextCursor) {
        public static AwaitingPage of(com.fours.dms.shared.persistence.Page<AwaitingItem> page) {
            return new AwaitingPage(page.items(), page.nextCursor());
        }
    }

    // ---- the sheet the customer decides on --------------------------------------------------

    @Schema(name = "ApprovalSheetItem", description = "An item version as the customer is shown it.")
    public record SheetItem(
            @Schema(required = true) UUID itemId,
            @Schema(required = true, examples = "1") int version,
            @Schema(required = true, examples = "左前刹车片剩余2mm，建议更换") String description,
            @Schema(required = true) boolean safetyCritical,
            @Schema(required = true) Requirement requirement,
            @Schema(required = true, examples = "45") int extraMinutes,
            @Schema(required = true) List<ItemLine> lines,
            @Schema(required = true, examples = "540.00", description = "Customer-pay subtotal (before VAT).") BigDecimal customerPay,
            @Schema(nullable = true, examples = "1", description = "A revision of an approved item: the version in force, which this one replaces if approved.") Integer replacesVersion,
            @Schema(required = true, examples = "540.00", description = "What approving adds to the authorized customer-pay subtotal (a revision: the change against the version in force).") BigDecimal addsCustomerPay,
            @Schema(required = true, examples = "45", description = "Minutes approving adds to the promised time.") int addsMinutes,
            @Schema(required = true, description = "Photos the customer sees.") List<UUID> photoIds) {}

    @Schema(name = "ApprovalTotalOption", description = "The authorized total for one sum of approved items (look up by the sum of their addsCustomerPay).")
    public record TotalOption(@Schema(required = true, examples = "540.00") BigDecimal addsCustomerPay,
            @Schema(required = true, examples = "1378.62") BigDecimal total, @Schema(required = true, examples = "610.20") BigDecimal difference) {}

    @Schema(name = "ApprovalPromiseOption", description = "The promised time for one sum of approved minutes (look up by the sum of their addsMinutes).")
    public record PromiseOption(@Schema(required = true, examples = "45") int addsMinutes, @Schema(nullable = true) Instant promisedDeliveryAt) {}

    @Schema(name = "ApprovalSheet", description = "R-REP-3: exactly what the customer is shown to decide on: the items with photos and prices, the authorized total now, and the new "
            + "total and promised time for any choice (tables, so nothing is recomputed on the device). Stored as shown in the ledger.")
    public record ApprovalSheet(
            @Schema(required = true) UUID repairOrderId,
            @Schema(required = true, examples = "ROBJ010000001") String orderNumber,
            @Schema(required = true, examples = "北京朝阳4S店") String storeName,
            @Schema(required = true, examples = "Asia/Shanghai", description = "The store's time zone: times are shown on its wall clock.") String timeZone,
            @Schema(required = true, examples = "京A12345") String plate,
            @Schema(required = true, examples = "大众 帕萨特") String model,
            @Schema(required = true, examples = "张伟") String customerName,
            @Schema(required = true, examples = "CNY") String currency,
            @Schema(required = true, examples = "13.00") BigDecimal taxRatePercent,
            @Schema(required = true, examples = "680.00", description = "The customer-pay subtotal authorized so far (signed estimate + approved items).") BigDecimal authorizedCustomerPay,
            @Schema(required = true, examples = "768.40", description = "Authorized so far, VAT included.") BigDecimal authorizedTotal,
            @Schema(nullable = true) Instant promisedDeliveryAt,
            @Schema(required = true) List<SheetItem> items,
            @Schema(required = true, examples = "1378.60") BigDecimal totalIfAllApproved,
            @Schema(nullable = true) Instant promisedIfAllApproved,
            @Schema(required = true) List<TotalOption> totals,
            @Schema(required = true) List<PromiseOption> promises) {}

    @Schema(name = "HashedApprovalSheet", description = "The sheet and its SHA-256; a decision names the hash of the sheet it was given on.")
    public record SheetView(@Schema(required = true) ApprovalSheet sheet,
            @Schema(required = true, examples = "9f2c0e7d5b1a4c3e8f6d2b0a1c9e7f5d3b1a0c8e6f4d2b0a9c7e5f3d1b0a8c6e") String sheetHash) {}

    // ---- decisions --------------------------------------------------------------------------

    @Schema(name = "ItemDecisionChoice")
    public record Choice(@Schema(required = true) @NotNull UUID itemId, @Schema(required = true, examples = "1") @NotNull @Min(1) Integer version,
            @Schema(required = true) @NotNull ItemDecision decision) {}

    @Schema(name = "InPersonDecisionRequest", description = "R-REP-3 (a): the customer decides each item on the advisor's tablet and signs on screen.")
    public record InPersonRequest(
            @Schema(required = true, description = "The sheetHash of the sheet the customer was shown.", examples = "9f2c0e7d5b1a4c3e8f6d2b0a1c9e7f5d3b1a0c8e6f4d2b0a9c7e5f3d1b0a8c6e") @NotBlank @Size(max = 64) String sheetHash,
            @Schema(required = true, description = "One per item of the sheet.") @NotEmpty @Size(max = 50) List<@Valid @NotNull Choice> decisions,
            @Schema(required = true, examples = "张伟") @NotBlank @Size(max = 120) String signerName,
            @Schema(nullable = true, description = "Default CUSTOMER.") AuthorizerRelation signerRelation,
            @Schema(required = true, description = "The drawn signature: a complete PNG, base64 (max 512 KB decoded).", examples = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGBgAAAABQABpfZFQAAAAABJRU5ErkJggg==") @NotBlank String signaturePng,
            @Schema(nullable = true, examples = "iPad 接待台 2") @Size(max = 200) String device,
            @Schema(required = true, description = "The workshop person told of the decision.", examples = "李师傅") @NotBlank @Size(max = 200) String workshopTold,
            @Schema(nullable = true, examples = "客户要求保留旧件") @Size(max = 2000) String note) {}

    @Schema(name = "PhoneDecisionRequest", description = "R-REP-3 (b): the advisor records a decision given by phone.")
    public record PhoneRequest(
            @Schema(required = true, examples = "9f2c0e7d5b1a4c3e8f6d2b0a1c9e7f5d3b1a0c8e6f4d2b0a9c7e5f3d1b0a8c6e") @NotBlank @Size(max = 64) String sheetHash,
            @Schema(required = true) @NotEmpty @Size(max = 50) List<@Valid @NotNull Choice> decisions,
            @Schema(required = true, description = "When the customer gave the decision (not in the future).") @NotNull Instant calledAt,
            @Schema(required = true, examples = "13812345678") @NotBlank @Size(max = 30) String phoneNumber,
            @Schema(required = true) @NotNull AuthorizerRelation consentBy,
            @Schema(required = true, examples = "张伟") @NotBlank @Size(max = 120) String consentGivenBy,
            @Schema(required = true, description = "What the customer said, in their words.", examples = "刹车片换吧，空调滤芯下次再说") @NotBlank @Size(max = 2000) String customerWords,
            @Schema(required = true, examples = "李师傅") @NotBlank @Size(max = 200) String workshopTold) {}

    @Schema(name = "SendApprovalLinkRequest", description = "R-REP-3 (c): send the customer a link (SMS to the primary phone, e-mail when the customer has an address).")
    public record SendLinkRequest(@Schema(nullable = true, examples = "zh-CN", description = "zh-CN (default) or en.") @Pattern(regexp = "zh-CN|en") String language) {}

    @Schema(name = "LinkDecisionRequest", description = "R-REP-3 (c): the customer decides each item shown by the link and signs on screen.")
    public record LinkDecisionRequest(
            @Schema(required = true, description = "One per item of the link.") @NotEmpty @Size(max = 50) List<@Valid @NotNull Choice> decisions,
            @Schema(required = true, examples = "张伟") @NotBlank @Size(max = 120) String signerName,
            @Schema(required = true, examples = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGBgAAAABQABpfZFQAAAAABJRU5ErkJggg==") @NotBlank String signaturePng) {}

    // ---- links ------------------------------------------------------------------------------

    @Schema(name = "ApprovalLinkMessage", description = "One message of the link through the outbox, and whether it was really sent.")
    public record LinkMessage(@Schema(required = true) UUID id, @Schema(required = true, examples = "SMS") String channel,
            @Schema(required = true, examples = "13812345678") String recipient, @Schema(required = true, examples = "SENT") String status,
            @Schema(required = true, examples = "1") int attempts, @Schema(nullable = true) String lastError, @Schema(nullable = true) Instant sentAt) {}

    @Schema(name = "ItemVersionRef")
    public record ItemVersionRef(@Schema(required = true) UUID itemId, @Schema(required = true, examples = "1") int version) {}

    @Schema(name = "ApprovalLink", description = "R-REP-3 (c): a link sent to the customer (its token is never shown again: only its SHA-256 is kept).")
    public record LinkView(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "ACTIVE") LinkStatus status,
            @Schema(required = true, examples = "zh-CN") String language,
            @Schema(required = true) List<ItemVersionRef> items,
            @Schema(required = true) List<LinkMessage> messages,
            @Schema(required = true, examples = "advisor-wang") String createdBy,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant expiresAt,
            @Schema(nullable = true) Instant usedAt,
            @Schema(nullable = true) UUID ledgerEntryId) {}

    @Schema(name = "ApprovalLinkList")
    public record LinkList(@Schema(required = true, description = "Newest first.") List<LinkView> items) {}

    // ---- the ledger -------------------------------------------------------------------------

    @Schema(name = "ApprovalLedgerLine", description = "A line of a decided item version with its price and the decision.")
    public record LedgerLine(@Schema(required = true) ItemLine line, @Schema(required = true) ItemDecision decision) {}

    @Schema(name = "ApprovalLedgerItem")
    public record LedgerItem(
            @Schema(required = true) UUID itemId,
            @Schema(required = true, examples = "1") int version,
            @Schema(required = true) ItemDecision decision,
            @Schema(required = true, examples = "左前刹车片剩余2mm，建议更换") String description,
            @Schema(required = true) boolean safetyCritical,
            @Schema(required = true) Requirement requirement,
            @Schema(required = true, examples = "45") int extraMinutes,
            @Schema(required = true, examples = "540.00") BigDecimal customerPay,
            @Schema(required = true) List<LedgerLine> lines,
            @Schema(required = true, description = "The order lines the approval added.") List<UUID> orderLineIds,
            @Schema(required = true, description = "Lines of the earlier approved version that left the order.") List<UUID> replacedLineIds,
            @Schema(nullable = true, description = "R-PRE-3: the found-not-fixed record of a declined item.") UUID findingId) {}

    @Schema(name = "ApprovalEvidence", description = "What proves the decision: the drawn signature (GET …/signature), the link's client, the outbox messages.")
    public record Evidence(
            @Schema(required = true) boolean signature,
            @Schema(nullable = true, description = "SHA-256 of the signature PNG.") String signatureSha256,
            @Schema(nullable = true, examples = "iPad 接待台 2") String device,
            @Schema(nullable = true, examples = "203.0.113.7") String clientIp,
            @Schema(nullable = true) String userAgent,
            @Schema(nullable = true) UUID linkId,
            @Schema(required = true, description = "Outbox messages: the link's, and those telling the customer and the workshop.") List<UUID> messageIds) {}

    @Schema(name = "ApprovalLedgerEntry", description = "R-REP-3: one decision, as kept in the append-only ledger. `difference` is authorizedTotalAfter − authorizedTotalBefore.")
    public record LedgerEntryView(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "ROBJ010000001") String orderNumber,
            @Schema(required = true) DecisionChannel channel,
            @Schema(required = true, description = "When the customer decided (a phone decision: the call).") Instant decidedAt,
            @Schema(required = true) Instant recordedAt,
            @Schema(required = true, examples = "张伟") String authorizerName,
            @Schema(required = true) AuthorizerRelation authorizerRelation,
            @Schema(nullable = true, description = "The number called, or where the link was sent.", examples = "13812345678") String contactUsed,
            @Schema(nullable = true, description = "The staff who recorded it; null for the customer's own decision by link.", examples = "advisor-wang") String recordedBy,
            @Schema(required = true, examples = "李师傅") String workshopTold,
            @Schema(nullable = true, examples = "刹车片换吧，空调滤芯下次再说") String customerWords,
            @Schema(required = true, examples = "CNY") String currency,
            @Schema(required = true, examples = "768.40") BigDecimal authorizedTotalBefore,
            @Schema(required = true, examples = "1378.60") BigDecimal authorizedTotalAfter,
            @Schema(required = true, examples = "610.20") BigDecimal difference,
            @Schema(nullable = true) Instant promisedBefore,
            @Schema(nullable = true) Instant promisedAfter,
            @Schema(required = true, examples = "45") int extraMinutes,
            @Schema(required = true) List<LedgerItem> items,
            @Schema(required = true) Evidence evidence,
            @Schema(required = true, description = "SHA-256 of the snapshot (GET …/approval-ledger/{entryId} returns it).") String snapshotSha256) {}

    @Schema(name = "ApprovalLedgerEntryDetail", description = "A ledger entry with the sheet exactly as the customer was shown it.")
    public record LedgerEntryDetail(@Schema(required = true) LedgerEntryView entry, @Schema(required = true) ApprovalSheet shown) {}

    @Schema(name = "OrderAuthorization", description = "R-REP-3 / R-DEL-1: what the customer authorized for the order and whether it still covers it. "
            + "authorizedTotal = the signed estimate plus every approved item (VAT included, customer-pay); withinAuthorization = currentTotal ≤ authorizedTotal + tolerance.")
    public record Authorization(
            @Schema(required = true) UUID repairOrderId,
            @Schema(required = true, examples = "ROBJ010000001") String orderNumber,
            @Schema(required = true, examples = "CNY") String currency,
            @Schema(required = true, examples = "768.40", description = "The signed estimate's customer payable.") BigDecimal signedTotal,
            @Schema(required = true, examples = "1378.60") BigDecimal authorizedTotal,
            @Schema(required = true, examples = "1378.60", description = "The order's customer payable as priced now.") BigDecimal currentTotal,
            @Schema(required = true, examples = "0.00", description = "Store setting authorizationTolerance.") BigDecimal tolerance,
            @Schema(required = true) boolean withinAuthorization,
            @Schema(required = true, examples = "0.00", description = "How much the current total exceeds the authorized total plus tolerance (0 when within).") BigDecimal exceededBy,
            @Schema(required = true, examples = "1", description = "Items still awaiting the customer's decision.") int pendingItems,
            @Schema(required = true, description = "Every decision, oldest first (the print's \"difference from last authorization\").") List<LedgerEntryView> history) {}

    @Schema(name = "DeclinedSafetyItem", description = "R-REP-4: a safety-critical item the customer declined; the customer signs for it at delivery.")
    public record DeclinedSafetyItem(
            @Schema(required = true) UUID itemId,
            @Schema(required = true, examples = "1") int version,
            @Schema(required = true, examples = "左前刹车片剩余2mm，建议更换") String description,
            @Schema(required = true) Requirement requirement,
            @Schema(required = true, examples = "540.00") BigDecimal customerPay,
            @Schema(required = true) Instant declinedAt,
            @Schema(required = true) DecisionChannel channel,
            @Schema(required = true, examples = "张伟") String authorizerName,
            @Schema(required = true) UUID ledgerEntryId,
            @Schema(nullable = true) UUID findingId) {}

    @Schema(name = "DeclinedSafetyItemList")
    public record DeclinedSafetyItems(@Schema(required = true) List<DeclinedSafetyItem> items) {}

    // ---- the customer's public page --------------------------------------------------------

    @Schema(name = "PublicApproval", description = "R-REP-3 (c): what the customer's link shows, exactly as frozen when it was sent.")
    public record PublicApproval(@Schema(required = true) ApprovalSheet sheet, @Schema(required = true) Instant expiresAt,
            @Schema(required = true, examples = "zh-CN") String language) {}

    @Schema(name = "ApprovalDecisionResult", description = "What was recorded: the ledger entry's totals and the new promised time.")
    public record DecisionResult(
            @Schema(required = true) UUID ledgerEntryId,
            @Schema(required = true) DecisionChannel channel,
            @Schema(required = true, examples = "1") int approved,
            @Schema(required = true, examples = "1") int declined,
            @Schema(required = true, examples = "CNY") String currency,
            @Schema(required = true, examples = "1378.60") BigDecimal authorizedTotal,
            @Schema(required = true, examples = "610.20") BigDecimal difference,
            @Schema(nullable = true) Instant promisedDeliveryAt,
            @Schema(required = true) Instant decidedAt) {}
}
