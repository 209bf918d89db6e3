package com.fours.dms.dispatch;

import com.fours.dms.workshop.api.WorkshopApi.AbsenceView;
import com.fours.dms.workshop.api.WorkshopApi.ShiftView;
import com.fours.dms.workshop.api.WorkshopApi.TechnicianView;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** A technician's working time on one store-local day, from the workshop set-up (weekday shifts, leave). */
public final class Shifts {
    private Shifts() {}

    /** The shift of that weekday; empty on a day off. */
    public static Optional<ShiftView> shiftOn(TechnicianView t, LocalDate day) {
        int weekday = day.getDayOfWeek().getValue();
        return t.shifts().stream().filter(s -> s.dayOfWeek() == weekday).findFirst();
    }

    /** The leave that covers the day, if any. */
    public static Optional<AbsenceView> absenceOn(TechnicianView t, LocalDate day) {
        return t.absences().stream().filter(a -> !day.isBefore(a.from()) && !day.isAfter(a.to())).findFirst();
    }

    /** The shift's start and end instants that day; empty on a day off or on leave. */
    public static Optional<Instant[]> workingTime(TechnicianView t, LocalDate day, ZoneId zone) {
        if (absenceOn(t, day).isPresent()) {
            return Optional.empty();
        }
        return shiftOn(t, day).map(s -> new Instant[] {day.atTime(s.start()).atZone(zone).toInstant(), day.atTime(s.end()).atZone(zone).toInstant()});
    }

    /** Shift time available that day (zero on a day off or on leave). */
    public static Duration available(TechnicianView t, LocalDate day, ZoneId zone) {
        return workingTime(t, day, zone).map(w -> Duration.between(w[0], w[1])).orElse(Duration.ZERO);
    }
}
