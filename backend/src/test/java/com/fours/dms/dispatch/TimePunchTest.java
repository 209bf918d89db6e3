package com.fours.dms.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fours.dms.shared.error.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Punches end once and never before they started, so one technician's punches never overlap (R-REP-1). */
class TimePunchTest {
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    static final UUID TECH = UUID.randomUUID();

    @Test
    void switchingWorkEndsThePreviousPunchWhereTheNextStarts() {
        TimePunch first = TimePunch.onJob(UUID.randomUUID(), "BJ01", TECH, UUID.randomUUID(), "tech", NOW);
        Instant switchAt = NOW.plus(Duration.ofMinutes(45));
        first.end(PunchEndReason.SWITCHED, "tech", switchAt);
        TimePunch next = TimePunch.nonProductive(UUID.randomUUID(), "BJ01", TECH, NonProductiveCode.CLEANING, null, "tech", switchAt);
        assertFalse(first.open());
        assertTrue(next.open());
        assertFalse(first.endedAt.isAfter(next.startedAt), "no overlap");
        assertEquals(Duration.ofMinutes(45), WorkHours.clocked(first.span(), switchAt.plusSeconds(999)));
    }

    @Test
    void aPunchEndsOnceAndNeverBeforeItStarted() {
        TimePunch p = TimePunch.onJob(UUID.randomUUID(), "BJ01", TECH, UUID.randomUUID(), "tech", NOW);
        p.end(PunchEndReason.CLOCKED_OFF, "tech", NOW.minusSeconds(30));
        assertEquals(NOW, p.endedAt, "a clock set back never makes negative time");
        ProblemException e = assertThrows(ProblemException.class, () -> p.end(PunchEndReason.CLOCKED_OFF, "tech", NOW.plusSeconds(60)));
        assertEquals("R-REP-1", e.code());
    }

    @Test
    void aNonProductiveNoteIsTrimmedAndBlankIsNone() {
        assertEquals(null, TimePunch.nonProductive(UUID.randomUUID(), "BJ01", TECH, NonProductiveCode.TRAINING, "  ", "tech", NOW).note);
        assertEquals("高压安全培训", TimePunch.nonProductive(UUID.randomUUID(), "BJ01", TECH, NonProductiveCode.TRAINING, " 高压安全培训 ", "tech", NOW).note);
    }
}
