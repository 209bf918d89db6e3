package com.fours.dms.customer;

import com.fours.dms.customer.api.CustomerApi;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.persistence.Page;
import com.fours.dms.shared.persistence.Cursor;
import com.fours.dms.shared.persistence.PageRequest;
import com.fours.dms.shared.security.StoreAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

@ApplicationScoped
public class VehicleService {
    static final String ENTITY = "vehicle";

    @Inject
    StoreAccess access;

    @Inject
    CustomerService customers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<VehicleChanged> changedEvents;

    /**
     * Prefix search on one indexed column, ordered by that column, so the index both filters and
     * orders and a page stops after `limit` rows however broad the prefix: a plate when the input
     * starts with a province character, a VIN from 8 Latin characters on, otherwise the plate
     * without its province character (what advisors type on a tablet keyboard); digits only are the
     * plate's tail ("5678", the reversed plate's prefix). Latin input with a digit that is not a
     * VIN may be either end of the plate ("A5678" of 京NA5678, "B12" of 京B12345 or of 京A3CB12): the
     * plate without its province starts with it, or the plate ends with it (both indexed, ordered
     * like the plate without its province). An empty query lists the store's vehicles by creation.
     * The cursor carries (sort key, id).
     */
    public Page<CustomerApi.VehicleView> search(String store, String q, PageRequest page) {
        access.require(store);
        String term = q == null ? "" : Plate.normalise(q).toUpperCase(Locale.ROOT);
        String column = term.isEmpty() ? null
                : term.matches("[0-9]{1,7}") ? SUFFIX
                : Character.isLetterOrDigit(term.charAt(0)) && term.charAt(0) < 128 ? (term.length() >= 8 ? "vin" : term.matches(".*[0-9].*") ? EITHER_END : "plateTail")
                : "plate";
        StringBuilder where = new StringBuilder("from Vehicle v join fetch v.owner where v.storeCode = :store");
        Map<String, Object> params = new HashMap<>();
        params.put("store", store);
        if (EITHER_END.equals(column)) {
            where.append(" and (v.plateTail like :prefix or reverse(v.plate) like :suffix)");
            params.put("prefix", CustomerService.likePrefix(term));
            params.put("suffix", CustomerService.likePrefix(new StringBuilder(term).reverse().toString()));
        } else if (column != null) {
            where.append(" and ").append(sortKey(column)).append(" like :prefix");
            params.put("prefix", CustomerService.likePrefix(column.equals(SUFFIX) ? new StringBuilder(term).reverse().toString() : term));
        }
        Cursor after = page.cursor();
        if (after != null) {
            String afterKey = after.requireKey();
            if (column == null) {
                where.append(" and v.id > :afterId");
            } else {
                where.append(" and (").append(sortKey(column)).append(" > :afterKey or (").append(sortKey(column)).append(" = :afterKey and v.id > :afterId))");
                params.put("afterKey", afterKey);
            }
            params.put("afterId", after.id());
        }
        where.append(column == null ? " order by v.id" : " order by " + sortKey(column) + ", v.id");
        List<Vehicle> rows = Vehicle.find(where.toString(), params).page(0, page.fetch()).list();
        return page.pageByKey(rows, v -> Cursor.after(column == null ? "" : switch (column) {
            case "vin" -> v.vin;
            case "plateTail", EITHER_END -> v.plate.substring(1);
            case SUFFIX -> new StringBuilder(v.plate).reverse().toString();
            default -> v.plate;
        }, v.id), CustomerApi.VehicleView::of);
    }

