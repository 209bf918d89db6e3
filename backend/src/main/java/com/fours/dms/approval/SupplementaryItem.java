package com.fours.dms.approval;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * R-REP-3: a supplementary item (追加维修项目) the workshop found on a car it is working on. Every
 * proposal is a {@link SupplementaryItemVersion}, priced once; the customer decides each version.
 * Changes only through the named transitions {@link #revise} and {@link #decide}; a refusal is a
 * 409 problem with the rule id.
 *
 * <pre>
 * AWAITING_DECISION → APPROVED (its lines join the order) | DECLINED (found-not-fixed, R-PRE-3)
 * APPROVED | DECLINED → AWAITING_DECISION by a revision (new price or scope: a new version, a new decision)
 * a declined revision of an APPROVED item leaves the approved version in force (APPROVED)
 * </pre>
 */
@Entity
@Table(name = "supplementary_item")
public class SupplementaryItem extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    @Column(name = "repair_order_id")
    public UUID repairOrderId;

    @Column(name = "order_number")
    public String orderNumber;

    @Enumerated(EnumType.STRING)
    public ItemStatus status;

    @Column(name = "current_version")
    public int currentVersion;

    @Column(name = "approved_version")
    public Integer approvedVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "order_line_ids")
    public List<UUID> orderLineIds = new ArrayList<>();

    @Column(name = "finding_id")
    public UUID findingId;

    @Column(name = "reported_by")
    public String reportedBy;

    @Column(name = "reported_at")
    public Instant reportedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @OneToMany(mappedBy = "item", cascade = CascadeType.PERSIST)
    @OrderBy("versionNo")
    public List<SupplementaryItemVersion> versions = new ArrayList<>();

    @Version
    public long version;

    /** A new item with its first version, awaiting the customer's decision. */
    static SupplementaryItem reported(UUID id, String store, UUID orderId, String orderNumber, String by, Instant now) {
        SupplementaryItem i = new SupplementaryItem();
        i.id = id;
        i.storeCode = store;
        i.repairOrderId = orderId;
        i.orderNumber = orderNumber;
        i.status = ItemStatus.AWAITING_DECISION;
        i.currentVersion = 0;
        i.reportedBy = by;
        i.reportedAt = now;
        i.updatedAt = now;
        return i;
    }

    /** The number the next version gets. */
    int nextVersion() {
        return currentVersion + 1;
    }

    /** Adds a proposal (the first, or a change of price or scope): it needs a decision; an approved version stays in force until then. */
    void propose(SupplementaryItemVersion v, Instant now) {
        if (v.versionNo != nextVersion()) {
            throw new IllegalStateException("version " + v.versionNo + " after " + currentVersion);
        }
        v.item = this;
        versions.add(v);
        currentVersion = v.versionNo;
        status = ItemStatus.AWAITING_DECISION;
        updatedAt = now;
    }

    /** R-REP-3: a later change of price or scope is a new version that needs a new decision. */
    void revise(SupplementaryItemVersion v, Instant now) {
        propose(v, now);
    }

    /** The version awaiting a decision, or 409 when the caller decides something else (already decided, or changed since it was shown). */
    SupplementaryItemVersion awaiting(int versionNo) {
        if (status != ItemStatus.AWAITING_DECISION) {
            throw ProblemException.rule("R-REP-3", "Item " + id + " version " + versionNo + " was already decided (" + status + ")");
        }
        if (versionNo != currentVersion) {
            throw ProblemException.rule("R-REP-3", "Item " + id + " changed: version " + currentVersion + " awaits the decision, not " + versionNo);
        }
        return version(versionNo);
    }

    /** The customer approved the version: its order lines are the ones in force. */
    void approved(int versionNo, List<UUID> lineIds, Instant now) {
        awaiting(versionNo);
        approvedVersion = versionNo;
        orderLineIds = new ArrayList<>(lineIds);
        status = ItemStatus.APPROVED;
        updatedAt = now;
    }

    /** The customer declined the version: an earlier approved version stays in force; otherwise the item is found-not-fixed. */
    void declined(int versionNo, UUID finding, Instant now) {
        awaiting(versionNo);
        status = approvedVersion == null ? ItemStatus.DECLINED : ItemStatus.APPROVED;
        if (finding != null) {
            findingId = finding;
        }
        updatedAt = now;
    }

    SupplementaryItemVersion version(int versionNo) {
        return versions.stream().filter(v -> v.versionNo == versionNo).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Version of item " + id, versionNo));
    }

    /** The version in force, or null. */
    SupplementaryItemVersion inForce() {
        return approvedVersion == null ? null : version(approvedVersion);
    }

    List<String> availableActions(boolean orderInWorkshop) {
        if (!orderInWorkshop) {
            return List.of();
        }
        return status == ItemStatus.AWAITING_DECISION ? List.of("revise", "add-photo", "decide") : List.of("revise", "add-photo");
    }
}
