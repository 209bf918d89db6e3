package com.fours.dms.settlement;

import com.fours.dms.shared.error.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * R-CHK-7: the warranty claim of a bill's warranty lines to the manufacturer. State changes only
 * through the named transitions below, each checked by one guard; a wrong one is a 422 problem
 * with the rule id R-CHK-7. The customer's part of the bill is paid and the car delivered
 * whatever the claim's state (partial close per pay type).
 *
 * <pre>
 * DRAFT (edit) → SUBMITTED → ACCEPTED (paid amount) | REJECTED (reason)
 * </pre>
 */
@Entity
@Table(name = "settlement_warranty_claim")
public class WarrantyClaim extends PanacheEntityBase {
    static final String RULE = "R-CHK-7";

    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    @Column(name = "settlement_id")
    public UUID settlementId;

    @Column(name = "repair_order_id")
    public UUID repairOrderId;

    @Column(name = "order_number")
    public String orderNumber;

    @Column(name = "bill_number")
    public String billNumber;

    @Enumerated(EnumType.STRING)
    public WarrantyClaimStatus status;

    @Column(name = "op_code")
    public String opCode;

    @Column(name = "causal_part")
    public String causalPart;

    @Column(name = "labour_hours")
    public BigDecimal labourHours;

    @Column(name = "claimed_amount")
    public BigDecimal claimedAmount;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "photo_links")
    public List<String> photoLinks = new ArrayList<>();

    public String notes;

    @Column(name = "claim_reference")
    public String claimReference;

    @Column(name = "paid_amount")
    public BigDecimal paidAmount;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** In DRAFT: the claim's op code, causal part, labour hours, photo links and notes. */
    public void edit(String opCode, String causalPart, BigDecimal labourHours, List<String> photoLinks, String notes, Instant now) {
        require(WarrantyClaimStatus.DRAFT, "edit");
        this.opCode = opCode;
        this.causalPart = causalPart;
        this.labourHours = labourHours;
        this.photoLinks = new ArrayList<>(photoLinks);
        this.notes = notes;
        updatedAt = now;
    }

    /** DRAFT → SUBMITTED: with the op code, the causal part and the labour hours the manufacturer asks for. */
    public void submit(String reference, String by, Instant now) {
        require(WarrantyClaimStatus.DRAFT, "submit");
        List<String> missing = new ArrayList<>();
        if (opCode == null || opCode.isBlank()) {
            missing.add("opCode");
        }
        if (causalPart == null || causalPart.isBlank()) {
            missing.add("causalPart");
        }
        if (labourHours == null) {
            missing.add("labourHours");
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(422, RULE, "Refused by business rule " + RULE, "A warranty claim is submitted with " + String.join(", ", missing),
                    missing.stream().map(f -> new com.fours.dms.shared.error.Violation(f, "is required to submit the claim")).toList(), null);
        }
        claimReference = reference;
        submittedBy = by;
        submittedAt = now;
        status = WarrantyClaimStatus.SUBMITTED;
        updatedAt = now;
    }

    /** SUBMITTED → ACCEPTED: the manufacturer pays the amount it accepted (at most what was claimed). */
    public void accept(BigDecimal paid, String reason, String by, Instant now) {
        require(WarrantyClaimStatus.SUBMITTED, "accept");
        paidAmount = paid;
        decisionReason = reason;
        decidedBy = by;
        decidedAt = now;
        status = WarrantyClaimStatus.ACCEPTED;
        updatedAt = now;
    }

    /** SUBMITTED → REJECTED, with the manufacturer's reason. */
    public void reject(String reason, String by, Instant now) {
        require(WarrantyClaimStatus.SUBMITTED, "reject");
        decisionReason = reason;
        decidedBy = by;
        decidedAt = now;
        status = WarrantyClaimStatus.REJECTED;
        updatedAt = now;
    }

    /** What the claim's state allows, for the screens to offer. */
    public List<String> availableActions() {
        return switch (status) {
            case DRAFT -> List.of("edit", "submit");
            case SUBMITTED -> List.of("accept", "reject");
            case ACCEPTED, REJECTED -> List.of();
        };
    }

    private void require(WarrantyClaimStatus from, String action) {
        if (status != from) {
            throw new ProblemException(422, RULE, "Refused by business rule " + RULE,
                    "The warranty claim is " + status + "; cannot " + action + " (allowed when " + from + ")");
        }
    }
}
