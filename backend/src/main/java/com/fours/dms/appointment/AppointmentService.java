package com.fours.dms.appointment;

import com.fours.dms.catalogue.ReservationSource;
import com.fours.dms.catalogue.StockService;

import com.fours.dms.appointment.api.AppointmentApi;
import com.fours.dms.appointment.api.AppointmentApi.*;
import com.fours.dms.appointment.api.AppointmentApiViewBuilder;
import com.fours.dms.customer.CustomerService;
import com.fours.dms.customer.VehicleService;
import com.fours.dms.customer.api.CustomerApiVehicleRequestBuilder;
import com.fours.dms.repairorder.RepairOrderDrafts;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.persistence.Cursor;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.persistence.ChangeFeed;
import com.fours.dms.shared.persistence.PageRequest;
import com.fours.dms.shared.security.StoreAccess;
import com.fours.dms.store.StoreCalendar;
import com.fours.dms.store.StoreService;
import com.fours.dms.workshop.WorkshopLoad;
import com.fours.dms.workshop.WorkshopSetupService;
import com.fours.dms.workshop.WorkshopSetupService.BookingResources;
import com.fours.dms.workshop.api.WorkshopApi.AdvisorView;
import com.fours.dms.workshop.api.WorkshopApi.ServiceTypeView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Booking, availability and the appointment lifecycle (R-APT-1..7, R-PRE-1..2). */
@ApplicationScoped
public class AppointmentService {
    static final String ENTITY = "appointment";
    static final int MAX_RANGE_DAYS = 31;

    @Inject
    StoreService stores;

    @Inject
    jakarta.enterprise.event.Event<AppointmentChanged> appointmentChanged;

    @Inject
    StoreAccess access;

    @Inject
    WorkshopSetupService workshop;

    @Inject
    CustomerService customers;

    @Inject
    VehicleService vehicles;

    @Inject
    WorkshopLoad ledger;

    @Inject
    StockService stock;

    @Inject
    AppointmentNotices notices;

    @Inject
    RepairOrderDrafts drafts;

    @Inject
    IntegratorScope integratorScope;

    @Inject
    com.fours.dms.repairorder.RepairOrderQueries orderQueries;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    // ---- availability -------------------------------------------------------------------------

