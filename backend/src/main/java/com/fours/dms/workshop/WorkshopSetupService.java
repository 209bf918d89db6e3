package com.fours.dms.workshop;

import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.security.StoreAccess;
import com.fours.dms.workshop.api.WorkshopApi.*;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** The store's reception and workshop resources that capacity is computed from (R-APT-3). */
@ApplicationScoped
public class WorkshopSetupService {
    @Inject
    StoreAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    jakarta.persistence.EntityManager em;

    /** What booking needs to know about the store's people and bays (no entities leave this context). */
    public record BookingResources(List<AdvisorView> advisors, java.util.Map<String, Integer> activeBaysByType, List<TechnicianView> technicians,
            List<ServiceTypeView> serviceTypes) {}

    public BookingResources bookingResources(String store) {
        access.require(store);
        java.util.Map<String, Integer> bays = new java.util.HashMap<>();
        Bay.<Bay>list("storeCode = ?1 and active = true", store).forEach(b -> bays.merge(b.bayType.name(), 1, Integer::sum));
        return new BookingResources(
                ServiceAdvisor.<ServiceAdvisor>list("storeCode = ?1 and active = true order by displayName, id", store).stream().map(AdvisorView::of).toList(),
                bays,
                Technician.<Technician>list("storeCode = ?1 and active = true", store).stream().map(TechnicianView::of).toList(),
                ServiceType.<ServiceType>list("storeCode = ?1 order by code", store).stream().map(ServiceTypeView::of).toList());
    }

    /** Advisor and service-type names by id, for texts written by other contexts and by jobs (one query each; no caller needed). */
    public record Names(java.util.Map<UUID, String> advisors, java.util.Map<UUID, String> serviceTypes) {}

    public Names names(java.util.Collection<UUID> advisorIds, java.util.Collection<UUID> serviceTypeIds) {
        java.util.Map<UUID, String> advisors = new java.util.HashMap<>();
        if (!advisorIds.isEmpty()) {
            ServiceAdvisor.<ServiceAdvisor>list("id in ?1", advisorIds).forEach(a -> advisors.put(a.id, a.displayName));
        }
        java.util.Map<UUID, String> types = new java.util.HashMap<>();
        if (!serviceTypeIds.isEmpty()) {
            ServiceType.<ServiceType>list("id in ?1", serviceTypeIds).forEach(t -> types.put(t.id, t.name));
        }
        return new Names(advisors, types);
    }

    /** The logins of the active advisors among these ids, for tasks in an advisor's name opened by jobs and events (no caller needed). */
    public java.util.Map<UUID, String> advisorLogins(java.util.Collection<UUID> advisorIds) {
        java.util.Map<UUID, String> logins = new java.util.HashMap<>();
        if (!advisorIds.isEmpty()) {
            ServiceAdvisor.<ServiceAdvisor>list("id in ?1 and active = true", java.util.Set.copyOf(advisorIds)).forEach(a -> logins.put(a.id, a.username));
        }
        return logins;
    }

    public List<AdvisorView> advisors(String store) {
        access.require(store);
        return ServiceAdvisor.<ServiceAdvisor>list("storeCode = ?1 order by displayName, id", store).stream().map(AdvisorView::of).toList();
    }

    public List<BayView> bays(String store) {
        access.require(store);
        return Bay.<Bay>list("storeCode = ?1 order by code", store).stream().map(BayView::of).toList();
    }

    public List<TechnicianView> technicians(String store) {
        access.require(store);
        return techniciansOfStore(store);
    }

