package com.fours.dms.dispatch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * The hours arithmetic of R-REP-1. Sold (flat-rate) hours against clocked hours: efficiency =
 * sold ÷ clocked; productivity = clocked ÷ the shift time available. A punch still open counts up
 * to now; a punch over midnight counts on each day for its part of that day.
 */
public final class WorkHours {
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private WorkHours() {}

    /** A span of clocked time; {@code end} null while the punch is still open. */
    public record Span(Instant start, Instant end) {}

    /** The part of the span inside [from, to); an open span runs to {@code now} (nothing after now is counted). */
    public static Duration within(Span s, Instant from, Instant to, Instant now) {
        Instant end = s.end() == null ? now : s.end();
        Instant a = max(s.start(), from);
        Instant b = min(min(end, to), now);
        return b.isAfter(a) ? Duration.between(a, b) : Duration.ZERO;
    }

    /** All of the span up to now. */
    public static Duration clocked(Span s, Instant now) {
        return within(s, Instant.MIN, Instant.MAX, now);
    }

    public static Duration total(Collection<Span> spans, Instant from, Instant to, Instant now) {
        return spans.stream().map(s -> within(s, from, to, now)).reduce(Duration.ZERO, Duration::plus);
    }

    /** Hours with two decimals (HALF_UP). */
    public static BigDecimal hours(Duration d) {
        return BigDecimal.valueOf(d.toSeconds()).divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP);
    }

    /** Efficiency = sold ÷ clocked (1.25 = 125 %); null when less than a second was clocked (not computable, not infinite). */
    public static BigDecimal efficiency(BigDecimal soldHours, Duration clocked) {
        if (clocked.toSeconds() <= 0) {
            return null;
        }
        return soldHours.multiply(SECONDS_PER_HOUR).divide(BigDecimal.valueOf(clocked.toSeconds()), 2, RoundingMode.HALF_UP);
    }

    /** Productivity = clocked ÷ available shift time (0.80 = 80 %); null on a day without shift time (day off, leave). */
    public static BigDecimal productivity(Duration clocked, Duration available) {
        if (available.toSeconds() <= 0) {
            return null;
        }
        return BigDecimal.valueOf(clocked.toSeconds()).divide(BigDecimal.valueOf(available.toSeconds()), 2, RoundingMode.HALF_UP);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
