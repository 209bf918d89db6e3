package com.fours.dms.appointment;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-APT-4: at least the store's share (default 50 %) of the high-value parts, never a fen below. */
class DepositPolicyTest {
    static AppointmentPart part(String qty, String price, boolean highValue) {
        AppointmentPart p = new AppointmentPart();
        p.quantity = new BigDecimal(qty);
        p.unitPrice = new BigDecimal(price);
        p.highValue = highValue;
        return p;
    }

    @Test
    void onlyHighValuePartsCount() {
        assertEquals(new BigDecimal("1200.00"), DepositPolicy.requiredDeposit(List.of(part("2", "1200.00", true), part("1", "85.00", false)), 50));
    }

    @Test
    void noHighValuePartsMeansNoDeposit() {
        assertEquals(0, DepositPolicy.requiredDeposit(List.of(part("4", "85.00", false)), 50).signum());
        assertEquals(0, DepositPolicy.requiredDeposit(List.of(), 50).signum());
    }

    @Test
    void theShareIsAStoreSettingAndRoundsUpToTheFen() {
        assertEquals(new BigDecimal("500.01"), DepositPolicy.requiredDeposit(List.of(part("1", "1000.01", true)), 50), "500.005 rounds up, never below the share");
        assertEquals(new BigDecimal("330.01"), DepositPolicy.requiredDeposit(List.of(part("1", "1000.01", true)), 33));
        assertEquals(new BigDecimal("1000.01"), DepositPolicy.requiredDeposit(List.of(part("1", "1000.01", true)), 100));
    }

    @Test
    void aDepositCoversWhenAtLeastTheRequiredAmount() {
        assertTrue(DepositPolicy.covers(new BigDecimal("1200.00"), new BigDecimal("1200.00")));
        assertTrue(DepositPolicy.covers(new BigDecimal("1500"), new BigDecimal("1200.00")));
        assertFalse(DepositPolicy.covers(new BigDecimal("1199.99"), new BigDecimal("1200.00")));
        assertFalse(DepositPolicy.covers(null, new BigDecimal("1.00")));
    }
}
