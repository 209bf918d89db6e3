package com.fours.dms.catalogue;

import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Issue 8 (R-CHK-4, R-CHK-5): an estimate line picked from the catalogue is priced by the catalogue
 * (a part's list price, an operation's flat-rate hours). The advisor may move that figure by at most
 * the store's tolerance (default 10 %), and only with a reason, which the line keeps; further is
 * refused (409 R-CHK-4), without a reason is a 400 on {@code priceOverrideReason}.
 */
public final class PriceTolerancePolicy {
    public static final String RULE = "R-CHK-4";
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private PriceTolerancePolicy() {}

    /**
     * The reason recorded for the line: null when the figure is the catalogue's; the advisor's reason
     * when it deviates within the tolerance.
     */
    public static String overrideReason(String field, BigDecimal catalogue, BigDecimal given, BigDecimal tolerancePercent, String reason) {
        if (given == null || given.compareTo(catalogue) == 0) {
            return null;
        }
        if (deviationPercent(catalogue, given).compareTo(tolerancePercent) > 0) {
            throw new ProblemException(409, RULE, "Refused by business rule " + RULE,
                    field + " " + given.toPlainString() + " is more than the store's tolerance of " + tolerancePercent.stripTrailingZeros().toPlainString()
                            + " % away from the catalogue's " + catalogue.toPlainString(),
                    List.of(new Violation(field, "may differ from the catalogue's " + catalogue.toPlainString() + " by at most "
                            + tolerancePercent.stripTrailingZeros().toPlainString() + " %")), null);
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.validation(List.of(new Violation("priceOverrideReason",
                    "is required when " + field + " differs from the catalogue's " + catalogue.toPlainString())));
        }
        return reason.strip();
    }

    /** |given − catalogue| / catalogue in percent; any change of a zero catalogue figure is infinitely far. */
    static BigDecimal deviationPercent(BigDecimal catalogue, BigDecimal given) {
        if (catalogue.signum() == 0) {
            return given.signum() == 0 ? BigDecimal.ZERO : new BigDecimal("1E9");
        }
        return given.subtract(catalogue).abs().multiply(HUNDRED).divide(catalogue, 6, RoundingMode.HALF_UP);
    }
}
