package com.fours.dms.workshop;

import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.store.StoreCalendar;
import com.fours.dms.store.StoreService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The workshop's load (R-APT-3, R-CHK-8): who holds which bay, technician and advisor slot. A
 * holder is an appointment (a booking) or a repair order (a walk-in car in the shop). A unit is
 * taken with a conditional upsert that only succeeds while used &lt; capacity, under the row lock;
 * needs are taken in one canonical order, so concurrent bookings queue on the same rows instead
 * of deadlocking, and the shop can never be overbooked whatever the concurrency. This context owns
 * the tables {@code capacity_use} and {@code workshop_hold}.
 */
@ApplicationScoped
public class WorkshopLoad {
    private static final Logger LOG = Logger.getLogger(WorkshopLoad.class);
    /** How far ahead a car in the shop or a promise looks for free bay time. */
    static final int SCAN_DAYS = 14;

    @Inject
    EntityManager em;

    @Inject
    StoreService stores;

    /**
     * One slot that a holder takes: one unit of any of the options (tried in this order), each
     * of which has {@code capacity} units. A bay type is one option with as many units as bays; a
     * technician is one option per qualified person with one unit each, so a person is counted once.
     */
    public record Need(List<String> options, Instant slot, int capacity) {
        public static Need of(String resource, Instant slot, int capacity) {
            return new Need(List.of(resource), slot, capacity);
        }

        /** The first option with a free unit given the current use. */
        public Optional<String> freeOption(Map<String, Map<Instant, Integer>> used) {
            return options.stream().filter(o -> capacity - used.getOrDefault(o, Map.of()).getOrDefault(slot, 0) > 0).findFirst();
        }

        /** Free units over all options. */
        public int free(Map<String, Map<Instant, Integer>> used) {
            return options.stream().mapToInt(o -> Math.max(0, capacity - used.getOrDefault(o, Map.of()).getOrDefault(slot, 0))).sum();
        }
    }

    public static String bay(String bayType) {
        return "bay:" + bayType;
    }

    public static String technician(Object technicianId) {
        return "technician:" + technicianId;
    }

    /** Takes every need for the holder or throws 409 R-APT-3 (the caller's transaction rolls back). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reserve(String store, UUID holder, List<Need> needs) {
        for (Need n : needs) {
            if (tryReserve(store, holder, n).isEmpty()) {
                throw full(n);
            }
        }
    }

    /** Takes one unit of the first option with one left; empty when all are full (nothing is taken then). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> tryReserve(String store, UUID holder, Need n) {
        for (String resource : n.options()) {
            int taken = n.capacity() <= 0 ? 0 : em.createNativeQuery("""
                    insert into capacity_use (store_code, resource, slot_start, used) values (?1, ?2, ?3, 1)
                    on conflict (store_code, resource, slot_start)
                    do update set used = capacity_use.used + 1 where capacity_use.used < ?4""")
                    .setParameter(1, store).setParameter(2, resource).setParameter(3, n.slot()).setParameter(4, n.capacity())
                    .executeUpdate();
            if (taken > 0) {
                em.createNativeQuery("insert into workshop_hold (holder_id, store_code, resource, slot_start) values (?1, ?2, ?3, ?4)")
                        .setParameter(1, holder).setParameter(2, store).setParameter(3, resource).setParameter(4, n.slot()).executeUpdate();
                return Optional.of(resource);
            }
        }
        return Optional.empty();
    }

    /** Gives back everything the holders hold (set-based; safe to call twice). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(Collection<UUID> holders) {
        if (holders.isEmpty()) {
            return;
        }
        UUID[] ids = holders.toArray(UUID[]::new);
        em.createNativeQuery("""
                update capacity_use cu set used = cu.used - x.n
                from (select h.store_code, h.resource, h.slot_start, count(*) n
                        from workshop_hold h where h.holder_id = any(?1) group by 1, 2, 3) x
                where cu.store_code = x.store_code and cu.resource = x.resource and cu.slot_start = x.slot_start""")
                .setParameter(1, ids).executeUpdate();
        em.createNativeQuery("delete from workshop_hold where holder_id = any(?1)").setParameter(1, ids).executeUpdate();
    }

    /** Current use per resource and slot in [from, to). */
    @SuppressWarnings("unchecked")
    public Map<String, Map<Instant, Integer>> usage(String store, Instant from, Instant to) {
        List<Object[]> rows = em.createNativeQuery("select resource, slot_start, used from capacity_use where store_code = ?1 and slot_start >= ?2 and slot_start < ?3 and used > 0")
                .setParameter(1, store).setParameter(2, from).setParameter(3, to).getResultList();
        Map<String, Map<Instant, Integer>> used = new HashMap<>();
        for (Object[] r : rows) {
            used.computeIfAbsent((String) r[0], k -> new HashMap<>()).put(instant(r[1]), ((Number) r[2]).intValue());
        }
        return used;
    }

