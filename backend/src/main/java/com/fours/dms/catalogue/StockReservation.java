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

/** Stock held for a signed repair order's dealer-supplied part or an appointment's part; what could not be held is the shortfall. */
@Entity
@Table(name = "catalogue_reservation")
public class StockReservation extends PanacheEntityBase {
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

    public BigDecimal requested;
    public BigDecimal reserved;

    @Column(name = "created_at")
    public Instant createdAt;

    public BigDecimal shortfall() {
        return requested.subtract(reserved);
    }
}
