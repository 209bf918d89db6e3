package com.fours.dms.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A part to order for the appointment; high-value / special-order parts wait for the deposit (R-APT-4). */
@Embeddable
public class AppointmentPart {
    @Column(name = "part_number")
    public String partNumber;

    public String description;
    public BigDecimal quantity;

    @Column(name = "unit_price")
    public BigDecimal unitPrice;

    @Column(name = "high_value")
    public boolean highValue;

    /** ON_HOLD until the deposit is paid, then TO_ORDER. */
    @Column(name = "order_status")
    public String orderStatus;

    public BigDecimal total() {
        return unitPrice.multiply(quantity);
    }
}