    /** R-APT-3: the start times in [from, to] (store-local dates) at which the work fits, with the advisors free then. */
    public List<Slot> availability(String store, LocalDate from, LocalDate to, List<String> serviceTypeCodes, UUID advisorId) {
        StoreCalendar cal = stores.calendar(store);
        if (to.isBefore(from) || to.isAfter(from.plusDays(MAX_RANGE_DAYS))) {
            throw ProblemException.validation(List.of(new Violation("to", "must be on or after from and at most " + MAX_RANGE_DAYS + " days later")));
        }
        BookingResources res = workshop.bookingResources(store);
        List<ServiceTypeView> services = services(res, serviceTypeCodes, "serviceTypes");
        CapacityPolicy.Work work = work(services);
        CapacityPolicy.Resources capacity = capacity(res);
        List<AdvisorView> advisors = res.advisors().stream().filter(a -> advisorId == null || a.id().equals(advisorId)).toList();
        Instant now = clock.instant();
        Instant rangeStart = from.atStartOfDay(cal.zone()).toInstant();
        Instant rangeEnd = to.plusDays(2).atStartOfDay(cal.zone()).toInstant();
        Map<String, Map<Instant, Integer>> used = ledger.usage(store, rangeStart, rangeEnd);
        List<Slot> slots = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (!cal.isOpenOn(day)) {
                continue;
            }
            StoreCalendar.Hours hours = cal.openingHours().get(day.getDayOfWeek());
            int open = hours.opens().toSecondOfDay() / 60;
            int close = hours.closes().toSecondOfDay() / 60;
            for (int minute = (open + cal.slotMinutes() - 1) / cal.slotMinutes() * cal.slotMinutes(); minute < close; minute += cal.slotMinutes()) {
                LocalTime t = LocalTime.ofSecondOfDay(minute * 60L);
                Instant start = ZonedDateTime.of(day, t, cal.zone()).toInstant();
                if (CapacityPolicy.arrivalProblem(cal, start, now).isPresent()) {
                    continue;
                }
                List<WorkshopLoad.Need> workshopNeeds = workshop(CapacityPolicy.needs(cal, capacity, "-", work, start));
                if (!CapacityPolicy.fits(workshopNeeds, used)) {
                    continue;
                }
                int workshopFree = workshopNeeds.stream().mapToInt(n -> CapacityPolicy.free(n, used)).min().orElse(0);
                List<FreeAdvisor> free = new ArrayList<>();
                for (AdvisorView a : advisors) {
                    int f = a.receptionCapacity() - used.getOrDefault(CapacityPolicy.advisor(a.id()), Map.of()).getOrDefault(start, 0);
                    if (f > 0) {
                        free.add(new FreeAdvisor(a.id(), a.displayName(), f));
                    }
                }
                if (!free.isEmpty()) {
                    slots.add(new Slot(start, start.plus(Duration.ofMinutes((long) CapacityPolicy.slotsFor(work.durationMinutes(), cal.slotMinutes()) * cal.slotMinutes())), free, workshopFree));
                }
            }
        }
        return slots;
    }

    // ---- booking ------------------------------------------------------------------------------

    @Transactional
    public View book(String store, BookRequest req) {
        StoreCalendar cal = stores.calendar(store);
        BookingResources res = workshop.bookingResources(store);
        SetupReadiness.refuseUnready(cal, res, req.serviceTypeCodes());
        List<ServiceTypeView> services = services(res, req.serviceTypeCodes(), "serviceTypeCodes");
        CapacityPolicy.Work work = work(services);
        Instant now = clock.instant();
        CapacityPolicy.arrivalProblem(cal, req.arrivalAt(), now).ifPresent(p -> {
            throw new ProblemException(422, "R-APT-3", "Not bookable", "arrivalAt " + p, List.of(new Violation("arrivalAt", p)), null);
        });
        UUID customerId = customer(store, req);
        UUID vehicleId = vehicle(store, req, customerId);

        Appointment a = new Appointment();
        a.id = Ids.newId(clock);
        a.storeCode = store;
        a.customerId = customerId;
        a.vehicleId = vehicleId;
        a.origin = req.origin();
        a.channel = req.channel();
        integratorScope.stamp(a);
        a.reminderTaskId = req.reminderTaskId();
        a.arrivalAt = req.arrivalAt();
        a.durationMinutes = CapacityPolicy.slotsFor(work.durationMinutes(), cal.slotMinutes()) * cal.slotMinutes();
        a.tentativeDeliveryAt = a.arrivalAt.plus(Duration.ofMinutes(a.durationMinutes + (long) cal.deliveryMarginMinutes()));
        a.bayType = work.bayType();
        a.mileage = req.mileage();
        a.lastServiceDate = req.lastServiceDate();
        a.requestedWork = req.requestedWork().strip();
        a.priceIndication = req.priceIndication();
        a.documentsToBring = req.documentsToBring() == null ? "" : req.documentsToBring().stream().distinct().map(Enum::name).collect(Collectors.joining(","));
        a.serviceTypeIds = new ArrayList<>(services.stream().map(ServiceTypeView::id).toList());
        a.parts = parts(req.parts());
        a.depositRequired = DepositPolicy.requiredDeposit(a.parts, cal.depositSharePercent());
        a.parts.forEach(p -> p.orderStatus = p.highValue && a.depositRequired.signum() > 0 ? "ON_HOLD" : "TO_ORDER");
        a.repeatRepair = Boolean.TRUE.equals(req.repeatRepair()) || RepeatRepairPolicy.isRepeat(vehicleId, a.requestedWork, a.serviceTypeIds, a.arrivalAt, cal.repeatRepairWindowDays());
        a.status = a.depositRequired.signum() > 0 ? AppointmentStatus.DEPOSIT_REQUIRED
                : (a.channel == Channel.WEB || a.channel == Channel.INTEGRATOR) ? AppointmentStatus.REQUESTED : AppointmentStatus.CONFIRMED;
        a.createdAt = now;
        a.updatedAt = now;
        refuseDoubleBooking(a, null, req.doubleBookingOverride());
        reserve(store, cal, res, work, a, req.advisorId());
        if (a.status == AppointmentStatus.CONFIRMED) {
            prepareDraft(a);
        }
        a.flush();
        reserveParts(a);
        View view = view(a);
        audit.created(store, ENTITY, a.id, view);
        appointmentChanged.fire(AppointmentChanged.of(a, "booked", null));
        notifyWorkshopAndParts(cal, a, view);
        return view;
    }

    /**
     * Reserves capacity with the chosen advisor, or the first advisor (in id order) still free then.
     * Rows are always locked in one order — advisors by id, then bays and skills by resource and
     * slot — so concurrent bookings queue instead of deadlocking.
     */
    private UUID reserve(String store, StoreCalendar cal, BookingResources res, CapacityPolicy.Work work, Appointment a, UUID advisorId) {
        List<AdvisorView> candidates = res.advisors().stream().filter(x -> advisorId == null || x.id().equals(advisorId))
                .sorted(java.util.Comparator.comparing(x -> x.id().toString())).toList();
        if (candidates.isEmpty()) {
            throw new ProblemException(422, "unknown-reference", "Unknown reference", "No active advisor " + advisorId + " in store " + store,
                    List.of(new Violation("advisorId", "no such active advisor in this store")), null);
        }
        CapacityPolicy.Resources capacity = capacity(res);
        a.advisorId = candidates.get(0).id();
        // The reservation rows reference the appointment, so it is written first; a full slot rolls both back.
        a.persistAndFlush();
        UUID chosen = null;
        for (AdvisorView candidate : candidates) {
            WorkshopLoad.Need reception = WorkshopLoad.Need.of(CapacityPolicy.advisor(candidate.id()), a.arrivalAt, candidate.receptionCapacity());
            if (ledger.tryReserve(store, a.id, reception).isPresent()) {
                chosen = candidate.id();
                break;
            }
        }
        if (chosen == null) {
            throw WorkshopLoad.noAdvisorFree(a.arrivalAt);
        }
        a.advisorId = chosen;
        ledger.reserve(store, a.id, workshop(CapacityPolicy.needs(cal, capacity, chosen, work, a.arrivalAt)));
        return chosen;
    }

    /** The needs after the advisor's (which always comes first). */
    private static List<WorkshopLoad.Need> workshop(List<WorkshopLoad.Need> needs) {
        return needs.subList(1, needs.size());
    }

    /**
     * R-APT-2: one vehicle is not booked twice for overlapping times (arrival to tentative
     * delivery) unless the request says why; the vehicle's bookings are serialised by a
     * transaction lock so two concurrent bookings cannot both pass the check.
     */
    private void refuseDoubleBooking(Appointment a, UUID except, DoubleBookingOverride override) {
        io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(hashtextextended(cast(?1 as text), 7))").setParameter(1, a.vehicleId).getSingleResult();
        List<Appointment> clash = Appointment.<Appointment>find(
                "storeCode = ?1 and vehicleId = ?2 and status in ?3 and arrivalAt < ?4 and tentativeDeliveryAt > ?5 and id <> ?6 order by arrivalAt",
                a.storeCode, a.vehicleId, ACTIVE, a.tentativeDeliveryAt, a.arrivalAt, except == null ? a.id : except).list();
        if (clash.isEmpty()) {
            return;
        }
        if (override != null) {
            a.doubleBookingReason = override.reason().strip();
            return;
        }
        Appointment other = clash.get(0);
        throw new ProblemException(409, "R-APT-2", "Vehicle already booked",
                "The vehicle already has appointment " + other.id + " (" + other.status + ") arriving " + other.arrivalAt
                        + " until " + other.tentativeDeliveryAt + "; reschedule that one, or book with doubleBookingOverride and a reason",
                List.of(new Violation("vehicleId", "already booked: appointment " + other.id + " at " + other.arrivalAt)), null);
    }

    /** Appointments that hold the vehicle's time: still expected, or the car is here. */
    static final Set<AppointmentStatus> ACTIVE = java.util.EnumSet.of(AppointmentStatus.REQUESTED, AppointmentStatus.DEPOSIT_REQUIRED,
            AppointmentStatus.CONFIRMED, AppointmentStatus.ARRIVED);

    private UUID customer(String store, BookRequest req) {
        if ((req.customerId() == null) == (req.newCustomer() == null)) {
            throw ProblemException.validation(List.of(new Violation("customerId", "give either customerId or newCustomer")));
        }
        if (req.customerId() != null) {
            customers.requireReference(store, req.customerId(), "customerId");
            return req.customerId();
        }
        return customers.create(store, req.newCustomer()).id();
    }

    private UUID vehicle(String store, BookRequest req, UUID customerId) {
        if ((req.vehicleId() == null) == (req.newVehicle() == null)) {
            throw ProblemException.validation(List.of(new Violation("vehicleId", "give either vehicleId or newVehicle")));
        }
        if (req.vehicleId() != null) {
            VehicleService.Summary v = vehicles.reference(store, req.vehicleId(), "vehicleId");
            if (!v.ownerId().equals(customerId)) {
                throw new ProblemException(422, "vehicle-not-owned", "Vehicle not owned by the customer",
                        "Vehicle " + v.plate() + " belongs to another customer; transfer ownership first (R-ARC-2)",
                        List.of(new Violation("vehicleId", "is not owned by this customer")), null);
            }
            return req.vehicleId();
        }
        NewVehicle n = req.newVehicle();
        return vehicles.create(store, CustomerApiVehicleRequestBuilder.builder()
                .ownerId(customerId).vin(n.vin()).plate(n.plate()).brand(n.brand()).model(n.model()).vehicleType(n.vehicleType()).powertrain(n.powertrain())
                .lastServiceDate(req.lastServiceDate()).lastServiceMileage(req.mileage())
                .build()).id();
    }

    private static List<AppointmentPart> parts(List<PartRequest> parts) {
        List<AppointmentPart> out = new ArrayList<>();
        if (parts != null) {
            for (PartRequest p : parts) {
                AppointmentPart x = new AppointmentPart();
                x.partNumber = p.partNumber().strip();
                x.description = p.description().strip();
                x.quantity = p.quantity();
                x.unitPrice = p.unitPrice();
                x.highValue = p.highValue();
                out.add(x);
            }
        }
        return out;
    }

    /** R-APT-5 (issue 8): the appointment's parts the catalogue knows hold the store's stock; a shortfall waits for the expected arrival. */
    private void reserveParts(Appointment a) {
        stock.reserve(a.storeCode, ReservationSource.APPOINTMENT, a.id,
                a.parts.stream().map(p -> new StockService.Need(null, p.partNumber, p.quantity)).toList());
    }

    /** R-APT-5: the workshop reserves a bay and parts prepares the parts, told the day the booking is made. */
    private void notifyWorkshopAndParts(StoreCalendar cal, Appointment a, View v) {
        notices.booked(a);
    }

    private void prepareDraft(Appointment a) {
        a.repairOrderId = drafts.draftFor(a.storeCode, new RepairOrderDrafts.Draft(a.id, a.customerId, a.vehicleId, a.advisorId, a.requestedWork, a.repeatRepair));
    }

    // ---- reading ------------------------------------------------------------------------------

    /**
     * Issue 12: where the orders of a vehicle stand (status, promised and expected times), newest
     * first; an integrator reads only the vehicles it booked an appointment for.
     */
    public java.util.List<com.fours.dms.repairorder.api.RepairOrderApi.OrderStatus> orderStatus(String store, UUID vehicleId) {
        access.require(store);
        integratorScope.requireBookedVehicle(store, vehicleId);
        return orderQueries.statusOfVehicle(store, vehicleId);
    }

    /**
     * Issue 12: the order-status change feed, for an integrator the orders of the vehicles it booked
     * (a CRM keeps them in sync so), for staff every order of the store. It is only a feed: updatedSince is required.
     */
    public com.fours.dms.repairorder.api.RepairOrderApi.OrderStatusPage orderStatusChanges(String store, String updatedSince, String cursor, Integer limit) {
        access.require(store);
        PageRequest.of(null, limit); // a limit out of range is named first, as on every list
        if (updatedSince == null) {
            throw ProblemException.validation(List.of(new Violation(ChangeFeed.FIELD, "is required: this list is the change feed of order statuses (send e.g. 2026-12-01T00:00:00+08:00)")));
        }
        ChangeFeed feed = ChangeFeed.of(updatedSince, cursor, limit);
        return orderQueries.statusChanges(store, integratorScope.bookedVehicles(store), feed);
    }

    public View get(String store, UUID id) {
        Appointment a = load(store, id);
        integratorScope.requireOwn(a);
        return view(a);
    }

    Appointment load(String store, UUID id) {
        return access.owned(store, Appointment.<Appointment>findById(id), a -> a.storeCode, "Appointment", id);
    }

    /** Appointments arriving in [from, to] (store-local dates), by arrival time; keyset cursor on (arrival, id). */
    public AppointmentApi.Page list(String store, LocalDate from, LocalDate to, UUID advisorId, AppointmentStatus status, String cursor, Integer limit) {
        StoreCalendar cal = stores.calendar(store);
        if (to.isBefore(from) || to.isAfter(from.plusDays(MAX_RANGE_DAYS))) {
            throw ProblemException.validation(List.of(new Violation("to", "must be on or after from and at most " + MAX_RANGE_DAYS + " days later")));
        }
        PageRequest page = PageRequest.of(cursor, limit, LIST_DEFAULT_LIMIT, LIST_MAX_LIMIT);
        StringBuilder q = new StringBuilder("storeCode = :store and arrivalAt >= :from and arrivalAt < :to");
        Map<String, Object> p = new HashMap<>();
        p.put("store", store);
        p.put("from", from.atStartOfDay(cal.zone()).toInstant());
        p.put("to", to.plusDays(1).atStartOfDay(cal.zone()).toInstant());
        if (advisorId != null) {
            q.append(" and advisorId = :advisor");
            p.put("advisor", advisorId);
        }
        if (status != null) {
            q.append(" and status = :status");
            p.put("status", status);
        }
        String client = integratorScope.ownClient();
        if (client != null) {
            q.append(" and bookedByClient = :client");
            p.put("client", client);
        }
        if (page.cursor() != null) {
            q.append(" and (arrivalAt > :ca or (arrivalAt = :ca and id > :cid))");
            p.put("ca", page.cursor().instantKey());
            p.put("cid", page.cursor().id());
        }
        List<Appointment> rows = Appointment.find(q + " order by arrivalAt, id", p).page(0, page.fetch()).list();
        var found = page.pageByKey(rows, a -> Cursor.after(a.arrivalAt, a.id), a -> a);
        return new AppointmentApi.Page(views(found.items()), found.nextCursor(), null);
    }

    /** The store's appointments changed since {@code updatedSince}, in commit order (issue 12); an integrator's own bookings only. */
    @Transactional
    public AppointmentApi.Page changes(String store, UUID advisorId, AppointmentStatus status, String updatedSince, String cursor, Integer limit) {
        stores.calendar(store);
        ChangeFeed feed = ChangeFeed.of(updatedSince, cursor, limit, LIST_DEFAULT_LIMIT, LIST_MAX_LIMIT);
        StringBuilder q = new StringBuilder("storeCode = :store and updatedAt >= :since and changeSeq > :after");
        Map<String, Object> p = new HashMap<>();
        p.put("store", store);
        p.put("since", feed.since());
        p.put("after", feed.after());
        if (advisorId != null) {
            q.append(" and advisorId = :advisor");
            p.put("advisor", advisorId);
        }
        if (status != null) {
            q.append(" and status = :status");
            p.put("status", status);
        }
        String client = integratorScope.ownClient();
        if (client != null) {
            q.append(" and bookedByClient = :client");
            p.put("client", client);
        }
        List<Appointment> rows = Appointment.find(q + " order by changeSeq", p).page(0, feed.fetch()).list();
        var found = feed.page(rows, a -> a.changeSeq, a -> a, Appointment.getEntityManager(), "appointment", store);
        return new AppointmentApi.Page(views(found.items()), found.nextCursor(), found.syncCursor());
    }

    /** A calendar week's arrivals fit in one page. */
    static final int LIST_DEFAULT_LIMIT = 200;
    static final int LIST_MAX_LIMIT = 500;

    // ---- transitions --------------------------------------------------------------------------

    @Transactional
    public View confirm(String store, UUID id, long expectedVersion) {
        Appointment a = locked(store, id, expectedVersion);
        View before = view(a);
        a.confirm(clock.instant());
        prepareDraft(a);
        return changed(a, before, "confirmed");
    }

    /** R-APT-4: the deposit must cover the store's share of the high-value parts; then the parts are ordered. */
    @Transactional
    public View recordDeposit(String store, UUID id, long expectedVersion, DepositRequest req) {
        Appointment a = locked(store, id, expectedVersion);
        if (a.status == AppointmentStatus.DEPOSIT_REQUIRED && !DepositPolicy.covers(req.amount(), a.depositRequired)) {
            throw new ProblemException(422, "R-APT-4", "Deposit too small",
                    "The deposit must be at least " + a.depositRequired.toPlainString() + " (the store's share of the high-value parts)",
                    List.of(new Violation("amount", "must be at least " + a.depositRequired.toPlainString())), null);
        }
        View before = view(a);
        a.recordDeposit(req.amount(), req.method().name(), clock.instant());
        prepareDraft(a);
        View after = changed(a, before, "deposit-recorded");
        notices.depositPaid(a);
        return after;
    }

    /**
     * Check-in at the desk: the customer is received (ARRIVED) and the check-in continues on the
     * appointment's prepared draft, created now if it was not prepared yet (a REQUESTED booking).
     * The booked workshop capacity stays held for the work.
     */
    @Transactional
    public View checkIn(String store, UUID id, long expectedVersion) {
        Appointment a = locked(store, id, expectedVersion);
        View before = view(a);
        a.arrive(clock.instant());
        prepareDraft(a);
        drafts.carArrived(store, a.repairOrderId);
        return changed(a, before, "checked-in");
    }

    /**
     * The walk-around of the appointment's draft started (the advisor went to the car from the
     * draft or by plate): the customer was received. Nothing happens when the appointment is not
     * expecting anybody any more (already arrived, or closed).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void arrivedByWalkAround(String store, UUID appointmentId, UUID repairOrderId) {
        Appointment a = Appointment.findById(appointmentId);
        if (a == null || !a.storeCode.equals(store) || !(a.status == AppointmentStatus.REQUESTED || a.status == AppointmentStatus.CONFIRMED)) {
            return;
        }
        View before = view(a);
        a.arrive(clock.instant());
        a.repairOrderId = repairOrderId;
        changed(a, before, "checked-in");
    }

    /** The arrived customer's car left the shop: the rest of the booked workshop time is given back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void carLeftShop(String store, UUID repairOrderId) {
        Appointment a = Appointment.<Appointment>find("storeCode = ?1 and repairOrderId = ?2 and status = ?3", store, repairOrderId, AppointmentStatus.ARRIVED)
                .firstResult();
        if (a != null) {
            ledger.release(List.of(a.id));
            audit.action(store, ENTITY, a.id, "workshop-time-released", Map.of("repairOrderId", repairOrderId.toString()));
        }
    }

    @Transactional
    public View cancel(String store, UUID id, long expectedVersion, CancelRequest req) {
        integratorScope.requireOwn(load(store, id));
        Appointment a = locked(store, id, expectedVersion);
        View before = view(a);
        a.cancel(req.reason().strip(), clock.instant());
        ledger.release(List.of(a.id));
        stock.release(List.of(a.id));
        drafts.cancelDraft(store, a.repairOrderId, "预约取消：" + a.cancelReason, null);
        View after = changed(a, before, "cancelled");
        notices.cancelled(a);
        return after;
    }

    /** Moves the booking: a new appointment takes the new slot, the old one is kept as RESCHEDULED and frees its capacity. */
    @Transactional
    public View reschedule(String store, UUID id, long expectedVersion, RescheduleRequest req) {
        integratorScope.requireOwn(load(store, id));
        Appointment old = locked(store, id, expectedVersion);
        StoreCalendar cal = stores.calendar(store);
        CapacityPolicy.arrivalProblem(cal, req.arrivalAt(), clock.instant()).ifPresent(p -> {
            throw new ProblemException(422, "R-APT-3", "Not bookable", "arrivalAt " + p, List.of(new Violation("arrivalAt", p)), null);
        });
        BookingResources res = workshop.bookingResources(store);
        List<ServiceTypeView> services = res.serviceTypes().stream().filter(s -> old.serviceTypeIds.contains(s.id())).toList();
        CapacityPolicy.Work work = work(services);
        View before = view(old);
        ledger.release(List.of(old.id));
        Appointment a = new Appointment();
        a.id = Ids.newId(clock);
        a.storeCode = store;
        a.customerId = old.customerId;
        a.vehicleId = old.vehicleId;
        a.origin = old.origin;
        a.channel = old.channel;
        a.bookedByClient = old.bookedByClient;
        a.reminderTaskId = old.reminderTaskId;
        a.arrivalAt = req.arrivalAt();
        a.durationMinutes = old.durationMinutes;
        a.tentativeDeliveryAt = a.arrivalAt.plus(Duration.ofMinutes(a.durationMinutes + (long) cal.deliveryMarginMinutes()));
        a.bayType = old.bayType;
        a.mileage = old.mileage;
        a.lastServiceDate = old.lastServiceDate;
        a.repeatRepair = old.repeatRepair;
        a.requestedWork = old.requestedWork;
        a.priceIndication = old.priceIndication;
        a.documentsToBring = old.documentsToBring;
        a.serviceTypeIds = new ArrayList<>(old.serviceTypeIds);
        a.parts = new ArrayList<>();
        for (AppointmentPart p : old.parts) {
            AppointmentPart x = new AppointmentPart();
            x.partNumber = p.partNumber;
            x.description = p.description;
            x.quantity = p.quantity;
            x.unitPrice = p.unitPrice;
            x.highValue = p.highValue;
            x.orderStatus = p.orderStatus;
            a.parts.add(x);
        }
        a.depositRequired = old.depositRequired;
        a.depositPaid = old.depositPaid;
        a.depositMethod = old.depositMethod;
        a.depositPaidAt = old.depositPaidAt;
        a.status = old.status;
        a.createdAt = clock.instant();
        a.updatedAt = a.createdAt;
        a.repairOrderId = old.repairOrderId;
        refuseDoubleBooking(a, old.id, old.doubleBookingReason == null ? null : new DoubleBookingOverride(old.doubleBookingReason));
        reserve(store, cal, res, work, a, req.advisorId() != null ? req.advisorId() : old.advisorId);
        old.rescheduledTo(a.id, clock.instant());
        Appointment.flush();
        stock.move(old.id, a.id);
        if (a.repairOrderId != null) {
            drafts.moveToAppointment(a.repairOrderId, a.id);
        }
        changed(old, before, "rescheduled");
        View view = view(a);
        audit.created(store, ENTITY, a.id, view);
        appointmentChanged.fire(AppointmentChanged.of(old, "rescheduled", a.arrivalAt));
        notices.rescheduled(old, a);
        return view;
    }

    private Appointment locked(String store, UUID id, long expectedVersion) {
        Appointment a = load(store, id);
        ETags.check(expectedVersion, a.version);
        return a;
    }

    private View changed(Appointment a, View before, String action) {
        Appointment.flush();
        View after = view(a);
        audit.changed(a.storeCode, ENTITY, a.id, action, before, after);
        if (!"rescheduled".equals(action)) {
            appointmentChanged.fire(AppointmentChanged.of(a, "checked-in".equals(action) ? "arrived" : action, null));
        }
        return after;
    }

    // ---- helpers ------------------------------------------------------------------------------

    static List<ServiceTypeView> services(BookingResources res, List<String> codes, String field) {
        if (codes == null || codes.isEmpty()) {
            throw ProblemException.validation(List.of(new Violation(field, "name at least one service type")));
        }
        List<ServiceTypeView> out = new ArrayList<>();
        for (String code : new LinkedHashSet<>(codes)) {
            Optional<ServiceTypeView> s = res.serviceTypes().stream().filter(x -> x.code().equals(code) && x.active()).findFirst();
            if (s.isEmpty()) {
                throw new ProblemException(422, "unknown-reference", "Unknown reference", "No active service type " + code,
                        List.of(new Violation(field, "unknown service type " + code)), null);
            }
            out.add(s.get());
        }
        Set<String> bayTypes = out.stream().map(s -> s.bayType().name()).collect(Collectors.toSet());
        if (bayTypes.size() > 1) {
            throw new ProblemException(422, "R-APT-3", "Mixed bay types",
                    "These services need different bay types " + bayTypes + "; book them as separate appointments",
                    List.of(new Violation(field, "need different bay types")), null);
        }
        return out;
    }

    static CapacityPolicy.Work work(List<ServiceTypeView> services) {
        int minutes = services.stream().mapToInt(ServiceTypeView::durationMinutes).sum();
        return new CapacityPolicy.Work(minutes, services.get(0).bayType().name(),
                services.stream().map(ServiceTypeView::skill).collect(Collectors.toCollection(java.util.TreeSet::new)));
    }

    static CapacityPolicy.Resources capacity(BookingResources res) {
        Map<String, Integer> advisors = new HashMap<>();
        res.advisors().forEach(a -> advisors.put(a.id().toString(), a.receptionCapacity()));
        return new CapacityPolicy.Resources(res.activeBaysByType(), res.technicians().stream().map(AppointmentService::person).toList(), advisors);
    }

    static CapacityPolicy.Person person(com.fours.dms.workshop.api.WorkshopApi.TechnicianView t) {
        Map<java.time.DayOfWeek, CapacityPolicy.Hours> shifts = new java.util.EnumMap<>(java.time.DayOfWeek.class);
        t.shifts().forEach(x -> shifts.put(java.time.DayOfWeek.of(x.dayOfWeek()), new CapacityPolicy.Hours(x.start(), x.end())));
        return new CapacityPolicy.Person(t.id().toString(), Set.copyOf(t.skills()), shifts,
                t.absences().stream().map(x -> new CapacityPolicy.Leave(x.from(), x.to())).toList());
    }

    View view(Appointment a) {
        return views(List.of(a)).get(0);
    }

    List<View> views(List<Appointment> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        String store = list.get(0).storeCode;
        Map<UUID, CustomerService.Summary> cs = customers.summaries(list.stream().map(a -> a.customerId).collect(Collectors.toSet()));
        Map<UUID, VehicleService.Summary> vs = vehicles.summaries(list.stream().map(a -> a.vehicleId).collect(Collectors.toSet()));
        BookingResources res = workshop.bookingResources(store);
        Map<UUID, String> advisorNames = new HashMap<>();
        workshop.advisors(store).forEach(x -> advisorNames.put(x.id(), x.displayName()));
        Map<UUID, ServiceTypeView> types = res.serviceTypes().stream().collect(Collectors.toMap(ServiceTypeView::id, x -> x));
        return list.stream().map(a -> {
            CustomerService.Summary c = cs.get(a.customerId);
            VehicleService.Summary v = vs.get(a.vehicleId);
            return AppointmentApiViewBuilder.stagedBuilder()
                    .id(a.id).storeCode(a.storeCode).status(a.status).origin(a.origin).channel(a.channel)
                    .customer(new Party(c.id(), c.name(), c.phone())).vehicle(new VehicleRef(v.id(), v.plate(), v.model()))
                    .advisor(new AdvisorRef(a.advisorId, advisorNames.getOrDefault(a.advisorId, "?")))
                    .services(a.serviceTypeIds.stream().map(types::get).map(t -> new ServiceRef(t.code(), t.name())).toList())
                    .arrivalAt(a.arrivalAt).durationMinutes(a.durationMinutes).tentativeDeliveryAt(a.tentativeDeliveryAt).bayType(a.bayType)
                    .mileage(a.mileage).lastServiceDate(a.lastServiceDate).repeatRepair(a.repeatRepair)
                    .requestedWork(a.requestedWork).priceIndication(a.priceIndication)
                    .documentsToBring(a.documents().stream().map(Document::valueOf).toList())
                    .deposit(new Deposit(a.depositRequired, a.depositPaid, a.depositMethod, a.depositPaidAt))
                    .parts(a.parts.stream().map(p -> new Part(p.partNumber, p.description, p.quantity, p.unitPrice, p.highValue, p.orderStatus)).toList())
                    .repairOrderId(a.repairOrderId).rescheduledTo(a.rescheduledTo).cancelReason(a.cancelReason).doubleBookingReason(a.doubleBookingReason)
                    .availableActions(a.availableActions()).createdAt(a.createdAt).updatedAt(a.updatedAt).version(a.version)
                    .build();
        }).toList();
    }
}
