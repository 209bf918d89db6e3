package com.fours.dms.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Quiet hours in the store's zone, across midnight or within a day (R-APT-6). */
class QuietHoursTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    final QuietHours night = new QuietHours("店", SHANGHAI, LocalTime.of(21, 0), LocalTime.of(8, 0));

    @Test
    void theEveningIsHeldUntilTheNextMorning() {
        assertEquals(Optional.of(Instant.parse("2026-11-24T00:00:00Z")), night.heldUntil(Instant.parse("2026-11-23T13:00:00Z"))); // 21:00
        assertEquals(Optional.of(Instant.parse("2026-11-24T00:00:00Z")), night.heldUntil(Instant.parse("2026-11-23T15:59:00Z"))); // 23:59
    }

    @Test
    void theEarlyMorningIsHeldUntilEightTheSameDay() {
        assertEquals(Optional.of(Instant.parse("2026-11-24T00:00:00Z")), night.heldUntil(Instant.parse("2026-11-23T18:30:00Z"))); // 02:30
    }

    @Test
    void daytimeAndTheEdgesAreNotHeld() {
        assertEquals(Optional.empty(), night.heldUntil(Instant.parse("2026-11-24T00:00:00Z"))); // 08:00
        assertEquals(Optional.empty(), night.heldUntil(Instant.parse("2026-11-23T12:59:59Z"))); // 20:59:59
    }

    @Test
    void aPeriodWithinOneDayAndNoPeriodAtAll() {
        QuietHours lunch = new QuietHours("店", SHANGHAI, LocalTime.of(12, 0), LocalTime.of(13, 30));
        assertEquals(Optional.of(Instant.parse("2026-11-23T05:30:00Z")), lunch.heldUntil(Instant.parse("2026-11-23T04:15:00Z"))); // 12:15
        assertEquals(Optional.empty(), lunch.heldUntil(Instant.parse("2026-11-23T06:00:00Z")));
        QuietHours none = new QuietHours("店", SHANGHAI, LocalTime.of(21, 0), LocalTime.of(21, 0));
        assertEquals(Optional.empty(), none.heldUntil(Instant.parse("2026-11-23T14:00:00Z")));
    }
}
