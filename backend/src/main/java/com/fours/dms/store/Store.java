package com.fours.dms.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A dealer outlet. Every business record belongs to one (its code is in the caller's token). */
@Entity
@Table(name = "store")
public class Store extends PanacheEntityBase {
    @Id
    public String code;

    public String name;
    public String timezone;
    public String currency;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Booking grid (R-APT-3). */
    @Column(name = "slot_minutes")
    public int slotMinutes = 15;

    /** R-APT-7: minutes late before an appointment is a no-show. */
    @Column(name = "no_show_grace_minutes")
    public int noShowGraceMinutes = 30;

    /** R-APT-4: deposit share of high-value parts, in percent. */
    @Column(name = "deposit_share_percent")
    public int depositSharePercent = 50;

    /** R-APT-6: how long before arrival the reminder goes out (half a day to one day). */
    @Column(name = "reminder_lead_hours")
    public int reminderLeadHours = 24;

    /** R-APT-2 / R-PRE-2: same complaint within this many days is a repeat repair. */
    @Column(name = "repeat_repair_window_days")
    public int repeatRepairWindowDays = 30;

    /** R-APT-2: margin added to the work time for the tentative delivery time. */
    @Column(name = "delivery_margin_minutes")
    public int deliveryMarginMinutes = 30;

    /** R-CHK-7: VAT on the customer-pay subtotal, in percent. */
    @Column(name = "tax_rate_percent")
    public java.math.BigDecimal taxRatePercent = new java.math.BigDecimal("13.00");

    /** R-CHK-4: labour rate per hour for the estimate (store currency). */
    @Column(name = "labour_rate")
    public java.math.BigDecimal labourRate = new java.math.BigDecimal("150.00");

    /** R-CHK-4: risk margin added to symptom-priced jobs, in percent. */
    @Column(name = "symptom_risk_margin_percent")
    public java.math.BigDecimal symptomRiskMarginPercent = new java.math.BigDecimal("20.00");

    /** R-CHK-8: the cashier's rush hours, which promised delivery times avoid. */
    @Column(name = "cashier_rush_start")
    public java.time.LocalTime cashierRushStart = java.time.LocalTime.of(17, 0);

    @Column(name = "cashier_rush_end")
    public java.time.LocalTime cashierRushEnd = java.time.LocalTime.of(18, 30);

    /** R-CHK-1: largest inspection photo accepted, in bytes (default 10 MB). */
    @Column(name = "photo_max_bytes")
    public int photoMaxBytes = 10 * 1024 * 1024;

    /** R-APT-6: quiet hours (store-local) in which customer messages are held until they end. */
    @Column(name = "quiet_hours_start")
    public java.time.LocalTime quietHoursStart = java.time.LocalTime.of(21, 0);

    @Column(name = "quiet_hours_end")
    public java.time.LocalTime quietHoursEnd = java.time.LocalTime.of(8, 0);

    /** R-REP-3: how many hours an approval link sent to the customer stays valid (default 24). */
    @Column(name = "approval_link_hours")
    public int approvalLinkHours = 24;

    /** R-REP-3 / R-DEL-1: how much an order may exceed its authorized total (store currency, default 0). */
    @Column(name = "authorization_tolerance")
    public java.math.BigDecimal authorizationTolerance = new java.math.BigDecimal("0.00");

    /** R-REP-2: the share (%) of a job's estimated duration after which the advisor checks its progress (the rule's 70-80, default 75). */
    @Column(name = "progress_check_percent")
    public int progressCheckPercent = 75;
    /** Issue 8 (R-CHK-4): how far an advisor may move a catalogue price or flat-rate hours on an estimate line, in percent (default 10). */
    @Column(name = "catalogue_price_tolerance_percent")
    public java.math.BigDecimal cataloguePriceTolerancePercent = new java.math.BigDecimal("10.00");

    /** R-QC-1: which jobs an inspector inspects (default: safety-related and major ones). */
    @Column(name = "final_inspection_scope")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public FinalInspectionScope finalInspectionScope = FinalInspectionScope.SAFETY_AND_MAJOR;

    /** R-QC-1: a repair is major from this many sold hours (default 4). */
    @Column(name = "major_repair_hours")
    public java.math.BigDecimal majorRepairHours = new java.math.BigDecimal("4.00");

    /** Issue 14: printed on the repair order's head. */
    public String address;

    public String phone;

    /** Issue 14: the store's own terms, printed on every repair order (null: none). */
    @Column(name = "order_terms")
    public String orderTerms;

    /**
     * Issue 14: the quality-warranty terms printed on the repair order. The default is the legal
     * minimum of the 机动车维修管理规定 (art. 38), as V190 gives existing stores; a store may extend it.
     */
    public static final String DEFAULT_WARRANTY_TERMS = "机动车维修质量保证期自竣工出厂之日起计算：整车修理或总成修理为车辆行驶20000公里或100日；二级维护为车辆行驶5000公里或30日；"
            + "一级维护、小修及专项修理为车辆行驶2000公里或10日（以先到者为准）。质量保证期内因维修质量原因造成车辆无法正常使用的，本店无偿返修。";

    @Column(name = "warranty_terms")
    public String warrantyTerms = DEFAULT_WARRANTY_TERMS;

    @Version
    public long version;
}