    /**
     * The store's technicians for an event observer or a job: the store was checked by whoever
     * caused the event, or nobody is signed in (a customer deciding through an approval link).
     */
    @SuppressWarnings("unchecked")
    public List<TechnicianView> techniciansOfStore(String store) {
        // Rows, not entities: the board reads every technician with their shifts and leave on each refresh (three statements, nothing to track).
        List<Object[]> rows = em.createNativeQuery("""
                select id, name, skills, work_start, work_end, active, username, foreman, version from technician where store_code = ?1 order by name, id""")
                .setParameter(1, store).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        UUID[] ids = rows.stream().map(r -> (UUID) r[0]).toArray(UUID[]::new);
        java.util.Map<UUID, List<ShiftView>> shifts = new java.util.HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select technician_id, day_of_week, starts, ends from technician_shift where technician_id = any(?1) order by technician_id, day_of_week""")
                .setParameter(1, ids).getResultList()) {
            shifts.computeIfAbsent((UUID) r[0], k -> new java.util.ArrayList<>()).add(new ShiftView(((Number) r[1]).intValue(), time(r[2]), time(r[3])));
        }
        java.util.Map<UUID, List<AbsenceView>> absences = new java.util.HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select technician_id, from_date, to_date, reason from technician_absence where technician_id = any(?1) order by technician_id, position""")
                .setParameter(1, ids).getResultList()) {
            absences.computeIfAbsent((UUID) r[0], k -> new java.util.ArrayList<>()).add(new AbsenceView(date(r[1]), date(r[2]), (String) r[3]));
        }
        return rows.stream().map(r -> {
            UUID id = (UUID) r[0];
            String skills = (String) r[2];
            return new TechnicianView(id, (String) r[1], skills.isBlank() ? List.of() : List.of(skills.split(",")), time(r[3]), time(r[4]),
                    shifts.getOrDefault(id, List.of()), absences.getOrDefault(id, List.of()), (Boolean) r[5], (String) r[6], (Boolean) r[7],
                    ((Number) r[8]).longValue());
        }).toList();
    }

    private static java.time.LocalTime time(Object o) {
        return o instanceof java.sql.Time t ? t.toLocalTime() : (java.time.LocalTime) o;
    }

    private static java.time.LocalDate date(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) o;
    }

    /** R-REP-1: the active technician the signed-in login is linked to in this store, if any. */
    public java.util.Optional<TechnicianView> technicianByUsername(String store, String username) {
        access.require(store);
        return Technician.<Technician>find("storeCode = ?1 and username = ?2 and active = true", store, username).firstResultOptional().map(TechnicianView::of);
    }

    public List<ServiceTypeView> serviceTypes(String store) {
        access.require(store);
        return serviceTypesOfStore(store);
    }

    /** The store's service types for an event observer or a job (see {@link #techniciansOfStore}). */
    public List<ServiceTypeView> serviceTypesOfStore(String store) {
        return ServiceType.<ServiceType>list("storeCode = ?1 order by code", store).stream().map(ServiceTypeView::of).toList();
    }

    @Transactional
    public AdvisorView saveAdvisor(String store, UUID id, Long expectedVersion, AdvisorRequest r) {
        ServiceAdvisor a = id == null ? new ServiceAdvisor() : load(ServiceAdvisor.class, store, id, expectedVersion, x -> x.storeCode, x -> x.version, "Advisor");
        unique(ServiceAdvisor.count("storeCode = ?1 and username = ?2 and id <> ?3", store, r.username(), id(a)), "username", "advisor " + r.username() + " already exists");
        AdvisorView before = id == null ? null : AdvisorView.of(a);
        a.username = r.username().strip();
        a.displayName = r.displayName().strip();
        a.receptionCapacity = r.receptionCapacity();
        a.active = r.active();
        return saved(store, "service-advisor", a, before, AdvisorView::of, x -> x.id, x -> x.storeCode = store, x -> x.id = Ids.newId(clock));
    }

    @Transactional
    public BayView saveBay(String store, UUID id, Long expectedVersion, BayRequest r) {
        Bay b = id == null ? new Bay() : load(Bay.class, store, id, expectedVersion, x -> x.storeCode, x -> x.version, "Bay");
        unique(Bay.count("storeCode = ?1 and code = ?2 and id <> ?3", store, r.code(), id(b)), "code", "bay " + r.code() + " already exists");
        BayView before = id == null ? null : BayView.of(b);
        b.code = r.code();
        b.name = r.name().strip();
        b.bayType = r.bayType();
        b.active = r.active();
        return saved(store, "bay", b, before, BayView::of, x -> x.id, x -> x.storeCode = store, x -> x.id = Ids.newId(clock));
    }

    @Transactional
    public TechnicianView saveTechnician(String store, UUID id, Long expectedVersion, TechnicianRequest r) {
        List<Violation> problems = technicianProblems(r);
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        Technician t = id == null ? new Technician() : load(Technician.class, store, id, expectedVersion, x -> x.storeCode, x -> x.version, "Technician");
        String username = r.username() == null ? null : r.username().strip();
        if (username != null) {
            unique(Technician.count("storeCode = ?1 and username = ?2 and id <> ?3", store, username, id(t)), "username",
                    "login " + username + " is already linked to another technician of this store");
        }
        TechnicianView before = id == null ? null : TechnicianView.of(t);
        t.name = r.name().strip();
        t.username = username;
        t.foreman = Boolean.TRUE.equals(r.foreman());
        t.skills = String.join(",", r.skills().stream().distinct().toList());
        t.workStart = r.workStart();
        t.workEnd = r.workEnd();
        t.active = r.active();
        t.shifts.clear();
        if (r.shifts() == null) {
            for (int day = 1; day <= 7; day++) {
                t.shifts.add(shift(day, r.workStart(), r.workEnd()));
            }
        } else {
            r.shifts().forEach(x -> t.shifts.add(shift(x.dayOfWeek(), x.start(), x.end())));
        }
        t.absences.clear();
        if (r.absences() != null) {
            r.absences().stream().sorted(java.util.Comparator.comparing(AbsenceView::from)).forEach(x -> {
                Technician.Absence a = new Technician.Absence();
                a.fromDate = x.from();
                a.toDate = x.to();
                a.reason = x.reason().strip();
                t.absences.add(a);
            });
        }
        return saved(store, "technician", t, before, TechnicianView::of, x -> x.id, x -> x.storeCode = store, x -> x.id = Ids.newId(clock));
    }

    /** Hours run forwards, a weekday has one shift, leave ends on or after it starts. */
    static List<Violation> technicianProblems(TechnicianRequest r) {
        List<Violation> v = new java.util.ArrayList<>();
        if (!r.workStart().isBefore(r.workEnd())) {
            v.add(new Violation("workEnd", "must be after workStart"));
        }
        if (r.shifts() != null) {
            java.util.Set<Integer> days = new java.util.HashSet<>();
            for (int i = 0; i < r.shifts().size(); i++) {
                ShiftView x = r.shifts().get(i);
                if (!x.start().isBefore(x.end())) {
                    v.add(new Violation("shifts[" + i + "].end", "must be after start"));
                }
                if (!days.add(x.dayOfWeek())) {
                    v.add(new Violation("shifts[" + i + "].dayOfWeek", "weekday " + x.dayOfWeek() + " has more than one shift"));
                }
            }
        }
        if (Boolean.TRUE.equals(r.foreman()) && r.username() == null) {
            v.add(new Violation("foreman", "a foreman needs a linked login (username)"));
        }
        if (r.absences() != null) {
            for (int i = 0; i < r.absences().size(); i++) {
                AbsenceView a = r.absences().get(i);
                if (a.to().isBefore(a.from())) {
                    v.add(new Violation("absences[" + i + "].to", "must be on or after from"));
                }
            }
        }
        return v;
    }

    private static Technician.Shift shift(int day, java.time.LocalTime start, java.time.LocalTime end) {
        Technician.Shift s = new Technician.Shift();
        s.dayOfWeek = day;
        s.starts = start;
        s.ends = end;
        return s;
    }

    @Transactional
    public ServiceTypeView saveServiceType(String store, UUID id, Long expectedVersion, ServiceTypeRequest r) {
        ServiceType s = id == null ? new ServiceType() : load(ServiceType.class, store, id, expectedVersion, x -> x.storeCode, x -> x.version, "Service type");
        unique(ServiceType.count("storeCode = ?1 and code = ?2 and id <> ?3", store, r.code(), id(s)), "code", "service type " + r.code() + " already exists");
        ServiceTypeView before = id == null ? null : ServiceTypeView.of(s);
        s.code = r.code();
        s.name = r.name().strip();
        s.durationMinutes = r.durationMinutes();
        s.bayType = r.bayType();
        s.skill = r.skill();
        s.active = r.active();
        return saved(store, "service-type", s, before, ServiceTypeView::of, x -> x.id, x -> x.storeCode = store, x -> x.id = Ids.newId(clock));
    }

    private <E extends PanacheEntityBase> E load(Class<E> type, String store, UUID id, Long expectedVersion,
            Function<E, String> storeOf, Function<E, Long> versionOf, String what) {
        E e = access.owned(store, em.find(type, id), storeOf, what, id);
        ETags.check(expectedVersion, versionOf.apply(e));
        return e;
    }

    private static UUID id(Object e) {
        UUID id = switch (e) {
            case ServiceAdvisor a -> a.id;
            case Bay b -> b.id;
            case Technician t -> t.id;
            case ServiceType s -> s.id;
            default -> null;
        };
        return id == null ? new UUID(0, 0) : id;
    }

    private static void unique(long clashes, String field, String detail) {
        if (clashes > 0) {
            throw new ProblemException(409, "duplicate", "Duplicate", detail, List.of(new Violation(field, "already used in this store")), null);
        }
    }

    private <E extends PanacheEntityBase, V> V saved(String store, String entityType, E e, V before, Function<E, V> view,
            Function<E, UUID> idOf, java.util.function.Consumer<E> setStore, java.util.function.Consumer<E> setId) {
        if (before == null) {
            access.require(store);
            setStore.accept(e);
            setId.accept(e);
            e.persistAndFlush();
            V v = view.apply(e);
            audit.created(store, entityType, idOf.apply(e), v);
            return v;
        }
        em.flush();
        V v = view.apply(e);
        audit.changed(store, entityType, idOf.apply(e), "updated", before, v);
        return v;
    }
}
