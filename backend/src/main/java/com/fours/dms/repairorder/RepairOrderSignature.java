package com.fours.dms.repairorder;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * R-CHK-9: one customer signature of a repair order, kept as evidence: the drawn image, who, when,
 * on which device, and the SHA-256 of the exact estimate signed ({@link EstimateFingerprint}).
 * Never changed once written; a new signature after an estimate change is a new row.
 */
@Entity
@Table(name = "repair_order_signature")
public class RepairOrderSignature extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "repair_order_id")
    public UUID repairOrderId;

    @Column(name = "store_code")
    public String storeCode;

    @Column(name = "signer_name")
    public String signerName;

    @Column(name = "signed_at")
    public Instant signedAt;

    public String device;

    @Column(name = "user_agent")
    public String userAgent;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "signature_png")
    public byte[] signaturePng;

    @Column(name = "estimate_hash")
    public String estimateHash;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "estimate_canonical")
    public String estimateCanonical;

    @Column(name = "recorded_by")
    public String recordedBy;

    /** The latest signature of the order, if any. */
    static java.util.Optional<RepairOrderSignature> latestOf(UUID orderId) {
        return RepairOrderSignature.<RepairOrderSignature>find("repairOrderId = ?1 order by signedAt desc, id desc", orderId).firstResultOptional();
    }
}
