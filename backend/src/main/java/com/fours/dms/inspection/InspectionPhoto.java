package com.fours.dms.inspection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A photo of an inspection version, of the whole car or of one damage mark; the bytes are in {@link PhotoStorage} under storageKey. */
@Entity
@Table(name = "inspection_photo")
public class InspectionPhoto extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    @Column(name = "repair_order_id")
    public UUID repairOrderId;

    @Column(name = "inspection_id")
    public UUID inspectionId;

    @Column(name = "damage_mark_id")
    public UUID damageMarkId;

    @Column(name = "storage_key")
    public UUID storageKey;

    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "size_bytes")
    public int sizeBytes;

    public String sha256;

    @Column(name = "has_thumbnail")
    public boolean hasThumbnail;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The same photo on a correction version: a new row, the same bytes. */
    InspectionPhoto copyTo(UUID newId, UUID newInspectionId) {
        InspectionPhoto p = new InspectionPhoto();
        p.id = newId;
        p.storeCode = storeCode;
        p.repairOrderId = repairOrderId;
        p.inspectionId = newInspectionId;
        p.damageMarkId = damageMarkId;
        p.storageKey = storageKey;
        p.mediaType = mediaType;
        p.sizeBytes = sizeBytes;
        p.sha256 = sha256;
        p.hasThumbnail = hasThumbnail;
        p.uploadedBy = uploadedBy;
        p.createdAt = createdAt;
        return p;
    }
}
