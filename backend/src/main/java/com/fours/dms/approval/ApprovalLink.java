package com.fours.dms.approval;

import com.fours.dms.approval.api.ApprovalApi.ItemVersionRef;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * R-REP-3 (c): a link sent to the customer. Only the SHA-256 of its token is kept; what the page
 * shows is the sheet frozen when it was sent ({@link #snapshot}). It decides once, before it expires.
 */
@Entity
@Table(name = "approval_link")
public class ApprovalLink extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    @Column(name = "repair_order_id")
    public UUID repairOrderId;

    @Column(name = "token_sha256")
    public String tokenSha256;

    public String language;

    /** The sheet as the customer's page shows it (JSON text, exactly as sent). */
    public String snapshot;

    @Column(name = "snapshot_sha256")
    public String snapshotSha256;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "item_versions")
    public List<ItemVersionRef> itemVersions = new ArrayList<>();

    /** Where the link went (phone, e-mail). */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> recipients = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "message_ids")
    public List<UUID> messageIds = new ArrayList<>();

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    @Column(name = "ledger_entry_id")
    public UUID ledgerEntryId;

    @Version
    public long version;

    boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** The customer decided through the link: it is used up. */
    void used(UUID entryId, Instant now) {
        if (usedAt != null) {
            throw new IllegalStateException("link " + id + " was already used");
        }
        usedAt = now;
        ledgerEntryId = entryId;
    }
}