    /**
     * An exact look-up by the full plate or the full VIN, never a prefix scan: what an integrator may
     * ask to find the vehicle it books for (issue 7, point 12). Empty when nothing matches.
     */
    public List<CustomerApi.VehicleView> lookup(String store, String plate, String vin) {
        access.require(store);
        if ((plate == null || plate.isBlank()) == (vin == null || vin.isBlank())) {
            throw ProblemException.validation(List.of(new Violation("plate", "give either plate or vin")));
        }
        if (plate != null && !plate.isBlank()) {
            String p = Plate.normalise(plate);
            if (!Plate.isValid(p)) {
                throw ProblemException.validation(List.of(new Violation("plate", "must be a full plate, e.g. 京A12345")));
            }
            return Vehicle.<Vehicle>find("from Vehicle v join fetch v.owner where v.storeCode = ?1 and v.plate = ?2", store, p)
                    .stream().map(CustomerApi.VehicleView::of).toList();
        }
        String v = Vin.normalise(vin);
        if (v.length() != 17) {
            throw ProblemException.validation(List.of(new Violation("vin", "must be the full 17-character VIN")));
        }
        return Vehicle.<Vehicle>find("from Vehicle v join fetch v.owner where v.storeCode = ?1 and v.vin = ?2", store, v)
                .stream().map(CustomerApi.VehicleView::of).toList();
    }

    /** Digits only: the plate's tail ("5678"), a prefix search on the reversed plate (indexed). */
    private static final String SUFFIX = "plateSuffix";

    /** Latin letters and digits with a digit, shorter than a VIN: the start of the plate after its province, or the plate's tail. */
    private static final String EITHER_END = "plateEitherEnd";

    private static String sortKey(String column) {
        return switch (column) {
            case SUFFIX -> "reverse(v.plate)";
            case EITHER_END -> "v.plateTail";
            default -> "v." + column;
        };
    }

    public List<CustomerApi.VehicleView> ofOwner(String store, UUID customerId) {
        customers.load(store, customerId);
        return Vehicle.<Vehicle>find("from Vehicle v join fetch v.owner where v.owner.id = ?1 order by v.id", customerId)
                .stream().map(CustomerApi.VehicleView::of).toList();
    }

    public CustomerApi.VehicleView get(String store, UUID id) {
        return CustomerApi.VehicleView.of(load(store, id));
    }

    Vehicle load(String store, UUID id) {
        // One round trip: the view always shows the owner.
        return access.owned(store, Vehicle.<Vehicle>find("from Vehicle v join fetch v.owner where v.id = ?1", id).firstResult(), v -> v.storeCode, "Vehicle", id);
    }

    @Transactional
    public CustomerApi.VehicleView create(String store, CustomerApi.VehicleRequest req) {
        access.require(store);
        Customer owner = customers.reference(store, req.ownerId(), "ownerId");
        Vehicle v = new Vehicle();
        v.id = Ids.newId(clock);
        v.storeCode = store;
        v.owner = owner;
        v.createdAt = clock.instant();
        apply(v, req);
        persistUnique(v);
        openOwnership(v, owner, v.createdAt, null);
        changedEvents.fire(VehicleChanged.of(v));
        CustomerApi.VehicleView view = CustomerApi.VehicleView.of(v);
        audit.created(store, ENTITY, v.id, view);
        return view;
    }

    @Transactional
    public CustomerApi.VehicleView update(String store, UUID id, long expectedVersion, CustomerApi.VehicleRequest req) {
        Vehicle v = load(store, id);
        ETags.check(expectedVersion, v.version);
        if (!v.owner.id.equals(req.ownerId())) {
            throw new ProblemException(409, "R-ARC-2", "Refused by business rule R-ARC-2",
                    "The owner changes only through transfer-ownership, so that the ownership history stays complete",
                    List.of(new Violation("ownerId", "must be the current owner " + v.owner.id)), null);
        }
        CustomerApi.VehicleView before = CustomerApi.VehicleView.of(v);
        apply(v, req);
        persistUnique(v);
        changedEvents.fire(VehicleChanged.of(v));
        CustomerApi.VehicleView after = CustomerApi.VehicleView.of(v);
        audit.changed(store, ENTITY, id, "updated", before, after);
        return after;
    }

