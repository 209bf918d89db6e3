package com.fours.dms.approval;

import com.fours.dms.approval.api.ApprovalApi.LedgerLine;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** R-REP-3: one item version of a ledger entry with each line's price and the decision; written once, like its entry. */
@Entity
@Immutable
@Table(name = "approval_ledger_item")
public class LedgerItem extends PanacheEntityBase {
    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "entry_id")
    public LedgerEntry entry;

    @Column(name = "item_id")
    public UUID itemId;

    @Column(name = "item_version_id")
    public UUID itemVersionId;

    @Column(name = "version_no")
    public int versionNo;

    @Enumerated(EnumType.STRING)
    public ItemDecision decision;

    public String description;

    @Column(name = "safety_critical")
    public boolean safetyCritical;

    @Enumerated(EnumType.STRING)
    public Requirement requirement;

    @Column(name = "extra_minutes")
    public int extraMinutes;

    @Column(name = "customer_pay")
    public BigDecimal customerPay;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<LedgerLine> lines = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "order_line_ids")
    public List<UUID> orderLineIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "replaced_line_ids")
    public List<UUID> replacedLineIds = new ArrayList<>();

    @Column(name = "finding_id")
    public UUID findingId;
}
