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
import java.util.ArrayList;
import java.util.List;

/**
 * R-CHK-8: the suggested promised delivery time. The jobs' hours plus the store's delivery margin
 * are laid over the store's opening hours from now on; the result is rounded up to 10 minutes and
 * moved out of the cashier's rush hours (to their end, or the next opening when that is after
 * closing). The work starts no earlier than the first time the workshop has a free bay and no
 * earlier than the latest part arrives (both passed in, so this stays a pure function). The reasons
 * say what moved the time. The advisor may override.
 */
public final class PromisedDeliveryPolicy {
    private static final int MAX_DAYS = 60;

    private PromisedDeliveryPolicy() {}

    public record Suggestion(Instant at, List<PromisedDeliveryReason> reasons) {}

    public static Instant suggest(Instant now, BigDecimal jobHours, int marginMinutes, LocalTime rushStart, LocalTime rushEnd, StoreCalendar calendar) {
        return suggest(now, jobHours, marginMinutes, rushStart, rushEnd, calendar, null, null).at();
    }

    /**
     * @param workshopFreeAt the first time from now the workshop has a free bay (null: free now)
     * @param partsAvailableAt when the last missing part arrives (null: all in stock)
     */
    public static Suggestion suggest(Instant now, BigDecimal jobHours, int marginMinutes, LocalTime rushStart, LocalTime rushEnd, StoreCalendar calendar,
            Instant workshopFreeAt, Instant partsAvailableAt) {
        List<PromisedDeliveryReason> reasons = new ArrayList<>();
        if (jobHours.signum() > 0) {
            reasons.add(PromisedDeliveryReason.WORK_HOURS);
        }
        Instant start = now;
        boolean workshopLate = workshopFreeAt != null && workshopFreeAt.isAfter(now);
        boolean partsLate = partsAvailableAt != null && partsAvailableAt.isAfter(now);
        if (workshopLate && (!partsLate || !partsAvailableAt.isAfter(workshopFreeAt))) {
            reasons.add(PromisedDeliveryReason.WORKSHOP_LOAD);
            start = workshopFreeAt;
        }
        if (partsLate && (!workshopLate || !workshopFreeAt.isAfter(partsAvailableAt))) {
            reasons.add(PromisedDeliveryReason.PARTS);
            start = partsAvailableAt;
        }
        Instant at = schedule(start, jobHours, marginMinutes, rushStart, rushEnd, calendar);
        Instant unavoided = schedule(start, jobHours, marginMinutes, null, null, calendar);
        if (!at.equals(unavoided)) {
            reasons.add(PromisedDeliveryReason.RUSH_HOUR_AVOIDED);
        }
        return new Suggestion(at, List.copyOf(reasons));
    }

    /**
     * R-REP-3: a promised time moved by added work: the minutes are laid over the store's opening
     * hours from the current promise on, rounded up to 10 minutes and kept out of the cashier's rush.
     */
    public static Instant extend(Instant promised, int extraMinutes, LocalTime rushStart, LocalTime rushEnd, StoreCalendar calendar) {
        if (extraMinutes <= 0) {
            return promised;
        }
        return schedule(promised, BigDecimal.ZERO, extraMinutes, rushStart, rushEnd, calendar);
    }

    private static Instant schedule(Instant now, BigDecimal jobHours, int marginMinutes, LocalTime rushStart, LocalTime rushEnd, StoreCalendar calendar) {
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
        if (rushStart == null || rushEnd == null) {
            return ready.toInstant();
        }
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
