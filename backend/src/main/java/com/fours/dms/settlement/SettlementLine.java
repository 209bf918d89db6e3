package com.fours.dms.settlement;

import com.fours.dms.repairorder.PayType;
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
import java.util.UUID;

/** A line of the statement, copied from the order when the statement is drawn up, or the cashier's adjustment. */
@Entity
@Table(name = "settlement_line")
public class SettlementLine extends PanacheEntityBase {
    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "settlement_id")
    public Settlement settlement;

    public int position;

    @Column(name = "order_line_id")
    public UUID orderLineId;

    @Enumerated(EnumType.STRING)
    public BillLineKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "pay_type")
    public PayType payType;

    @Enumerated(EnumType.STRING)
    public LineSource source;

    @Column(name = "supplementary_item_id")
    public UUID supplementaryItemId;

    public String code;
    public String description;
    public BigDecimal quantity;

    @Column(name = "unit_price")
    public BigDecimal unitPrice;

    public BigDecimal amount;
    public String reason;

    @Column(name = "added_by")
    public String addedBy;
}
