package com.fours.dms.approval;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** R-REP-3: a photo of a supplementary item from the technician's camera, checked by content; the customer sees it with the item. */
@Entity
@Immutable
@Table(name = "supplementary_item_photo")
public class ItemPhoto extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    @Column(name = "item_id")
    public UUID itemId;

    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "size_bytes")
    public int sizeBytes;

    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    public byte[] data;

    @Basic(fetch = FetchType.LAZY)
    public byte[] thumbnail;

    @org.hibernate.annotations.Formula("thumbnail is not null")
    public boolean hasThumbnail;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "created_at")
    public Instant createdAt;
}
