package com.fours.dms.appointment;

import com.fours.dms.store.StoreCalendar;
import com.fours.dms.workshop.WorkshopLoad;
import com.fours.dms.workshop.WorkshopLoad.Need;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * R-APT-3: a slot is bookable only if the advisor's reception capacity and the workshop's capacity
 * for the work allow it. Per slot the work takes one bay of its bay type and one technician who
 * has every skill it needs and works then (their shift that weekday, not on leave). A technician
 * is one person: whatever their skills, they give one unit of capacity per slot.
 */
public final class CapacityPolicy {
    private CapacityPolicy() {}

    /** What the store has: capacities that do not depend on bookings. */
    public record Resources(Map<String, Integer> baysByType, List<Person> technicians, Map<String, Integer> advisorCapacity) {}

    public record Hours(LocalTime start, LocalTime end) {}

    public record Leave(LocalDate from, LocalDate to) {}

    /** A technician: skills, shift per weekday (store-local), and leave. */
    public record Person(String id, Set<String> skills, Map<DayOfWeek, Hours> shifts, List<Leave> leave) {
        /** Works the whole of [from, to) on that day. */
        public boolean works(LocalDate day, LocalTime from, LocalTime to) {
            Hours h = shifts.get(day.getDayOfWeek());
            return h != null && from.isBefore(to) && !from.isBefore(h.start()) && !to.isAfter(h.end())
                    && leave.stream().noneMatch(l -> !day.isBefore(l.from()) && !day.isAfter(l.to()));
        }
    }

    /** The work to book: how long, in which bay type, with which skills. */
    public record Work(int durationMinutes, String bayType, Set<String> skills) {}

    public static String advisor(Object advisorId) {
        return "advisor:" + advisorId;
    }

    public static String bay(String bayType) {
        return WorkshopLoad.bay(bayType);
    }

    /** Whole slots the work occupies (duration rounded up to the grid). */
    public static int slotsFor(int durationMinutes, int slotMinutes) {
        return WorkshopLoad.slotsFor(durationMinutes, slotMinutes);
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

    /**
     * Every slot the booking takes, in one canonical order (advisor, then bays by slot, then
     * technicians by slot and person), so concurrent bookings lock rows alike. Technicians are
     * tried with the fewest skills first, keeping the versatile ones for the work only they can do.
     */
    public static List<Need> needs(StoreCalendar cal, Resources res, Object advisorId, Work work, Instant arrival) {
        List<Need> needs = new ArrayList<>();
        needs.add(Need.of(advisor(advisorId), arrival, res.advisorCapacity().getOrDefault(String.valueOf(advisorId), 0)));
        int slots = slotsFor(work.durationMinutes(), cal.slotMinutes());
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            times.add(arrival.plus(Duration.ofMinutes((long) i * cal.slotMinutes())));
        }
        for (Instant slot : times) {
            needs.add(Need.of(bay(work.bayType()), slot, res.baysByType().getOrDefault(work.bayType(), 0)));
        }
        List<Person> qualified = res.technicians().stream().filter(t -> t.skills().containsAll(work.skills()))
                .sorted(Comparator.comparingInt((Person t) -> t.skills().size()).thenComparing(Person::id)).toList();
        for (Instant slot : times) {
            ZonedDateTime local = slot.atZone(cal.zone());
            LocalTime from = local.toLocalTime();
            LocalTime to = from.plusMinutes(cal.slotMinutes());
            List<String> onShift = qualified.stream().filter(t -> t.works(local.toLocalDate(), from, to)).map(t -> WorkshopLoad.technician(t.id())).toList();
            needs.add(new Need(onShift, slot, onShift.isEmpty() ? 0 : 1));
        }
        return needs;
    }

    /** Free units of each need given current use; the booking fits if every one is positive. */
    public static boolean fits(List<Need> needs, Map<String, Map<Instant, Integer>> used) {
        return needs.stream().allMatch(n -> n.freeOption(used).isPresent());
    }

    public static int free(Need n, Map<String, Map<Instant, Integer>> used) {
        return n.free(used);
    }
}
