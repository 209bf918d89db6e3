package com.fours.dms.store;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * R-APT-6: a store's quiet hours in its own zone. Customer messages that fall due inside them are
 * held until they end. The period may run past midnight (21:00-08:00); start == end means none.
 */
public record QuietHours(String storeName, ZoneId zone, LocalTime start, LocalTime end) {

    /** The instant the quiet period containing {@code at} ends, or empty when {@code at} is not in quiet hours. */
    public Optional<Instant> heldUntil(Instant at) {
        if (start.equals(end)) {
            return Optional.empty();
        }
        ZonedDateTime local = at.atZone(zone);
        LocalTime t = local.toLocalTime();
        if (start.isBefore(end)) {
            return !t.isBefore(start) && t.isBefore(end) ? Optional.of(local.with(end).toInstant()) : Optional.empty();
        }
        if (!t.isBefore(start)) {
            return Optional.of(local.toLocalDate().plusDays(1).atTime(end).atZone(zone).toInstant());
        }
        if (t.isBefore(end)) {
            return Optional.of(local.with(end).toInstant());
        }
        return Optional.empty();
    }
}
