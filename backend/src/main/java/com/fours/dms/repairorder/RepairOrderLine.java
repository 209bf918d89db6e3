package com.fours.dms.repairorder;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One line of the estimate: a job (labour), a part or a fee (R-CHK-4..7). Amounts are derived by {@link EstimatePricing}. */
@Entity
@Table(name = "repair_order_line")
public class RepairOrderLine extends PanacheEntityBase {
    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "repair_order_id")
    public RepairOrder order;

    @Enumerated(EnumType.STRING)
    public LineKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "pay_type")
    public PayType payType;

    public String description;

    @Column(name = "operation_code")
    public String operationCode;

    public BigDecimal hours;

    @Column(name = "labour_rate")
    public BigDecimal labourRate;

    @Enumerated(EnumType.STRING)
    @Column(name = "pricing_mode")
    public PricingMode pricingMode;

    @Enumerated(EnumType.STRING)
    public WorkshopTeam team;

    /** A diagnosis job: needs the customer's consent first (R-CHK-3). */
    public boolean diagnosis;

    @Column(name = "customer_informed")
    public boolean customerInformed;

    @Column(name = "disassembly_note")
    public String disassemblyNote;

    @Column(name = "part_number")
    public String partNumber;

    public BigDecimal quantity;

    @Column(name = "unit_price")
    public BigDecimal unitPrice;

    @Enumerated(EnumType.STRING)
    public PartSupplier supplier;

    @Enumerated(EnumType.STRING)
    public PartGrade grade;

    @Column(name = "critical_system")
    public boolean criticalSystem;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_type")
    public FeeType feeType;

    @Column(name = "fee_amount")
    public BigDecimal feeAmount;

    /** R-CHK-8: when a part not in stock arrives; null when in stock. */
    @Column(name = "parts_available_at")
    public Instant partsAvailableAt;

    @Column(name = "canned_job_id")
    public UUID cannedJobId;

    /** R-PRE-3: the earlier finding (found but not fixed) this line fixes. */
    @Column(name = "resolves_finding_id")
    public UUID resolvesFindingId;

    /** R-PRE-3: when the customer declined this line (null: accepted); a declined line is out of the totals and of what is signed. */
    @Column(name = "declined_at")
    public Instant declinedAt;

    /** The advisor raised the declined line as safety-critical (a critical-system part is so anyway). */
    @Column(name = "declined_safety_critical")
    public boolean declinedSafetyCritical;
    /** R-REP-3: the supplementary item whose approval added this line; null for the signed estimate's lines. */
    @Column(name = "supplementary_item_id")
    public UUID supplementaryItemId;

    /** Issue 8: the catalogue part or operation the line was picked from, its catalogue price or hours then, and why the advisor moved them. */
    @Column(name = "catalogue_part_id")
    public UUID cataloguePartId;

    @Column(name = "catalogue_operation_id")
    public UUID catalogueOperationId;

    @Column(name = "catalogue_unit_price")
    public BigDecimal catalogueUnitPrice;

    @Column(name = "catalogue_hours")
    public BigDecimal catalogueHours;

    @Column(name = "price_override_reason")
    public String priceOverrideReason;

    /** R-CHK-4: the vehicle system a picked SYSTEM-priced job is priced by. */
    @Column(name = "vehicle_system")
    public String vehicleSystem;

    @Column(name = "created_at")
    public Instant createdAt;

    public boolean declined() {
        return declinedAt != null;
    }

    /** A declined line raised again as safety-critical: a part on a critical system, or the advisor's flag (R-PRE-3, R-REP-4). */
    public boolean safetyCritical() {
        return (kind == LineKind.PART && criticalSystem) || declinedSafetyCritical;
    }

    /** What a declined line leaves undone that the next visit raises again (R-PRE-3): work and parts, not a diagnosis or a fee. */
    boolean becomesFindingWhenDeclined() {
        return (kind == LineKind.JOB && !diagnosis) || kind == LineKind.PART;
    }

    /** Needs the customer's diagnosis consent before it can be added (R-CHK-3). */
    public boolean needsDiagnosisConsent() {
        return (kind == LineKind.JOB && diagnosis) || (kind == LineKind.FEE && feeType == FeeType.DIAGNOSIS);
    }
}
