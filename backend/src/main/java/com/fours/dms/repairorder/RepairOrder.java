package com.fours.dms.repairorder;

import com.fours.dms.shared.error.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * 进厂维修单: the repair order with its estimate. State changes only through the named transitions
 * below, each checked by the one guard {@link #require}; a refusal is a 409 problem whose code is
 * the rule id.
 *
 * <pre>
 * DRAFT → AWAITING_SIGNATURE → OPEN → IN_PROGRESS → QUALITY_CHECK → READY_FOR_DELIVERY → SETTLED → CLOSED
 * DRAFT | AWAITING_SIGNATURE → DECLINED (diagnosis fee, release note) → CLOSED
 * DRAFT | AWAITING_SIGNATURE | OPEN (not handed over) → CANCELLED
 * AWAITING_SIGNATURE | OPEN (not handed over) → DRAFT when the estimate changes (it needs a new signature)
 * </pre>
 */
@Entity
@Table(name = "repair_order")
public class RepairOrder extends PanacheEntityBase {
    /** The estimate can still change (a change while awaiting signature sends it back to DRAFT). */
    static final Set<RepairOrderStatus> EDITABLE = EnumSet.of(RepairOrderStatus.DRAFT, RepairOrderStatus.AWAITING_SIGNATURE);
    /** The estimate lines can change: also a signed order not yet handed over (it then needs a new signature, R-CHK-9). */
    static final Set<RepairOrderStatus> REVISABLE = EnumSet.of(RepairOrderStatus.DRAFT, RepairOrderStatus.AWAITING_SIGNATURE, RepairOrderStatus.OPEN);
    /** The car is (or is expected) in the shop on this order: a draft, an estimate awaiting the signature, signed or in work. */
    static final Set<RepairOrderStatus> IN_SHOP = EnumSet.of(RepairOrderStatus.DRAFT, RepairOrderStatus.AWAITING_SIGNATURE, RepairOrderStatus.OPEN,
            RepairOrderStatus.IN_PROGRESS, RepairOrderStatus.QUALITY_CHECK, RepairOrderStatus.READY_FOR_DELIVERY);

    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    public String number;

    @Enumerated(EnumType.STRING)
    public RepairOrderStatus status;

    @Column(name = "appointment_id")
    public UUID appointmentId;

    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "vehicle_id")
    public UUID vehicleId;

    @Column(name = "advisor_id")
    public UUID advisorId;

    @Column(name = "requested_work")
    public String requestedWork;

    @Column(name = "repeat_repair")
    public boolean repeatRepair;

    @Column(name = "walk_in")
    public boolean walkIn;

    public String currency;

    @Column(name = "tax_rate_percent")
    public BigDecimal taxRatePercent;

    @Column(name = "labour_rate")
    public BigDecimal labourRate;

    @Column(name = "symptom_risk_margin_percent")
    public BigDecimal symptomRiskMarginPercent;

    @Column(name = "promised_delivery_at")
    public Instant promisedDeliveryAt;

    /** SUGGESTED (R-CHK-8 policy) or ADVISOR (overridden). */
    @Column(name = "promised_delivery_source")
    public String promisedDeliverySource;

    /** R-CHK-8: what moved a SUGGESTED time, comma-separated {@link PromisedDeliveryReason}s; null for an override. */
    @Column(name = "promised_delivery_reason")
    public String promisedDeliveryReason;

    @Column(name = "consent_given_by")
    public String consentGivenBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_channel")
    public ConsentChannel consentChannel;

    @Column(name = "consent_at")
    public Instant consentAt;

    @Column(name = "consent_recorded_by")
    public String consentRecordedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "signed_by")
    public String signedBy;

    @Column(name = "signed_at")
    public Instant signedAt;

    /** R-REP-5: the customer's old-parts choice, given at signing (null: not asked). */
    @Column(name = "old_parts_choice")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public OldPartsChoice oldPartsChoice;

    @Column(name = "declined_at")
    public Instant declinedAt;

    @Column(name = "decline_reason")
    public String declineReason;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "handover_receiver")
    public String handoverReceiver;

    @Column(name = "handover_at")
    public Instant handoverAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "handover_receiver_kind")
    public HandoverReceiverKind handoverReceiverKind;

    @Column(name = "handover_receiver_id")
    public UUID handoverReceiverId;

    @Enumerated(EnumType.STRING)
    @Column(name = "handover_route")
    public HandoverRoute handoverRoute;

    @Column(name = "handed_over_by")
    public String handedOverBy;

    @Column(name = "released_at")
    public Instant releasedAt;

    @Column(name = "released_by")
    public String releasedBy;

    /** R-ARC-4: the odometer reading of this visit, recorded by the check-in inspection (R-CHK-2). */
    @Column(name = "odometer_km", insertable = false, updatable = false)
    public Integer odometerKm;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<RepairOrderLine> lines = new ArrayList<>();

    /** R-REP-2: when the workshop expects to finish, as the advisor recorded it at the latest progress check; null before any. */
    @Column(name = "expected_completion_at")
    public Instant expectedCompletionAt;

    /** R-REP-2 / R-REP-3: every move of the promised time after the hand-over, oldest first (append-only). */
    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("revisedAt, id")
    public List<PromisedDeliveryRevision> promiseRevisions = new ArrayList<>();

    /** When the car came in (R-ARC-4: from then on the order is a visit on the service card); null for a prepared draft whose customer is not here yet. */
    @Column(name = "arrived_at")
    public Instant arrivedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** Its place in the store's change feed, numbered by the database at commit (V291); never written here. */
    @Column(name = "change_seq", insertable = false, updatable = false)
    public Long changeSeq;

    public boolean hasDiagnosisConsent() {
        return consentAt != null;
    }

    /** The customer was received with the car (check-in); idempotent. Not a state change: the order's status stays as it is. */
    public void carArrived(Instant now) {
        if (arrivedAt == null) {
            arrivedAt = now;
        }
    }

    public boolean handedOver() {
        return handoverAt != null;
    }

    // ---- estimate changes -------------------------------------------------------------------

    /**
     * Guards a change of the estimate: before the customer signs, or after signing as long as the
     * car is not handed over to the workshop (R-CHK-9; later changes are supplementary items). A
     * change while awaiting signature, or of a signed order, returns the order to DRAFT, because the
     * customer must sign what they were shown: the earlier signature stays as history, and it no
     * longer matches the estimate. Returns true when that happened.
     */
    public boolean reviseEstimate(Instant now) {
        if (status == RepairOrderStatus.OPEN && handedOver()) {
            throw ProblemException.rule("R-CHK-9", "The order was handed over to the workshop; later changes are supplementary items");
        }
        require(REVISABLE, "R-CHK-9", "change the estimate");
        boolean reopened = status == RepairOrderStatus.AWAITING_SIGNATURE || status == RepairOrderStatus.OPEN;
        status = RepairOrderStatus.DRAFT;
        updatedAt = now;
        return reopened;
    }

    /** R-CHK-3: the consent is recorded while the estimate is being made. */
    public void recordDiagnosisConsent(String givenBy, ConsentChannel channel, Instant at, String recordedBy) {
        require(EDITABLE, "R-CHK-3", "record diagnosis consent");
        consentGivenBy = givenBy;
        consentChannel = channel;
        consentAt = at;
        consentRecordedBy = recordedBy;
        updatedAt = at;
    }

    /** R-CHK-8: the promised delivery time can be set until the work is handed over. */
    public void promiseDelivery(Instant at, String source, Instant now) {
        require(EnumSet.of(RepairOrderStatus.DRAFT, RepairOrderStatus.AWAITING_SIGNATURE, RepairOrderStatus.OPEN), "R-CHK-8", "set the promised delivery time");
        promisedDeliveryAt = at;
        promisedDeliverySource = source;
        promisedDeliveryReason = null;
        updatedAt = now;
    }

    /**
     * A draft is priced with the store's current rates until it is submitted for signature: an
     * appointment's draft may be prepared days before the car arrives. From submission on the
     * rates are the ones the customer is shown and signs (R-CHK-9). Returns whether a rate changed
     * (an unchanged draft is not written).
     */
    public boolean reprice(String currency, BigDecimal taxRate, BigDecimal labour, BigDecimal symptomMargin) {
        if (status != RepairOrderStatus.DRAFT) {
            return false;
        }
        boolean changed = !currency.equals(this.currency) || taxRate.compareTo(taxRatePercent) != 0 || labour.compareTo(labourRate) != 0
                || symptomMargin.compareTo(symptomRiskMarginPercent) != 0
                || lines.stream().anyMatch(l -> l.kind == LineKind.JOB && labour.compareTo(l.labourRate) != 0);
        if (!changed) {
            return false;
        }
        this.currency = currency;
        this.taxRatePercent = taxRate;
        this.labourRate = labour;
        this.symptomRiskMarginPercent = symptomMargin;
        lines.stream().filter(l -> l.kind == LineKind.JOB).forEach(l -> l.labourRate = labour);
        return true;
    }

    /**
     * R-PRE-3, R-CHK-9: the customer declines one line of the estimate (or takes it back): it stays
     * on the order, out of the totals and of what is signed. While the estimate awaits the signature
     * this is the customer's answer to what they are shown, so the order stays there; in a draft, or
     * a signed order not yet handed over, it is a change of the estimate like any other (a signed
     * order goes back to DRAFT for a new signature). A fee stays payable (R-CHK-3). Returns whether
     * the order went back to DRAFT.
     */
    public boolean decideLine(RepairOrderLine l, boolean decline, boolean safetyCritical, Instant now) {
        if (l.kind == LineKind.FEE) {
            throw ProblemException.rule("R-CHK-3", "A diagnosis or estimate fee stays payable; it cannot be declined");
        }
        boolean reopened = status == RepairOrderStatus.AWAITING_SIGNATURE ? false : reviseEstimate(now);
        l.declinedAt = decline ? (l.declinedAt == null ? now : l.declinedAt) : null;
        l.declinedSafetyCritical = decline && safetyCritical;
        updatedAt = now;
        return reopened;
    }

    /** The lines the customer accepts: what is priced, signed and worked on. */
    public List<RepairOrderLine> acceptedLines() {
        return lines.stream().filter(l -> !l.declined()).toList();
    }

    // ---- named transitions ------------------------------------------------------------------

    /** DRAFT → AWAITING_SIGNATURE: the estimate is shown to the customer; it must have a line. */
    public void submitForSignature(Instant now) {
        require(EnumSet.of(RepairOrderStatus.DRAFT), "R-CHK-9", "submit for signature");
        if (lines.isEmpty()) {
            throw ProblemException.rule("R-CHK-9", "An estimate without lines cannot be signed; add jobs, parts or fees first");
        }
        requireAcceptedLine();
        status = RepairOrderStatus.AWAITING_SIGNATURE;
        submittedAt = now;
        updatedAt = now;
    }

    /** AWAITING_SIGNATURE → OPEN: the customer signed the repair order (R-CHK-9). */
    public void sign(String signer, Instant now) {
        sign(signer, null, now);
    }

    /** AWAITING_SIGNATURE → OPEN, with the customer's old-parts choice (R-REP-5) given at signing. */
    public void sign(String signer, OldPartsChoice oldParts, Instant now) {
        require(EnumSet.of(RepairOrderStatus.AWAITING_SIGNATURE), "R-CHK-9", "sign");
        requireAcceptedLine();
        status = RepairOrderStatus.OPEN;
        signedBy = signer;
        oldPartsChoice = oldParts;
        signedAt = now;
        updatedAt = now;
    }

    /** DRAFT | AWAITING_SIGNATURE → DECLINED: the customer leaves; only the diagnosis/estimate fees stay payable (R-CHK-3, R-CHK-9). */
    public void decline(String reason, Instant now) {
        require(EDITABLE, "R-CHK-9", "decline");
        status = RepairOrderStatus.DECLINED;
        declineReason = reason;
        declinedAt = now;
        updatedAt = now;
    }

    /** Cancelled before any work was handed over. */
    public void cancel(String reason, Instant now) {
        require(EnumSet.of(RepairOrderStatus.DRAFT, RepairOrderStatus.AWAITING_SIGNATURE, RepairOrderStatus.OPEN), "repair-order-closed", "cancel");
        if (handedOver()) {
            throw ProblemException.rule("R-CHK-10", "The order was handed over to the workshop at " + handoverAt + "; it can no longer be cancelled");
        }
        status = RepairOrderStatus.CANCELLED;
        cancelReason = reason;
        cancelledAt = now;
        updatedAt = now;
    }

    /** R-CHK-10 on an OPEN order only: nothing is dispatched before the customer signed (R-CHK-9). */
    public void handOver(String receiver, HandoverReceiverKind receiverKind, UUID receiverId, HandoverRoute route, Instant roundedAt, String by, Instant now) {
        require(EnumSet.of(RepairOrderStatus.OPEN), "R-CHK-9", "hand over to the workshop");
        if (handedOver()) {
            throw ProblemException.rule("R-CHK-10", "The order was already handed over to " + handoverReceiver + " at " + handoverAt);
        }
        handoverReceiver = receiver;
        handoverReceiverKind = receiverKind;
        handoverReceiverId = receiverId;
        handoverRoute = route;
        handoverAt = roundedAt;
        handedOverBy = by;
        updatedAt = now;
    }

    /** OPEN → IN_PROGRESS (workshop issue): signed (R-CHK-9), handed over (R-CHK-10), and diagnosis only with consent (R-CHK-3). */
    public void startWork(Instant now) {
        require(EnumSet.of(RepairOrderStatus.OPEN), "R-CHK-9", "start work");
        if (!handedOver()) {
            throw ProblemException.rule("R-CHK-10", "Hand the order over to the workshop before work starts");
        }
        if (!hasDiagnosisConsent() && acceptedLines().stream().anyMatch(RepairOrderLine::needsDiagnosisConsent)) {
            throw ProblemException.rule("R-CHK-3", "The order has a diagnosis without the customer's recorded consent");
        }
        move(RepairOrderStatus.IN_PROGRESS, now);
    }

    /** IN_PROGRESS → QUALITY_CHECK (workshop issue). */
    public void sendToQualityCheck(Instant now) {
        require(EnumSet.of(RepairOrderStatus.IN_PROGRESS), "repair-order-not-in-progress", "send to quality check");
        move(RepairOrderStatus.QUALITY_CHECK, now);
    }

    /** QUALITY_CHECK → IN_PROGRESS: an inspection failed, the job went back to its technician (R-QC-2). */
    public void backToWork(Instant now) {
        require(EnumSet.of(RepairOrderStatus.QUALITY_CHECK), "R-QC-2", "send back to work");
        move(RepairOrderStatus.IN_PROGRESS, now);
    }

    /** QUALITY_CHECK → READY_FOR_DELIVERY: every job passed, the car is cleaned and parked (R-QC-1, R-QC-4). */
    public void passQualityCheck(Instant now) {
        require(EnumSet.of(RepairOrderStatus.QUALITY_CHECK), "repair-order-not-in-quality-check", "pass quality check");
        move(RepairOrderStatus.READY_FOR_DELIVERY, now);
    }

    /** READY_FOR_DELIVERY → SETTLED (settlement issue). */
    public void settle(Instant now) {
        require(EnumSet.of(RepairOrderStatus.READY_FOR_DELIVERY), "repair-order-not-ready", "settle");
        move(RepairOrderStatus.SETTLED, now);
    }

    /** DECLINED → CLOSED: the customer takes the car back with the release note (R-CHK-9); the diagnosis fee stays payable (R-CHK-3). */
    public void release(String by, Instant now) {
        require(EnumSet.of(RepairOrderStatus.DECLINED), "R-CHK-9", "release the declined car");
        releasedAt = now;
        releasedBy = by;
        move(RepairOrderStatus.CLOSED, now);
    }

    /** SETTLED | DECLINED → CLOSED (settlement issue: paid, or released with the release note). */
    public void close(Instant now) {
        require(EnumSet.of(RepairOrderStatus.SETTLED, RepairOrderStatus.DECLINED), "repair-order-not-settled", "close");
        move(RepairOrderStatus.CLOSED, now);
    }

    // ---- supplementary items (R-REP-3) -------------------------------------------------------

    /** Where supplementary work can be added: the car is with the workshop (handed over, or work started). */
    static final Set<RepairOrderStatus> IN_WORKSHOP = EnumSet.of(RepairOrderStatus.OPEN, RepairOrderStatus.IN_PROGRESS);

    /** R-REP-3: the workshop has the car, so a finding is a supplementary item (before the handover it is a change of the estimate, R-CHK-9). */
    public boolean acceptsSupplementaryWork() {
        return IN_WORKSHOP.contains(status) && handedOver();
    }

    /** R-REP-3: the guard for every supplementary step (report, decision, lines): the order is handed over and not yet in quality check. */
    public void requireSupplementaryWork(String action) {
        require(IN_WORKSHOP, "R-REP-3", action);
        if (!handedOver()) {
            throw ProblemException.rule("R-REP-3", "The order is not handed over to the workshop yet; change the estimate instead (R-CHK-9)");
        }
    }

    /**
     * R-REP-3: the customer approved supplementary items; their lines join the order (the caller
     * builds them with the estimate's pricing) and the lines of an earlier approved version of the
     * same item leave it. Only while the workshop has the car.
     */
    public void addAuthorizedLines(List<RepairOrderLine> added, List<RepairOrderLine> replaced, Instant now) {
        requireSupplementaryWork("add authorized supplementary lines");
        lines.removeAll(replaced);
        lines.addAll(added);
        updatedAt = now;
    }

    /** The workshop has the car: handed over and not yet through the quality check (R-REP-2 checks progress then). */
    static final Set<RepairOrderStatus> WORKSHOP_HAS_CAR = EnumSet.of(RepairOrderStatus.OPEN, RepairOrderStatus.IN_PROGRESS, RepairOrderStatus.QUALITY_CHECK);

    /**
     * R-REP-2 / R-REP-3: the promised time moves while the workshop has the car (a time was promised
     * at signing, R-CHK-8): approved supplementary work while it may still be added (OPEN or
     * IN_PROGRESS), a progress check until the car is through the quality check. The move is kept in
     * {@link #promiseRevisions} with the previous time, the reason code, the advisor's words, what
     * caused it and who; returns that entry.
     */
    public PromisedDeliveryRevision revisePromisedDelivery(UUID revisionId, Instant at, PromisedDeliveryReason reason, String note, String reference,
            String by, Instant now) {
        requireWorkshopHasCar(reason == PromisedDeliveryReason.PROGRESS_CHECK ? WORKSHOP_HAS_CAR : IN_WORKSHOP, reason.rule(),
                "revise the promised delivery time");
        if (promisedDeliveryAt == null) {
            throw ProblemException.rule(reason.rule(), "The order has no promised delivery time to revise");
        }
        PromisedDeliveryRevision r = PromisedDeliveryRevision.of(revisionId, this, at, reason, note, reference, by, now);
        promiseRevisions.add(r);
        promisedDeliveryAt = at;
        promisedDeliverySource = "REVISED";
        promisedDeliveryReason = reason.name();
        updatedAt = now;
        return r;
    }

    /** R-REP-2: the advisor recorded when the workshop expects to finish (the latest answer counts). */
    public void expectCompletion(Instant at, Instant now) {
        requireWorkshopHasCar(WORKSHOP_HAS_CAR, "R-REP-2", "record the expected completion");
        expectedCompletionAt = at;
        updatedAt = now;
    }

    /** R-REP-2: late now: signed and not ready, and the promised time has passed or the workshop expects to finish after it. */
    public boolean late(Instant now) {
        return DeliveryLateness.late(status, promisedDeliveryAt, expectedCompletionAt, now);
    }

    private void requireWorkshopHasCar(Set<RepairOrderStatus> states, String rule, String action) {
        require(states, rule, action);
        if (!handedOver()) {
            throw ProblemException.rule(rule, "The order is not handed over to the workshop yet; change the promised time on the estimate (R-CHK-8)");
        }
    }

    /** The advisor-side actions the current state allows (for the SPA to offer). */
    public List<String> availableActions() {
        List<String> actions = new ArrayList<>();
        switch (status) {
            case DRAFT -> actions.addAll(List.of("submit-for-signature", "decline", "cancel"));
            case AWAITING_SIGNATURE -> actions.addAll(List.of("sign", "decline", "cancel"));
            case OPEN -> {
                if (!handedOver()) {
                    actions.addAll(List.of("hand-over", "cancel"));
                }
            }
            case DECLINED -> actions.add("release");
            default -> { }
        }
        return actions;
    }

    /** Something must be left to sign: a customer who declines every line declines the order (R-CHK-9, with its release note). */
    private void requireAcceptedLine() {
        if (acceptedLines().isEmpty()) {
            throw ProblemException.rule("R-CHK-9", "The customer declined every line; decline the order instead (the car leaves with its release note)");
        }
    }

    private void move(RepairOrderStatus to, Instant now) {
        status = to;
        updatedAt = now;
    }

    /** The one guard: the action is allowed only from the given states; otherwise 409 with the rule id. */
    private void require(Set<RepairOrderStatus> from, String code, String action) {
        if (!from.contains(status)) {
            throw new ProblemException(409, code, "Not allowed in this state",
                    "The repair order is " + status + "; cannot " + action + " (allowed when " + from + ")");
        }
    }

    /** The order of this store, read with the given lock; 404 for another store's or an unknown id (the facades' one look-up). */
    static RepairOrder inStore(String store, UUID orderId, jakarta.persistence.LockModeType lock) {
        RepairOrder o = findById(orderId, lock);
        if (o == null || !o.storeCode.equals(store)) {
            throw com.fours.dms.shared.error.ProblemException.notFound("Repair order", orderId);
        }
        return o;
    }
}
