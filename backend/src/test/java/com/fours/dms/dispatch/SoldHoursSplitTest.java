package com.fours.dms.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fours.dms.dispatch.SoldHoursSplit.Member;
import com.fours.dms.shared.error.ProblemException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R-REP-1, a team job: how the sold hours are split over its crew for efficiency. */
class SoldHoursSplitTest {
    static final UUID LEAD = UUID.fromString("00000000-0000-7000-8000-000000000001");
    static final UUID HELPER = UUID.fromString("00000000-0000-7000-8000-000000000002");
    static final UUID THIRD = UUID.fromString("00000000-0000-7000-8000-000000000003");

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void withoutSharesTheStoreRuleSplitsEquallyAndTheLeadTakesTheRoundingCents() {
        List<Member> crew = List.of(new Member(LEAD, true, null), new Member(HELPER, false, null), new Member(THIRD, false, null));
        Map<UUID, BigDecimal> h = SoldHoursSplit.hours(d("1.00"), crew);
        assertEquals(d("0.34"), h.get(LEAD));
        assertEquals(d("0.33"), h.get(HELPER));
        assertEquals(d("0.33"), h.get(THIRD));
        assertEquals(d("0.3333"), SoldHoursSplit.shares(crew).get(HELPER));
        assertEquals(d("1.50"), SoldHoursSplit.hours(d("3.00"), crew.subList(0, 2)).get(HELPER));
    }

    @Test
    void givenSharesAreKeptAndTheMembersWithoutOneSplitTheRest() {
        List<Member> crew = List.of(new Member(LEAD, true, d("0.6")), new Member(HELPER, false, d("0.4")));
        Map<UUID, BigDecimal> h = SoldHoursSplit.hours(d("2.50"), crew);
        assertEquals(d("1.50"), h.get(LEAD));
        assertEquals(d("1.00"), h.get(HELPER));
        List<Member> mixed = List.of(new Member(LEAD, true, null), new Member(HELPER, false, d("0.5")), new Member(THIRD, false, null));
        Map<UUID, BigDecimal> m = SoldHoursSplit.hours(d("1.00"), mixed);
        assertEquals(d("0.50"), m.get(HELPER));
        assertEquals(d("0.25"), m.get(LEAD));
        assertEquals(d("0.25"), m.get(THIRD));
        assertEquals(d("0.2500"), SoldHoursSplit.shares(mixed).get(THIRD));
    }

    @Test
    void theMembersHoursAlwaysAddUpToTheSoldHours() {
        for (String sold : List.of("0.01", "0.10", "0.50", "1.00", "1.37", "7.99", "12.50")) {
            for (List<Member> crew : List.of(
                    List.of(new Member(LEAD, true, null)),
                    List.of(new Member(LEAD, true, null), new Member(HELPER, false, null), new Member(THIRD, false, null)),
                    List.of(new Member(LEAD, true, d("0.333")), new Member(HELPER, false, d("0.333")), new Member(THIRD, false, null)),
                    List.of(new Member(HELPER, false, d("0.7")), new Member(LEAD, true, d("0.3"))))) {
                BigDecimal sum = SoldHoursSplit.hours(d(sold), crew).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(0, d(sold).compareTo(sum), sold + " over " + crew);
            }
        }
    }

    @Test
    void impossibleSharesAreRefusedNamingTheField() {
        assertTrue(SoldHoursSplit.check(List.of(new Member(LEAD, true, d("0.5")), new Member(HELPER, false, null)), "helpers").isEmpty());
        assertEquals("helpers", SoldHoursSplit.check(List.of(new Member(LEAD, true, d("0.7")), new Member(HELPER, false, d("0.4"))), "helpers").get(0).field(),
                "more than all the hours");
        assertEquals("helpers", SoldHoursSplit.check(List.of(new Member(LEAD, true, d("0.5")), new Member(HELPER, false, d("0.4"))), "helpers").get(0).field(),
                "everyone has a share, so they must make 1");
        assertEquals("helpers", SoldHoursSplit.check(List.of(new Member(LEAD, true, d("1")), new Member(HELPER, false, null)), "helpers").get(0).field(),
                "nothing left for the helper");
        assertEquals("helpers[1].share", SoldHoursSplit.check(List.of(new Member(LEAD, true, null), new Member(HELPER, false, d("0"))), "helpers").get(0).field());
        ProblemException e = assertThrows(ProblemException.class, () -> SoldHoursSplit.hours(d("1"), List.of(new Member(LEAD, true, d("0.2")))));
        assertEquals(400, e.status(), "a validation problem");
    }
}