    /**
     * R-CHK-8: the first start on the store's slot grid, from the slot that contains {@code now},
     * at which a bay of the type is free for the whole duration, counting bookings and the cars in
     * the shop that hold bay time. {@code now} when the store has no bay of that type (nothing to wait for).
     */
    public Instant firstFree(String store, String bayType, int minutes, Instant now) {
        int bays = bays(store, bayType);
        if (bays <= 0) {
            return now;
        }
        StoreCalendar cal = stores.calendar(store);
        List<Instant> grid = grid(cal, now, SCAN_DAYS);
        int slots = slotsFor(minutes, cal.slotMinutes());
        Map<Instant, Integer> used = usage(store, grid.get(0), grid.get(grid.size() - 1).plus(Duration.ofMinutes(cal.slotMinutes()))).getOrDefault(bay(bayType), Map.of());
        for (int i = 0; i + slots <= grid.size(); i++) {
            boolean free = true;
            for (int k = i; k < i + slots && free; k++) {
                free = used.getOrDefault(grid.get(k), 0) < bays;
            }
            if (free) {
                Instant start = grid.get(i);
                return start.isBefore(now) ? now : start;
            }
        }
        return grid.get(grid.size() - 1);
    }

    /**
     * A car that is in the shop without a booking (a signed walk-in) takes the capacity a booking of
     * its work would (R-APT-3), so a booking cannot take the same bay or technician time: for each
     * grid slot of its labour, one bay of its bay type and one technician who works then (their
     * shift that weekday, not on leave; a person is one unit whatever their skills, those with the
     * fewest skills first). The work is laid on the first slots from now at which both are free;
     * slots at which nobody is on shift are passed over (the car waits, nobody works on it), so a
     * job longer than a shift carries on the next working day. The order's lines name a team, not
     * a booked skill, so any technician qualifies. A store without technicians counts bays only.
     * Released by {@link #release} when the car leaves the shop.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdFromNow(String store, UUID holder, String bayType, int minutes, Instant now) {
        int bays = bays(store, bayType);
        if (bays <= 0) {
            return;
        }
        StoreCalendar cal = stores.calendar(store);
        int slots = slotsFor(minutes, cal.slotMinutes());
        List<Instant> grid = grid(cal, now, SCAN_DAYS);
        Map<String, Map<Instant, Integer>> used = usage(store, grid.get(0), grid.get(grid.size() - 1).plus(Duration.ofMinutes(cal.slotMinutes())));
        List<Technician> people = Technician.<Technician>list("storeCode = ?1 and active = true", store).stream()
                .sorted(java.util.Comparator.comparingInt((Technician t) -> t.skillList().size()).thenComparing(t -> t.id.toString())).toList();
        List<Need> bayNeeds = new ArrayList<>();
        List<Need> technicianNeeds = new ArrayList<>();
        for (Instant slot : grid) {
            if (bayNeeds.size() == slots) {
                break;
            }
            Need bay = Need.of(bay(bayType), slot, bays);
            Need technician = people.isEmpty() ? null : new Need(onShift(people, cal, slot), slot, 1);
            if (bay.freeOption(used).isPresent() && (technician == null || technician.freeOption(used).isPresent())) {
                bayNeeds.add(bay);
                if (technician != null) {
                    technicianNeeds.add(technician);
                }
            }
        }
        // Bays by slot, then technicians by slot: the order bookings take them in, so the two queue instead of deadlocking.
        List<Need> needs = new ArrayList<>(bayNeeds);
        needs.addAll(technicianNeeds);
        for (Need n : needs) {
            // A booking made in the same moment may take the slot first; the car is here anyway, so what is left is held.
            if (tryReserve(store, holder, n).isEmpty()) {
                LOG.infof("walk-in %s: no %s left at %s", holder, n.options().isEmpty() ? "technician" : n.options().get(0), n.slot());
            }
        }
        if (bayNeeds.size() < slots) {
            LOG.infof("walk-in %s: only %d of %d slots free in the next %d days", holder, bayNeeds.size(), slots, SCAN_DAYS);
        }
    }

    /** The technicians (as resources) who work the whole of the slot, in the order given. */
    private static List<String> onShift(List<Technician> people, StoreCalendar cal, Instant slot) {
        ZonedDateTime local = slot.atZone(cal.zone());
        java.time.LocalTime from = local.toLocalTime();
        java.time.LocalTime to = from.plusMinutes(cal.slotMinutes());
        return people.stream().filter(t -> t.worksWhole(local.toLocalDate(), from, to)).map(t -> technician(t.id)).toList();
    }

