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

/** R-DEL-3: a payment by one tender (amount applied to the bill; cash: what was handed over and the change), or a refund. */
@Entity
@Table(name = "settlement_payment")
public class SettlementPayment extends PanacheEntityBase {
    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "settlement_id")
    public Settlement settlement;

    @Enumerated(EnumType.STRING)
    public PaymentKind kind;

    @Enumerated(EnumType.STRING)
    public Tender tender;

    public BigDecimal amount;
    public BigDecimal tendered;

    @Column(name = "change_given")
    public BigDecimal changeGiven;

    public String reference;

    /** ON_ACCOUNT: the receivable the payment raised on the customer's credit account. */
    @Column(name = "receivable_id")
    public UUID receivableId;
    public String reason;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
