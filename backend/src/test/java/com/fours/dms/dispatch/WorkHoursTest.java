package com.fours.dms.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fours.dms.workshop.api.WorkshopApi.AbsenceView;
import com.fours.dms.workshop.api.WorkshopApi.ShiftView;
import com.fours.dms.workshop.api.WorkshopApi.TechnicianView;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The hours arithmetic of R-REP-1: efficiency = sold ÷ clocked, productivity = clocked ÷ available shift time. */
class WorkHoursTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final Instant DAY_START = MONDAY.atStartOfDay(SHANGHAI).toInstant();
    static final Instant DAY_END = MONDAY.plusDays(1).atStartOfDay(SHANGHAI).toInstant();

    static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(SHANGHAI).toInstant();
    }

    static TechnicianView technician(List<ShiftView> shifts, List<AbsenceView> absences) {
        return new TechnicianView(UUID.randomUUID(), "赵师傅", List.of("MAINTENANCE"), LocalTime.of(8, 30), LocalTime.of(17, 30), shifts, absences, true, null, false, 0);
    }

    @Test
    void efficiencyIsSoldOverClockedAndNullWhenNothingWasClocked() {
        assertEquals(new BigDecimal("1.25"), WorkHours.efficiency(new BigDecimal("2.50"), Duration.ofHours(2)));
        assertEquals(new BigDecimal("0.67"), WorkHours.efficiency(new BigDecimal("1.00"), Duration.ofMinutes(90)));
        assertNull(WorkHours.efficiency(new BigDecimal("3.00"), Duration.ZERO), "zero clocked: not computable, not infinite");
        // A technician who clocked on a moment ago (under a second) opens "my jobs": no division by zero (was a 500).
        assertNull(WorkHours.efficiency(new BigDecimal("1.00"), Duration.ofMillis(300)));
        assertNull(WorkHours.productivity(Duration.ofMillis(300), Duration.ofMillis(900)));
        assertEquals(new BigDecimal("0.00"), WorkHours.efficiency(BigDecimal.ZERO, Duration.ofHours(1)), "clocked but nothing finished yet");
    }

    @Test
    void productivityIsClockedOverAvailableAndNullOnADayWithoutShift() {
        assertEquals(new BigDecimal("0.75"), WorkHours.productivity(Duration.ofMinutes(405), Duration.ofHours(9)));
        assertNull(WorkHours.productivity(Duration.ofHours(1), Duration.ZERO));
    }

    @Test
    void anOvernightPunchCountsOnEachDayForItsPartOfThatDay() {
        WorkHours.Span night = new WorkHours.Span(at(MONDAY, "22:00"), at(MONDAY.plusDays(1), "02:30"));
        Instant later = at(MONDAY.plusDays(2), "09:00");
        assertEquals(Duration.ofHours(2), WorkHours.within(night, DAY_START, DAY_END, later));
        assertEquals(Duration.ofMinutes(150), WorkHours.within(night, DAY_END, DAY_END.plus(Duration.ofDays(1)), later));
        assertEquals(Duration.ofMinutes(270), WorkHours.clocked(night, later));
    }

    @Test
    void anOpenPunchCountsUpToTheClocksNowAndNothingAfter() {
        WorkHours.Span open = new WorkHours.Span(at(MONDAY, "09:00"), null);
        Instant now = at(MONDAY, "10:45");
        assertEquals(Duration.ofMinutes(105), WorkHours.within(open, DAY_START, DAY_END, now));
        assertEquals(Duration.ZERO, WorkHours.within(open, DAY_END, DAY_END.plus(Duration.ofDays(1)), now), "tomorrow has nothing yet");
        // Left open over midnight and read the next morning: each day gets its part.
        Instant nextMorning = at(MONDAY.plusDays(1), "08:00");
        assertEquals(Duration.ofHours(15), WorkHours.within(open, DAY_START, DAY_END, nextMorning));
        assertEquals(Duration.ofHours(8), WorkHours.within(open, DAY_END, DAY_END.plus(Duration.ofDays(1)), nextMorning));
    }

    @Test
    void totalsAddSpansAndHoursRoundToTwoDecimals() {
        List<WorkHours.Span> spans = List.of(new WorkHours.Span(at(MONDAY, "08:30"), at(MONDAY, "10:10")), new WorkHours.Span(at(MONDAY, "10:10"), at(MONDAY, "10:30")));
        Duration total = WorkHours.total(spans, DAY_START, DAY_END, at(MONDAY, "12:00"));
        assertEquals(Duration.ofMinutes(120), total);
        assertEquals(new BigDecimal("2.00"), WorkHours.hours(total));
        assertEquals(new BigDecimal("0.33"), WorkHours.hours(Duration.ofMinutes(20)));
    }

    @Test
    void availableTimeIsTheShiftOfThatWeekdayMinusLeave() {
        TechnicianView t = technician(List.of(new ShiftView(1, LocalTime.of(8, 30), LocalTime.of(17, 30)), new ShiftView(2, LocalTime.of(13, 0), LocalTime.of(17, 0))),
                List.of(new AbsenceView(MONDAY.plusDays(7), MONDAY.plusDays(8), "年假")));
        assertEquals(Duration.ofHours(9), Shifts.available(t, MONDAY, SHANGHAI));
        assertEquals(Duration.ofHours(4), Shifts.available(t, MONDAY.plusDays(1), SHANGHAI));
        assertEquals(Duration.ZERO, Shifts.available(t, MONDAY.plusDays(2), SHANGHAI), "Wednesday is a day off");
        assertEquals(Duration.ZERO, Shifts.available(t, MONDAY.plusDays(7), SHANGHAI), "on leave");
    }
}
