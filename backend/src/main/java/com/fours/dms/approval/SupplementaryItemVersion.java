package com.fours.dms.approval;

import com.fours.dms.approval.api.ApprovalApi.ItemLine;
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
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** R-REP-3: one proposal of a supplementary item, priced when it was made and never changed (a change is the next version). */
@Entity
@Immutable
@Table(name = "supplementary_item_version")
public class SupplementaryItemVersion extends PanacheEntityBase {
    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    public SupplementaryItem item;

    @Column(name = "version_no")
    public int versionNo;

    public String description;

    @Column(name = "extra_minutes")
    public int extraMinutes;

    @Column(name = "safety_critical")
    public boolean safetyCritical;

    @Enumerated(EnumType.STRING)
    public Requirement requirement;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ItemLine> lines;

    @Column(name = "customer_pay")
    public BigDecimal customerPay;

    public BigDecimal total;

    @Column(name = "change_reason")
    public String changeReason;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;
}
