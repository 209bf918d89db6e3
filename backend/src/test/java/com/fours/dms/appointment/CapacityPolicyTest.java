package com.fours.dms.appointment;

import static org.junit.jupiter.api.Assertions.*;

import com.fours.dms.store.StoreCalendar;
import com.fours.dms.workshop.WorkshopLoad.Need;
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

    /** Works the hours every day of the week, never on leave. */
    static CapacityPolicy.Person person(String id, Set<String> skills, LocalTime start, LocalTime end) {
        Map<DayOfWeek, CapacityPolicy.Hours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            week.put(d, new CapacityPolicy.Hours(start, end));
        }
        return new CapacityPolicy.Person(id, skills, week, List.of());
    }

    static final CapacityPolicy.Resources SHOP = new CapacityPolicy.Resources(
            Map.of("GENERAL", 2),
            List.of(person("T1", Set.of("MAINTENANCE"), LocalTime.of(8, 30), LocalTime.of(17, 30)),
                    person("T2", Set.of("MAINTENANCE", "DIAGNOSIS"), LocalTime.of(12, 0), LocalTime.of(17, 30))),
            Map.of("A1", 1));

    static final CapacityPolicy.Work MAINTENANCE_HOUR = new CapacityPolicy.Work(60, "GENERAL", Set.of("MAINTENANCE"));

    @Test
    void anHourOfWorkTakesTheReceptionSlotAndFourWorkshopSlots() {
        Instant tue0900 = Instant.parse("2026-11-24T01:00:00Z");
        List<Need> needs = CapacityPolicy.needs(calendar(Set.of()), SHOP, "A1", MAINTENANCE_HOUR, tue0900);
        assertEquals(9, needs.size(), "1 advisor + 4 bay slots + 4 technician slots");
        assertEquals(List.of("advisor:A1"), needs.get(0).options());
        assertTrue(needs.subList(1, 5).stream().allMatch(n -> n.options().equals(List.of("bay:GENERAL")) && n.capacity() == 2));
        // Only the morning technician is on shift at 09:00: one person, one unit.
        assertTrue(needs.subList(5, 9).stream().allMatch(n -> n.options().equals(List.of("technician:T1")) && n.capacity() == 1));
    }

    @Test
    void aTechnicianWithTwoSkillsIsOnePersonNotTwoUnitsOfCapacity() {
        // One technician who can do both A and B; plenty of bays.
        CapacityPolicy.Resources shop = new CapacityPolicy.Resources(Map.of("GENERAL", 5),
                List.of(person("T1", Set.of("A", "B"), LocalTime.of(8, 30), LocalTime.of(17, 30))), Map.of("A1", 2));
        Instant tue0900 = Instant.parse("2026-11-24T01:00:00Z");
        Map<String, Map<Instant, Integer>> used = new HashMap<>();
        List<Need> first = CapacityPolicy.needs(calendar(Set.of()), shop, "A1", new CapacityPolicy.Work(15, "GENERAL", Set.of("A")), tue0900);
        assertTrue(CapacityPolicy.fits(first, used));
        take(first, used);
        List<Need> second = CapacityPolicy.needs(calendar(Set.of()), shop, "A1", new CapacityPolicy.Work(15, "GENERAL", Set.of("B")), tue0900);
        assertFalse(CapacityPolicy.fits(second, used), "the only technician is already busy with the first booking");
    }

    @Test
    void theFewestSkilledFreeTechnicianIsTakenFirstAndNobodyTwice() {
        CapacityPolicy.Resources shop = new CapacityPolicy.Resources(Map.of("GENERAL", 5),
                List.of(person("T9", Set.of("A", "B"), LocalTime.of(8, 30), LocalTime.of(17, 30)),
                        person("T1", Set.of("A"), LocalTime.of(8, 30), LocalTime.of(17, 30))), Map.of("A1", 3));
        Instant tue0900 = Instant.parse("2026-11-24T01:00:00Z");
        Map<String, Map<Instant, Integer>> used = new HashMap<>();
        List<Need> a = CapacityPolicy.needs(calendar(Set.of()), shop, "A1", new CapacityPolicy.Work(15, "GENERAL", Set.of("A")), tue0900);
        assertEquals(List.of("technician:T1", "technician:T9"), a.get(2).options());
        take(a, used);
        List<Need> b = CapacityPolicy.needs(calendar(Set.of()), shop, "A1", new CapacityPolicy.Work(15, "GENERAL", Set.of("B")), tue0900);
        assertTrue(CapacityPolicy.fits(b, used), "the versatile technician was kept for the work only they can do");
        take(b, used);
        assertFalse(CapacityPolicy.fits(CapacityPolicy.needs(calendar(Set.of()), shop, "A1", new CapacityPolicy.Work(15, "GENERAL", Set.of("A")), tue0900), used));
    }

    @Test
    void aTechnicianOnLeaveOrOffThatWeekdayGivesNoCapacity() {
        Map<DayOfWeek, CapacityPolicy.Hours> weekdays = new EnumMap<>(DayOfWeek.class);
        weekdays.put(DayOfWeek.MONDAY, new CapacityPolicy.Hours(LocalTime.of(8, 30), LocalTime.of(17, 30)));
        weekdays.put(DayOfWeek.TUESDAY, new CapacityPolicy.Hours(LocalTime.of(8, 30), LocalTime.of(17, 30)));
        CapacityPolicy.Person t = new CapacityPolicy.Person("T1", Set.of("MAINTENANCE"), weekdays,
                List.of(new CapacityPolicy.Leave(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 24))));
        CapacityPolicy.Resources shop = new CapacityPolicy.Resources(Map.of("GENERAL", 2), List.of(t), Map.of("A1", 1));
        StoreCalendar cal = calendar(Set.of());
        assertTrue(CapacityPolicy.fits(CapacityPolicy.needs(cal, shop, "A1", MAINTENANCE_HOUR, Instant.parse("2026-11-23T03:00:00Z")), Map.of()), "Monday: on shift");
        assertFalse(CapacityPolicy.fits(CapacityPolicy.needs(cal, shop, "A1", MAINTENANCE_HOUR, Instant.parse("2026-11-24T01:00:00Z")), Map.of()), "Tuesday: on leave");
        assertFalse(CapacityPolicy.fits(CapacityPolicy.needs(cal, shop, "A1", MAINTENANCE_HOUR, Instant.parse("2026-11-25T01:00:00Z")), Map.of()), "Wednesday: no shift");
        assertTrue(CapacityPolicy.fits(CapacityPolicy.needs(cal, shop, "A1", MAINTENANCE_HOUR, Instant.parse("2026-11-30T01:00:00Z")), Map.of()), "next Monday");
    }

    /** What the ledger does: one unit of the first free option of every need. */
    static void take(List<Need> needs, Map<String, Map<Instant, Integer>> used) {
        for (Need n : needs) {
            String r = n.freeOption(used).orElseThrow();
            used.computeIfAbsent(r, k -> new HashMap<>()).merge(n.slot(), 1, Integer::sum);
        }
    }

    @Test
    void techniciansOnShiftSetTheSkillCapacity() {
        Instant tue1300 = Instant.parse("2026-11-24T05:00:00Z");
        List<Need> needs = CapacityPolicy.needs(calendar(Set.of()), SHOP, "A1", MAINTENANCE_HOUR, tue1300);
        assertTrue(needs.subList(5, 9).stream().allMatch(n -> n.options().equals(List.of("technician:T1", "technician:T2"))));
        Instant tue1700 = Instant.parse("2026-11-24T09:00:00Z");
        assertTrue(CapacityPolicy.needs(calendar(Set.of()), SHOP, "A1", MAINTENANCE_HOUR, tue1700).stream()
                .anyMatch(n -> n.options().isEmpty() && n.capacity() == 0), "work past 17:30 has nobody to do it");
    }

    @Test
    void itFitsOnlyWhileEveryNeedHasAFreeUnit() {
        Instant tue0900 = Instant.parse("2026-11-24T01:00:00Z");
        List<Need> needs = CapacityPolicy.needs(calendar(Set.of()), SHOP, "A1", MAINTENANCE_HOUR, tue0900);
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
