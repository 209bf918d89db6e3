package com.fours.dms.settlement;

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
import java.util.UUID;

/** R-DEL-2: a discount on a line (lineId) or on the total (null), with who asked, why, and the manager's decision. */
@Entity
@Table(name = "settlement_discount")
public class SettlementDiscount extends PanacheEntityBase {
    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "settlement_id")
    public Settlement settlement;

    @Column(name = "line_id")
    public UUID lineId;

    public BigDecimal amount;
    public BigDecimal percent;
    public String reason;

    @Enumerated(EnumType.STRING)
    public DiscountStatus status;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_reason")
    public String decisionReason;
}
