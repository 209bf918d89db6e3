package com.fours.dms.followup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * R-FUP-4: the store-local hours in which customers may be called (their busy hours lie outside).
 * Also the no-answer retry: later the same day while the window is open, else the next day's start.
 */
public record CallWindow(LocalTime start, LocalTime end) {

    public boolean isOpen(Instant at, ZoneId zone) {
        LocalTime t = at.atZone(zone).toLocalTime();
        return !t.isBefore(start) && t.isBefore(end);
    }

    /** The first moment at or after {@code at} inside the window (store-local days). */
    public Instant nextOpening(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        if (isOpen(at, zone)) {
            return at;
        }
        LocalDate day = local.toLocalTime().isBefore(start) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        return day.atTime(start).atZone(zone).toInstant();
    }

    /** When to call again after no answer: {@code retry} later if that is still inside today's window, else the next day's opening. */
    public Instant retryAfterNoAnswer(Instant now, Duration retry, ZoneId zone) {
        Instant later = now.plus(retry);
        boolean sameDay = later.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
        if (sameDay && isOpen(later, zone)) {
            return later;
        }
        if (sameDay && later.atZone(zone).toLocalTime().isBefore(start)) {
            return nextOpening(later, zone);
        }
        return now.atZone(zone).toLocalDate().plusDays(1).atTime(start).atZone(zone).toInstant();
    }
}
