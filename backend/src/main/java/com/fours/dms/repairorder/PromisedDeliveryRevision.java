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
import java.time.Instant;
import java.util.UUID;

/**
 * One move of an order's promised delivery time after the hand-over (R-REP-2 progress check, R-REP-3
 * approved supplementary work): from when to when, why (the reason code and, for a progress check,
 * the advisor's words), what caused it (the check or the ledger entry), who and when. Written only by
 * {@link RepairOrder#revisePromisedDelivery}; never changed.
 */
@Entity
@Table(name = "promised_delivery_revision")
public class PromisedDeliveryRevision extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "repair_order_id")
    public RepairOrder order;

    @Column(name = "previous_at")
    public Instant previousAt;

    @Column(name = "revised_to")
    public Instant revisedTo;

    @Enumerated(EnumType.STRING)
    public PromisedDeliveryReason reason;

    public String note;

    /** What caused it: the progress check's or the approval ledger entry's id. */
    public String reference;

    @Column(name = "revised_by")
    public String revisedBy;

    @Column(name = "revised_at")
    public Instant revisedAt;

    static PromisedDeliveryRevision of(UUID id, RepairOrder o, Instant to, PromisedDeliveryReason reason, String note, String reference, String by,
            Instant now) {
        PromisedDeliveryRevision r = new PromisedDeliveryRevision();
        r.id = id;
        r.storeCode = o.storeCode;
        r.order = o;
        r.previousAt = o.promisedDeliveryAt;
        r.revisedTo = to;
        r.reason = reason;
        r.note = note;
        r.reference = reference;
        r.revisedBy = by;
        r.revisedAt = now;
        return r;
    }
}