    /** R-ARC-2: the vehicle changes owner; the closed period and the new one are both kept. */
    @Transactional
    public CustomerApi.VehicleView transferOwnership(String store, UUID id, long expectedVersion, CustomerApi.TransferOwnershipRequest req) {
        Vehicle v = load(store, id);
        ETags.check(expectedVersion, v.version);
        Customer newOwner = customers.reference(store, req.newOwnerId(), "newOwnerId");
        if (newOwner.id.equals(v.owner.id)) {
            throw new ProblemException(422, "same-owner", "Same owner", "The vehicle already belongs to this customer",
                    List.of(new Violation("newOwnerId", "is already the owner")), null);
        }
        Instant now = clock.instant();
        UUID previous = v.owner.id;
        VehicleOwnership.update("validTo = ?1 where vehicleId = ?2 and validTo is null", now, v.id);
        openOwnership(v, newOwner, now, CustomerService.blankToNull(req.note()));
        v.owner = newOwner;
        v.updatedAt = now;
        Vehicle.getEntityManager().flush();
        changedEvents.fire(VehicleChanged.of(v));
        audit.action(store, ENTITY, id, "ownership-transferred",
                Map.of("owner", Map.of("from", previous.toString(), "to", newOwner.id.toString())));
        return CustomerApi.VehicleView.of(v);
    }

    public List<CustomerApi.Ownership> ownerships(String store, UUID id) {
        Vehicle v = load(store, id);
        return VehicleOwnership.<VehicleOwnership>find("from VehicleOwnership o join fetch o.customer where o.vehicleId = ?1 order by o.validFrom, o.id", v.id)
                .stream().map(o -> new CustomerApi.Ownership(o.customer.id, o.customer.name, o.validFrom, o.validTo, o.note)).toList();
    }

    /** R-ARC-4: a visit moves the last service date and mileage forward (never back: an older visit's odometer changes nothing). */
    void onVisited(@Observes VehicleVisited e) {
        Vehicle v = Vehicle.findById(e.vehicleId());
        if (v == null || !v.storeCode.equals(e.storeCode())) {
            return;
        }
        Map<String, Object> changed = new java.util.LinkedHashMap<>();
        if (v.lastServiceDate == null || v.lastServiceDate.isBefore(e.date())) {
            changed.put("lastServiceDate", Map.of("from", String.valueOf(v.lastServiceDate), "to", e.date().toString()));
            v.lastServiceDate = e.date();
        }
        if (e.mileage() != null && (v.lastServiceMileage == null || v.lastServiceMileage < e.mileage())) {
            changed.put("lastServiceMileage", Map.of("from", String.valueOf(v.lastServiceMileage), "to", e.mileage()));
            v.lastServiceMileage = e.mileage();
        }
        if (!changed.isEmpty()) {
            v.updatedAt = clock.instant();
            changed.put("repairOrderId", e.repairOrderId().toString());
            audit.action(v.storeCode, ENTITY, v.id, "service-recorded", changed);
        }
    }

    private void openOwnership(Vehicle v, Customer owner, Instant from, String note) {
        VehicleOwnership o = new VehicleOwnership();
        o.id = Ids.newId(clock);
        o.storeCode = v.storeCode;
        o.vehicleId = v.id;
        o.customer = owner;
        o.validFrom = from;
        o.note = note;
        o.persist();
    }

    private void apply(Vehicle v, CustomerApi.VehicleRequest req) {
        v.vin = Vin.normalise(req.vin());
        v.plate = Plate.normalise(req.plate());
        v.brand = req.brand().strip();
        v.model = req.model().strip();
        v.vehicleType = req.vehicleType();
        v.powertrain = req.powertrain();
        v.color = CustomerService.blankToNull(req.color());
        v.purchaseDate = req.purchaseDate();
        v.soldHere = req.soldHere();
        v.maintenanceIntervalKm = req.maintenanceIntervalKm();
        v.maintenanceIntervalMonths = req.maintenanceIntervalMonths();
        v.lastServiceDate = req.lastServiceDate();
        v.lastServiceMileage = req.lastServiceMileage();
        // R-REM-6: omitted keeps what is recorded (older clients do not know these fields); a new date replaces it.
        if (req.insuranceExpiresOn() != null) {
            v.insuranceExpiresOn = req.insuranceExpiresOn();
        }
        if (req.insurer() != null) {
            v.insurer = CustomerService.blankToNull(req.insurer());
        }
        if (req.inspectionDueOn() != null) {
            v.inspectionDueOn = req.inspectionDueOn();
        }
        v.updatedAt = clock.instant();
    }

