package com.fours.dms.appointment;

import com.fours.dms.store.StoreCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * R-APT-3: a slot is bookable only if the advisor's reception capacity and the workshop's capacity
 * for the work allow it. The workshop's capacity per slot is the number of active bays of the
 * work's bay type, and, per required skill, the technicians with that skill on shift then.
 */
public final class CapacityPolicy {
    private CapacityPolicy() {}

    /** What the store has: capacities that do not depend on bookings. */
    public record Resources(Map<String, Integer> baysByType, List<Shift> technicians, Map<String, Integer> advisorCapacity) {}

    public record Shift(Set<String> skills, LocalTime start, LocalTime end) {}

    /** The work to book: how long, in which bay type, with which skills. */
    public record Work(int durationMinutes, String bayType, Set<String> skills) {}

    /** One slot of one resource that a booking takes, and how much of it exists. */
    public record Need(String resource, Instant slot, int capacity) implements Comparable<Need> {
        @Override
        public int compareTo(Need o) {
            int c = resource.compareTo(o.resource);
            return c != 0 ? c : slot.compareTo(o.slot);
        }
    }

    public static String advisor(Object advisorId) {
        return "advisor:" + advisorId;
    }

    public static String bay(String bayType) {
        return "bay:" + bayType;
    }

    public static String skill(String skill) {
        return "skill:" + skill;
    }

    /** Whole slots the work occupies (duration rounded up to the grid). */
    public static int slotsFor(int durationMinutes, int slotMinutes) {
        return Math.max(1, (durationMinutes + slotMinutes - 1) / slotMinutes);
    }

    /** Why an arrival time cannot be booked at all (closed, off-grid, past), or empty. */
    public static Optional<String> arrivalProblem(StoreCalendar cal, Instant arrival, Instant now) {
        ZonedDateTime local = arrival.atZone(cal.zone());
        LocalDate day = local.toLocalDate();
        if (!arrival.isAfter(now)) {
            return Optional.of("is in the past");
        }
        if (!cal.isOpenOn(day)) {
            return Optional.of("the store is closed on " + day);
        }
        StoreCalendar.Hours hours = cal.openingHours().get(day.getDayOfWeek());
        LocalTime t = local.toLocalTime();
        if (t.isBefore(hours.opens()) || !t.isBefore(hours.closes())) {
            return Optional.of("is outside opening hours " + hours.opens() + "-" + hours.closes());
        }
        long minutes = Duration.between(day.atStartOfDay(cal.zone()), local).toMinutes();
        if (local.getSecond() != 0 || local.getNano() != 0 || minutes % cal.slotMinutes() != 0) {
            return Optional.of("must start on the " + cal.slotMinutes() + "-minute grid");
        }
        return Optional.empty();
    }

    /** Every resource-slot the booking takes, in a canonical order (so concurrent bookings lock in the same order). */
    public static List<Need> needs(StoreCalendar cal, Resources res, Object advisorId, Work work, Instant arrival) {
        TreeSet<Need> needs = new TreeSet<>();
        needs.add(new Need(advisor(advisorId), arrival, res.advisorCapacity().getOrDefault(String.valueOf(advisorId), 0)));
        int slots = slotsFor(work.durationMinutes(), cal.slotMinutes());
        for (int i = 0; i < slots; i++) {
            Instant slot = arrival.plus(Duration.ofMinutes((long) i * cal.slotMinutes()));
            needs.add(new Need(bay(work.bayType()), slot, res.baysByType().getOrDefault(work.bayType(), 0)));
            LocalTime from = slot.atZone(cal.zone()).toLocalTime();
            LocalTime to = from.plusMinutes(cal.slotMinutes());
            for (String skill : work.skills()) {
                int onShift = (int) res.technicians().stream()
                        .filter(t -> t.skills().contains(skill) && !from.isBefore(t.start()) && !to.isAfter(t.end()) && from.isBefore(to))
                        .count();
                needs.add(new Need(skill(skill), slot, onShift));
            }
        }
        return new ArrayList<>(needs);
    }

    /** Free units of each need given current use; the booking fits if every one is positive. */
    public static boolean fits(List<Need> needs, Map<String, Map<Instant, Integer>> used) {
        return needs.stream().allMatch(n -> n.capacity() - used.getOrDefault(n.resource(), Map.of()).getOrDefault(n.slot(), 0) > 0);
    }

    public static int free(Need n, Map<String, Map<Instant, Integer>> used) {
        return n.capacity() - used.getOrDefault(n.resource(), Map.of()).getOrDefault(n.slot(), 0);
    }
}