    private int bays(String store, String bayType) {
        return ((Number) em.createNativeQuery("select count(*) from bay where store_code = ?1 and bay_type = ?2 and active")
                .setParameter(1, store).setParameter(2, bayType).getSingleResult()).intValue();
    }

    /** Whole slots the work occupies (duration rounded up to the grid; at least one). */
    public static int slotsFor(int durationMinutes, int slotMinutes) {
        return Math.max(1, (durationMinutes + slotMinutes - 1) / slotMinutes);
    }

    /** The start of the store-local grid slot that contains the instant. */
    static Instant floor(StoreCalendar cal, Instant t) {
        ZonedDateTime local = t.atZone(cal.zone());
        ZonedDateTime midnight = local.toLocalDate().atStartOfDay(cal.zone());
        long minutes = Duration.between(midnight, local).toMinutes();
        return midnight.plusMinutes(minutes / cal.slotMinutes() * cal.slotMinutes()).toInstant();
    }

    private static List<Instant> grid(StoreCalendar cal, Instant now, int days) {
        Instant first = floor(cal, now);
        Instant end = first.plus(Duration.ofDays(days));
        List<Instant> grid = new ArrayList<>();
        for (Instant t = first; t.isBefore(end); t = t.plus(Duration.ofMinutes(cal.slotMinutes()))) {
            grid.add(t);
        }
        return grid;
    }

    private static Instant instant(Object o) {
        return switch (o) {
            case Instant i -> i;
            case OffsetDateTime odt -> odt.toInstant();
            case Timestamp ts -> ts.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp type " + o.getClass());
        };
    }

    public static ProblemException noAdvisorFree(Instant slot) {
        return ProblemException.rule("R-APT-3", "No advisor has reception capacity left at " + slot + "; pick another slot");
    }

    private static ProblemException full(Need n) {
        String first = n.options().isEmpty() ? "technician:" : n.options().get(0);
        String what = first.startsWith("advisor:") ? "The advisor has no reception capacity left"
                : first.startsWith("bay:") ? "No " + first.substring(4) + " bay is free"
                : "No technician with the skills for this work is on shift and free";
        return ProblemException.rule("R-APT-3", what + " at " + n.slot() + "; pick another slot");
    }
}
