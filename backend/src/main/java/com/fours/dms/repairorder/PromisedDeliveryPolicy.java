package com.fours.dms.repairorder;

import com.fours.dms.store.StoreCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * R-CHK-8: the suggested promised delivery time. The jobs' hours plus the store's delivery margin
 * are laid over the store's opening hours from now on; the result is rounded up to 10 minutes and
 * moved out of the cashier's rush hours (to their end, or the next opening when that is after
 * closing). Workshop load and parts availability are not yet known here (workshop issue); the
 * advisor may override.
 */
public final class PromisedDeliveryPolicy {
    private static final int MAX_DAYS = 60;

    private PromisedDeliveryPolicy() {}

    public static Instant suggest(Instant now, BigDecimal jobHours, int marginMinutes, LocalTime rushStart, LocalTime rushEnd, StoreCalendar calendar) {
        long minutes = jobHours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.CEILING).longValue() + marginMinutes;
        ZonedDateTime t = now.atZone(calendar.zone());
        ZonedDateTime ready = null;
        for (int day = 0; day <= MAX_DAYS && ready == null; day++) {
            LocalDate date = t.toLocalDate().plusDays(day);
            if (!calendar.isOpenOn(date)) {
                continue;
            }
            StoreCalendar.Hours h = calendar.openingHours().get(date.getDayOfWeek());
            ZonedDateTime opens = date.atTime(h.opens()).atZone(calendar.zone());
            ZonedDateTime closes = date.atTime(h.closes()).atZone(calendar.zone());
            ZonedDateTime start = day == 0 && t.isAfter(opens) ? t : opens;
            if (!start.isBefore(closes)) {
                continue;
            }
            long available = Duration.between(start, closes).toMinutes();
            if (minutes <= available) {
                ready = start.plusMinutes(minutes);
            } else {
                minutes -= available;
            }
        }
        if (ready == null) {
            return now.plus(Duration.ofMinutes(minutes));
        }
        ready = roundUpToTenMinutes(ready);
        return avoidRush(ready, rushStart, rushEnd, calendar).toInstant();
    }

    /** A time inside [rushStart, rushEnd) moves to rushEnd, or to the next opening if the store is closed by then. */
    static ZonedDateTime avoidRush(ZonedDateTime ready, LocalTime rushStart, LocalTime rushEnd, StoreCalendar calendar) {
        LocalTime local = ready.toLocalTime();
        if (local.isBefore(rushStart) || !local.isBefore(rushEnd)) {
            return ready;
        }
        StoreCalendar.Hours h = calendar.openingHours().get(ready.getDayOfWeek());
        if (h != null && !rushEnd.isAfter(h.closes())) {
            return ready.with(rushEnd);
        }
        for (int day = 1; day <= MAX_DAYS; day++) {
            LocalDate date = ready.toLocalDate().plusDays(day);
            if (calendar.isOpenOn(date)) {
                return date.atTime(calendar.openingHours().get(date.getDayOfWeek()).opens()).atZone(calendar.zone());
            }
        }
        return ready.with(rushEnd);
    }

    static ZonedDateTime roundUpToTenMinutes(ZonedDateTime t) {
        ZonedDateTime hour = t.truncatedTo(ChronoUnit.HOURS);
        long seconds = ChronoUnit.SECONDS.between(hour, t) + (t.getNano() > 0 ? 1 : 0);
        long rounded = (seconds + 599) / 600 * 600;
        return hour.plusSeconds(rounded);
    }
}
