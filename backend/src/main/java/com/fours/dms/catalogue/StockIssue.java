package com.fours.dms.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Parts that left the store's stock for a repair order whose work is done (issue 8): on hand went down by {@code quantity}. */
@Entity
@Table(name = "catalogue_stock_issue")
public class StockIssue extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    @Column(name = "part_id")
    public UUID partId;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type")
    public ReservationSource sourceType;

    @Column(name = "source_id")
    public UUID sourceId;

    public BigDecimal quantity;

    @Column(name = "issued_at")
    public Instant issuedAt;
}
