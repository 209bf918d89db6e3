package com.fours.dms.inspection;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** R-CHK-2: a lower odometer reading than the last recorded one needs the advisor's confirmation. */
class OdometerPolicyTest {
    @Test
    void aHigherOrEqualReadingIsAcceptedWithoutConfirmation() {
        assertTrue(OdometerPolicy.accepts(20_000, 20_000, false));
        assertTrue(OdometerPolicy.accepts(25_000, 20_000, false));
        assertFalse(OdometerPolicy.isLower(25_000, 20_000));
    }

    @Test
    void aLowerReadingNeedsConfirmation() {
        assertTrue(OdometerPolicy.isLower(19_999, 20_000));
        assertFalse(OdometerPolicy.accepts(19_999, 20_000, false));
        assertTrue(OdometerPolicy.accepts(19_999, 20_000, true));
    }

    @Test
    void withoutAReadingOrHistoryThereIsNothingToCompare() {
        assertTrue(OdometerPolicy.accepts(null, 20_000, false));
        assertTrue(OdometerPolicy.accepts(5, null, false));
    }

    @Test
    void theLastKnownReadingIsTheHighestOfServiceMileageAndEarlierInspections() {
        assertEquals(30_000, OdometerPolicy.lastKnown(20_000, 30_000));
        assertEquals(20_000, OdometerPolicy.lastKnown(20_000, null));
        assertNull(OdometerPolicy.lastKnown(null, null));
    }
}
