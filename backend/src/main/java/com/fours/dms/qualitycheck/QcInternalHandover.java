package com.fours.dms.qualitycheck;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * R-QC-3 / R-QC-4: an order's internal hand-over: the advisor's signature under the found-not-fixed
 * list (as it read when signed), then the car cleaned and parked and the advisor briefed.
 */
@Entity
@Table(name = "qc_internal_handover")
public class QcInternalHandover extends PanacheEntityBase {
    @Id
    @Column(name = "repair_order_id")
    public UUID repairOrderId;

    @Column(name = "store_code")
    public String storeCode;

    @Column(name = "findings_signed_text")
    public String findingsSignedText;

    @Column(name = "findings_signature_png")
    public byte[] findingsSignaturePng;

    @Column(name = "findings_signed_by")
    public String findingsSignedBy;

    @Column(name = "findings_signed_at")
    public Instant findingsSignedAt;

    public Boolean cleaned;

    @Column(name = "parking_spot")
    public String parkingSpot;

    @Column(name = "briefing_note")
    public String briefingNote;

    @Column(name = "ready_by")
    public String readyBy;

    @Column(name = "ready_at")
    public Instant readyAt;

    @Version
    public long version;

    /** Signed text no longer matches the list: something was found after the advisor signed. */
    public boolean findingsSignedFor(String text) {
        return findingsSignedAt != null && text.equals(findingsSignedText);
    }
}
