package com.fours.dms.repairorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fours.dms.shared.error.ProblemException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-CHK-10: handover time to the nearest 10 minutes; who may assign. */
class HandoverPolicyTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static Instant round(String t) {
        return HandoverPolicy.roundToTenMinutes(Instant.parse(t), SHANGHAI);
    }

    @Test
    void roundsToTheNearestTenMinutes() {
        assertEquals(Instant.parse("2026-11-23T02:10:00Z"), round("2026-11-23T02:14:59Z"));
        assertEquals(Instant.parse("2026-11-23T02:20:00Z"), round("2026-11-23T02:15:00Z"));
        assertEquals(Instant.parse("2026-11-23T02:00:00Z"), round("2026-11-23T02:04:59.999Z"));
        assertEquals(Instant.parse("2026-11-23T02:30:00Z"), round("2026-11-23T02:30:00Z"));
        assertEquals(Instant.parse("2026-11-23T03:00:00Z"), round("2026-11-23T02:56:10Z"));
        assertEquals(Instant.parse("2026-11-24T00:00:00Z"), round("2026-11-23T23:55:00Z"));
    }

    @Test
    void roundsInStoreLocalTimeForOddOffsets() {
        // Nepal is UTC+05:45: 10:07 local is 04:22Z and rounds to 10:10 local = 04:25Z.
        assertEquals(Instant.parse("2026-11-23T04:25:00Z"), HandoverPolicy.roundToTenMinutes(Instant.parse("2026-11-23T04:22:00Z"), ZoneId.of("Asia/Kathmandu")));
    }

    static Instant handover(String now, String signedAt) {
        return HandoverPolicy.handoverTime(Instant.parse(now), signedAt == null ? null : Instant.parse(signedAt), SHANGHAI);
    }

    @Test
    void theHandoverTimeIsNeverBeforeTheSignature() {
        // 10:04 would round down to 10:00, before the 10:03 signature: the next mark at or after it, 10:10.
        assertEquals(Instant.parse("2026-11-23T02:10:00Z"), handover("2026-11-23T02:04:00Z", "2026-11-23T02:03:00Z"));
        assertEquals(Instant.parse("2026-11-23T02:10:00Z"), handover("2026-11-23T02:04:59Z", "2026-11-23T02:00:01Z"));
        // Signed exactly on a mark: that mark.
        assertEquals(Instant.parse("2026-11-23T02:00:00Z"), handover("2026-11-23T02:04:00Z", "2026-11-23T02:00:00Z"));
        // Rounding up, or down to a mark after the signature, stays as R-CHK-10 says.
        assertEquals(Instant.parse("2026-11-23T02:10:00Z"), handover("2026-11-23T02:06:00Z", "2026-11-23T02:03:00Z"));
        assertEquals(Instant.parse("2026-11-23T02:20:00Z"), handover("2026-11-23T02:24:00Z", "2026-11-23T02:03:00Z"));
        assertEquals(Instant.parse("2026-11-23T02:00:00Z"), handover("2026-11-23T02:04:00Z", null));
    }

    @Test
    void theNextMarkAfterTheSignatureIsOnTheStoresClock() {
        // Kathmandu (UTC+05:45): signed 10:03 local (04:18Z), handed over 10:04 local → 10:10 local = 04:25Z.
        assertEquals(Instant.parse("2026-11-23T04:25:00Z"),
                HandoverPolicy.handoverTime(Instant.parse("2026-11-23T04:19:00Z"), Instant.parse("2026-11-23T04:18:00Z"), ZoneId.of("Asia/Kathmandu")));
    }

    @Test
    void aSingleTeamOrderMayBeAssignedByTheAdvisor() {
        assertEquals(HandoverRoute.ADVISOR_DIRECT, HandoverPolicy.route(List.of(WorkshopTeam.MECHANICAL, WorkshopTeam.MECHANICAL), true));
        assertEquals(HandoverRoute.FOREMAN, HandoverPolicy.route(List.of(WorkshopTeam.MECHANICAL), false));
        assertEquals(HandoverRoute.ADVISOR_DIRECT, HandoverPolicy.route(List.of(), true));
    }

    @Test
    void aMultiTeamOrderGoesToTheForeman() {
        assertEquals(HandoverRoute.FOREMAN, HandoverPolicy.route(List.of(WorkshopTeam.BODY, WorkshopTeam.PAINT), false));
        ProblemException e = assertThrows(ProblemException.class, () -> HandoverPolicy.route(List.of(WorkshopTeam.BODY, WorkshopTeam.PAINT), true));
        assertEquals("R-CHK-10", e.code());
        assertEquals(409, e.status());
    }
}
