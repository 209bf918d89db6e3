package com.fours.dms.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A part's stock in its store. Changed only under a row lock ({@link StockService}), so two
 * reservations of the last piece queue and the second finds none: reserved never exceeds on hand.
 */
@Entity
@Table(name = "catalogue_stock")
public class PartStock extends PanacheEntityBase {
    @Id
    @Column(name = "part_id")
    public UUID partId;

    @Column(name = "store_code")
    public String storeCode;

    @Column(name = "on_hand")
    public BigDecimal onHand = new BigDecimal("0.00");

    public BigDecimal reserved = new BigDecimal("0.00");

    @Column(name = "reorder_point")
    public BigDecimal reorderPoint = new BigDecimal("0.00");

    /** When the next delivery is expected; shown for a shortfall (R-CHK-8, R-APT-5). */
    @Column(name = "expected_arrival_at")
    public Instant expectedArrivalAt;

    public BigDecimal available() {
        return onHand.subtract(reserved);
    }
}