    /** VIN and plate are unique within a store; say which one clashes, also under a race. */
    private void persistUnique(Vehicle v) {
        if (taken("vin", v.vin, v)) {
            throw duplicate("vin", "vehicle-duplicate-vin", "A vehicle with VIN " + v.vin + " is already on this store's archive");
        }
        if (taken("plate", v.plate, v)) {
            throw duplicate("plate", "vehicle-duplicate-plate", "A vehicle with plate " + v.plate + " is already on this store's archive");
        }
        try {
            v.persistAndFlush();
        } catch (ConstraintViolationException e) {
            boolean vin = e.getConstraintName() != null && e.getConstraintName().contains("vin");
            throw vin ? duplicate("vin", "vehicle-duplicate-vin", "A vehicle with VIN " + v.vin + " is already on this store's archive")
                    : duplicate("plate", "vehicle-duplicate-plate", "A vehicle with plate " + v.plate + " is already on this store's archive");
        }
    }

    public record Summary(UUID id, UUID ownerId, String plate, String model) {}

    /** The mileage at the vehicle's last service (R-ARC-1), or null; for the odometer check at check-in (R-CHK-2). */
    public Integer lastServiceMileage(UUID id) {
        Vehicle v = Vehicle.findById(id);
        return v == null ? null : v.lastServiceMileage;
    }

    public Map<UUID, Summary> summaries(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // A projection by one array parameter: no entities to load and track, one statement whatever the count (the board reads 200 at a time).
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Vehicle.getEntityManager().createNativeQuery("select id, owner_id, plate, brand, model from vehicle where id = any(?1)")
                .setParameter(1, ids.stream().distinct().toArray(UUID[]::new)).getResultList();
        Map<UUID, Summary> m = new HashMap<>();
        for (Object[] r : rows) {
            m.put((UUID) r[0], new Summary((UUID) r[0], (UUID) r[1], (String) r[2], r[3] + " " + r[4]));
        }
        return m;
    }

    /** The store's vehicles with these (normalised) VINs, by VIN: one statement whatever the count (a campaign's VIN list, R-REM-6). */
    public Map<String, Summary> byVins(String store, java.util.Collection<String> vins) {
        if (vins.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Vehicle.getEntityManager()
                .createNativeQuery("select vin, id, owner_id, plate, brand, model from vehicle where store_code = ?1 and vin = any(?2)")
                .setParameter(1, store).setParameter(2, vins.stream().distinct().toArray(String[]::new)).getResultList();
        Map<String, Summary> m = new HashMap<>();
        for (Object[] r : rows) {
            m.put((String) r[0], new Summary((UUID) r[1], (UUID) r[2], (String) r[3], r[4] + " " + r[5]));
        }
        return m;
    }

    /** The vehicle as a request-body reference: 422 when it is not in the store. */
    public Summary reference(String store, UUID id, String field) {
        Vehicle v = id == null ? null : Vehicle.findById(id);
        if (v == null || !v.storeCode.equals(store)) {
            throw new ProblemException(422, "unknown-reference", "Unknown reference", "No vehicle " + id + " in store " + store,
                    List.of(new Violation(field, "no such vehicle in this store")), null);
        }
        return new Summary(v.id, v.owner.id, v.plate, v.brand + " " + v.model);
    }

    /** Checked without flushing first: the pending change itself must not trip the constraint here. */
    private static boolean taken(String column, String value, Vehicle v) {
        return !Vehicle.getEntityManager()
                .createQuery("select 1 from Vehicle where storeCode = :s and " + column + " = :val and id <> :id")
                .setParameter("s", v.storeCode).setParameter("val", value).setParameter("id", v.id)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                .setMaxResults(1).getResultList().isEmpty();
    }

    private static ProblemException duplicate(String field, String code, String detail) {
        return new ProblemException(409, code, "Duplicate", detail, List.of(new Violation(field, "already on this store's archive")), null);
    }
}
