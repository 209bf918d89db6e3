package com.fours.dms.appointment;

import static org.junit.jupiter.api.Assertions.*;

import com.fours.dms.store.StoreCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** R-APT-3 in isolation: what a booking takes, and when it fits. Times are Beijing (UTC+8). */
class CapacityPolicyTest {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z"); // Monday 10:00

    static StoreCalendar calendar(Set<LocalDate> holidays) {
        Map<DayOfWeek, StoreCalendar.Hours> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d != DayOfWeek.SUNDAY) {
                hours.put(d, new StoreCalendar.Hours(LocalTime.of(8, 30), LocalTime.of(18, 0)));
            }
        }
        return new StoreCalendar("T", "测试店", BEIJING, 15, 30, 50, 24, 30, 30, hours, holidays);
    }

    static final CapacityPolicy.Resources SHOP = new CapacityPolicy.Resources(
            Map.of("GENERAL", 2),
            List.of(new CapacityPolicy.Shift(Set.of("MAINTENANCE"), LocalTime.of(8, 30), LocalTime.of(17, 30)),
                    new CapacityPolicy.Shift(Set.of("MAINTENANCE", "DIAGNOSIS"), LocalTime.of(12, 0), LocalTime.of(17, 30))),
            Map.of("A1", 1));

    static final CapacityPolicy.Work MAINTENANCE_HOUR = new CapacityPolicy.Work(60, "GENERAL", Set.of("MAINTENANCE"));

    @Test
    void anHourOfWorkTakesTheReceptionSlotAndFourWorkshopSlots() {
        Instant tue0900 = Instant.parse("2026-11-24T01:00:00Z");
        List<CapacityPolicy.Need> needs = CapacityPolicy.needs(calendar(Set.of()), SHOP, "A1", MAINTENANCE_HOUR, tue0900);
        assertEquals(9, needs.size(), "1 advisor + 4 bay slots + 4 skill slots");
        assertEquals(1, needs.stream().filter(n -> n.resource().equals("advisor:A1")).count());
        assertTrue(needs.stream().filter(n -> n.resource().equals("bay:GENERAL")).allMatch(n -> n.capacity() == 2));
        // Only the morning technician is on shift at 09:00.
        assertTrue(needs.stream().filter(n -> n.resource().equals("skill:MAINTENANCE")).allMatch(n -> n.capacity() == 1));
        assertEquals(needs, needs.stream().sorted().toList(), "needs come in one canonical order, so bookings lock rows alike");
    }

    @Test
    void techniciansOnShiftSetTheSkillCapacity() {
        Instant tue1300 = Instant.parse("2026-11-24T05:00:00Z");
        List<CapacityPolicy.Need> needs = CapacityPolicy.needs(calendar(Set.of()), SHOP, "A1", MAINTENANCE_HOUR, tue1300);
        assertTrue(needs.stream().filter(n -> n.resource().equals("skill:MAINTENANCE")).allMatch(n -> n.capacity() == 2));
        Instant tue1700 = Instant.parse("2026-11-24T09:00:00Z");
        assertTrue(CapacityPolicy.needs(calendar(Set.of()), SHOP, "A1", MAINTENANCE_HOUR, tue1700).stream()
                .anyMatch(n -> n.resource().equals("skill:MAINTENANCE") && n.capacity() == 0), "work past 17:30 has nobody to do it");
    }

    @Test
    void itFitsOnlyWhileEveryNeedHasAFreeUnit() {
        Instant tue0900 = Instant.parse("2026-11-24T01:00:00Z");
        List<CapacityPolicy.Need> needs = CapacityPolicy.needs(calendar(Set.of()), SHOP, "A1", MAINTENANCE_HOUR, tue0900);
        Map<String, Map<Instant, Integer>> used = new HashMap<>();
        assertTrue(CapacityPolicy.fits(needs, used));
        used.put("bay:GENERAL", Map.of(Instant.parse("2026-11-24T01:45:00Z"), 2));
        assertFalse(CapacityPolicy.fits(needs, used), "the last quarter of the hour has no bay left");
    }

    @Test
    void durationRoundsUpToTheGrid() {
        assertEquals(1, CapacityPolicy.slotsFor(5, 15));
        assertEquals(2, CapacityPolicy.slotsFor(16, 15));
        assertEquals(4, CapacityPolicy.slotsFor(60, 15));
    }

    @Test
    void arrivalMustBeFutureOpenAndOnTheGrid() {
        StoreCalendar cal = calendar(Set.of(LocalDate.of(2026, 11, 25)));
        assertTrue(CapacityPolicy.arrivalProblem(cal, Instant.parse("2026-11-24T01:00:00Z"), NOW).isEmpty());
        assertEquals("is in the past", CapacityPolicy.arrivalProblem(cal, Instant.parse("2026-11-23T01:00:00Z"), NOW).orElseThrow());
        assertTrue(CapacityPolicy.arrivalProblem(cal, Instant.parse("2026-11-25T01:00:00Z"), NOW).orElseThrow().contains("closed"), "holiday");
        assertTrue(CapacityPolicy.arrivalProblem(cal, Instant.parse("2026-11-29T01:00:00Z"), NOW).orElseThrow().contains("closed"), "Sunday");
        assertTrue(CapacityPolicy.arrivalProblem(cal, Instant.parse("2026-11-24T00:15:00Z"), NOW).orElseThrow().contains("opening hours"));
        assertTrue(CapacityPolicy.arrivalProblem(cal, Instant.parse("2026-11-24T01:07:00Z"), NOW).orElseThrow().contains("grid"));
    }
}
