package com.fours.dms.approval;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-REP-3 / R-DEL-1: authorized totals, the difference a decision makes, and the tolerance. */
class AuthorizationPolicyTest {
    static final BigDecimal VAT = new BigDecimal("13.00");

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void theAuthorizedTotalIsTheCustomerPaySubtotalWithItsVatByTheEstimatesRule() {
        assertEquals(d("169.50"), AuthorizationPolicy.total(d("150"), VAT));
        // 690.00 × 13 % = 89.70
        assertEquals(d("779.70"), AuthorizationPolicy.total(d("690.00"), VAT));
        // 0.05 × 13 % = 0.0065 → 0.01 (HALF_UP)
        assertEquals(d("0.06"), AuthorizationPolicy.total(d("0.05"), VAT));
    }

    @Test
    void aRevisionAddsOnlyItsChangeAgainstTheVersionInForce() {
        assertEquals(d("540.00"), AuthorizationPolicy.adds(d("540.00"), null));
        assertEquals(d("785.00"), AuthorizationPolicy.adds(d("1325.00"), d("540.00")));
        assertEquals(d("-40.00"), AuthorizationPolicy.adds(d("500.00"), d("540.00")), "a cheaper revision lowers the authorization");
        assertEquals(45, AuthorizationPolicy.addsMinutes(45, null));
        assertEquals(45, AuthorizationPolicy.addsMinutes(90, 45));
        assertEquals(0, AuthorizationPolicy.addsMinutes(30, 45), "a shorter revision never brings the promise forward");
    }

    @Test
    void theToleranceSaysHowFarAnOrderMayExceedItsAuthorization() {
        assertTrue(AuthorizationPolicy.withinAuthorization(d("779.70"), d("779.70"), d("0")));
        assertFalse(AuthorizationPolicy.withinAuthorization(d("779.71"), d("779.70"), d("0")), "default tolerance 0: one fen over stops it");
        assertEquals(d("0.01"), AuthorizationPolicy.exceededBy(d("779.71"), d("779.70"), d("0")));
        assertTrue(AuthorizationPolicy.withinAuthorization(d("799.70"), d("779.70"), d("20.00")));
        assertFalse(AuthorizationPolicy.withinAuthorization(d("799.71"), d("779.70"), d("20.00")));
        assertEquals(d("0.00"), AuthorizationPolicy.exceededBy(d("700.00"), d("779.70"), d("0")));
    }

    @Test
    void theSheetTabulatesEverySumOfChosenItems() {
        assertEquals(List.of(d("0.00"), d("118.00"), d("540.00"), d("658.00")),
                AuthorizationPolicy.subsetSums(List.of(d("540.00"), d("118.00")), d("0.00"), BigDecimal::add));
        assertEquals(List.of(0, 15, 45, 60), AuthorizationPolicy.subsetSums(List.of(45, 15), 0, Integer::sum));
        assertEquals(List.of(0, 10, 20), AuthorizationPolicy.subsetSums(List.of(10, 10), 0, Integer::sum), "equal sums once");
        List<Integer> many = java.util.Collections.nCopies(AuthorizationPolicy.MAX_TABULATED_ITEMS + 1, 7);
        assertEquals(List.of(0, 77), AuthorizationPolicy.subsetSums(many, 0, Integer::sum), "too many items: none and all only");
    }
}
