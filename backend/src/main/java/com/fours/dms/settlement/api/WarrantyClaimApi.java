package com.fours.dms.settlement.api;

import com.fours.dms.settlement.WarrantyClaimStatus;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API types of warranty claims (issue 10, R-CHK-7) and the insurer's share of a bill (R-DEL-3). */
public final class WarrantyClaimApi {
    private WarrantyClaimApi() {}

    @Schema(name = "WarrantyClaimLine", description = "A warranty line of the bill the claim covers.")
    public record ClaimLine(
            @Schema(required = true) UUID lineId,
            @Schema(required = true, examples = "LABOUR") String kind,
            @Schema(nullable = true, examples = "OP-1203") String code,
            @Schema(required = true, examples = "更换水泵") String description,
            @Schema(required = true, examples = "1.50") BigDecimal quantity,
            @Schema(required = true, examples = "225.00") BigDecimal amount) {}

    @Schema(name = "WarrantyClaim", description = "R-CHK-7: a claim to the manufacturer for the warranty lines of a bill: op code, causal part, labour hours, photo links, DRAFT → SUBMITTED → ACCEPTED (paid amount) | REJECTED (reason), with who and when.")
    public record ClaimView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID settlementId,
            @Schema(required = true) UUID repairOrderId,
            @Schema(required = true, examples = "ROBJ010000001") String orderNumber,
            @Schema(nullable = true, examples = "JSBJ01-000001") String billNumber,
            @Schema(required = true) WarrantyClaimStatus status,
            @Schema(nullable = true, examples = "OP-1203") String opCode,
            @Schema(nullable = true, examples = "06H121026DD") String causalPart,
            @Schema(nullable = true, examples = "1.50") BigDecimal labourHours,
            @Schema(required = true, examples = "225.00") BigDecimal claimedAmount,
            @Schema(required = true) List<ClaimLine> lines,
            @Schema(required = true, description = "Links to the photos that prove the claim (e.g. inspection or quality-check photos).") List<String> photoLinks,
            @Schema(nullable = true) String notes,
            @Schema(nullable = true, examples = "FAW-2026-118842") String claimReference,
            @Schema(nullable = true, examples = "225.00") BigDecimal paidAmount,
            @Schema(nullable = true) String decisionReason,
            @Schema(nullable = true) String submittedBy,
            @Schema(nullable = true) Instant submittedAt,
            @Schema(nullable = true) String decidedBy,
            @Schema(nullable = true) Instant decidedAt,
            @Schema(required = true) String createdBy,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) List<String> availableActions,
            @Schema(required = true, examples = "0") long version) {}

    @Schema(name = "WarrantyClaimList", description = "One page of the store's warranty claims, the newest first; pass nextCursor back as cursor for the next page.")
    public record ClaimList(
            @Schema(required = true) List<ClaimView> items,
            @Schema(nullable = true, description = "Opaque cursor for the next page; null when there is none.") String nextCursor) {}

    @Schema(name = "WarrantyClaimRequest", description = "The claim's details (in DRAFT). Left out when opening: the op code of the first warranty labour line, the part number of the first warranty part, the warranty labour hours.")
    public record ClaimRequest(
            @Schema(nullable = true, examples = "OP-1203") @Size(max = 60) String opCode,
            @Schema(nullable = true, examples = "06H121026DD") @Size(max = 60) String causalPart,
            @Schema(nullable = true, examples = "1.50") @DecimalMin("0") @Digits(integer = 4, fraction = 2) BigDecimal labourHours,
            @Schema(nullable = true) @Size(max = 20) List<@NotBlank @Size(max = 500) String> photoLinks,
            @Schema(nullable = true) @Size(max = 1000) String notes) {}

    @Schema(name = "WarrantyClaimSubmitRequest", description = "Submitting the claim, with the manufacturer's claim reference if it gave one.")
    public record SubmitRequest(@Schema(nullable = true, examples = "FAW-2026-118842") @Size(max = 60) String claimReference) {}

    @Schema(name = "WarrantyClaimAcceptRequest", description = "The manufacturer accepted the claim and pays paidAmount (at most what was claimed).")
    public record AcceptRequest(
            @Schema(required = true, examples = "225.00") @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal paidAmount,
            @Schema(nullable = true) @Size(max = 1000) String reason) {}

    @Schema(name = "WarrantyClaimRejectRequest", description = "The manufacturer rejected the claim, with its reason.")
    public record RejectRequest(@Schema(required = true, examples = "超出保修期") @NotBlank @Size(max = 1000) String reason) {}

    @Schema(name = "InsurerBillingRequest", description = "R-DEL-3: the insurer's share of a finalised bill (e.g. the assessed amount of an accident repair), billed to the insurer's credit account as a receivable; at most the balance.")
    public record InsurerRequest(
            @Schema(required = true) @NotNull UUID accountId,
            @Schema(required = true, examples = "1200.00") @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @Schema(nullable = true, examples = "PICC-RDAA2026110012345") @Size(max = 100) String claimNumber) {}
}
