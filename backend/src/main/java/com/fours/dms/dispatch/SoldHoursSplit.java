package com.fours.dms.dispatch;

import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * R-REP-1, a job worked by a team: how its sold (flat-rate) hours are credited to each member for
 * their efficiency. A member may be given a share (0.6 = 60 %); the members without one split what
 * the others leave equally (the store's default rule: an equal split when nobody has a share).
 * Hours are rounded to 0.01 and the cents the rounding leaves go to the lead, so the members'
 * hours always add up to the job's sold hours exactly.
 */
public final class SoldHoursSplit {
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private SoldHoursSplit() {}

    /** One member of the crew; {@code share} null: an equal part of the rest. */
    public record Member(UUID technicianId, boolean lead, BigDecimal share) {}

    /**
     * The shares as given are possible: each in (0, 1], together at most 1, and exactly 1 when every
     * member has one. Violations name {@code field}[i].share (i the member's index); empty when fine.
     */
    public static List<Violation> check(List<Member> crew, String field) {
        List<Violation> v = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        boolean allGiven = true;
        for (int i = 0; i < crew.size(); i++) {
            BigDecimal s = crew.get(i).share();
            if (s == null) {
                allGiven = false;
                continue;
            }
            if (s.signum() <= 0 || s.compareTo(BigDecimal.ONE) > 0) {
                v.add(new Violation(field + "[" + i + "].share", "must be more than 0 and at most 1 (1 = all the sold hours)"));
            }
            sum = sum.add(s);
        }
        if (sum.compareTo(BigDecimal.ONE) > 0) {
            v.add(new Violation(field, "the shares add up to " + sum.stripTrailingZeros().toPlainString() + ", more than 1 (all the sold hours)"));
        } else if (allGiven && !crew.isEmpty() && sum.compareTo(BigDecimal.ONE) != 0) {
            v.add(new Violation(field, "every member has a share, so they must add up to 1; they add up to " + sum.stripTrailingZeros().toPlainString()));
        } else if (!allGiven && sum.compareTo(BigDecimal.ONE) == 0) {
            v.add(new Violation(field, "the shares given already add up to 1, leaving nothing for the members without one"));
        }
        return v;
    }

    /** Each member's effective share (in crew order), four decimals; 400 (validation) when {@link #check} fails. */
    public static Map<UUID, BigDecimal> shares(List<Member> crew) {
        require(crew);
        BigDecimal given = crew.stream().map(Member::share).filter(s -> s != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        long open = crew.stream().filter(m -> m.share() == null).count();
        BigDecimal each = open == 0 ? BigDecimal.ZERO : BigDecimal.ONE.subtract(given).divide(BigDecimal.valueOf(open), 4, RoundingMode.HALF_UP);
        Map<UUID, BigDecimal> out = new LinkedHashMap<>();
        for (Member m : crew) {
            out.put(m.technicianId(), (m.share() == null ? each : m.share()).setScale(4, RoundingMode.HALF_UP));
        }
        return out;
    }

    /** Each member's part of the sold hours (in crew order), 0.01 h; they add up to {@code soldHours} exactly (rounding cents to the lead, else the first member). */
    public static Map<UUID, BigDecimal> hours(BigDecimal soldHours, List<Member> crew) {
        Map<UUID, BigDecimal> shares = shares(crew);
        BigDecimal total = soldHours.setScale(2, RoundingMode.HALF_UP);
        Map<UUID, BigDecimal> out = new LinkedHashMap<>();
        shares.forEach((id, share) -> out.put(id, total.multiply(share).setScale(2, RoundingMode.DOWN)));
        BigDecimal rest = total.subtract(out.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        if (rest.signum() != 0 && !crew.isEmpty()) {
            UUID to = crew.stream().filter(Member::lead).findFirst().orElse(crew.get(0)).technicianId();
            out.put(to, out.get(to).add(rest));
        }
        return out;
    }

    private static void require(List<Member> crew) {
        List<Violation> v = check(crew, "crew");
        if (!v.isEmpty()) {
            throw ProblemException.validation(v);
        }
    }
}
