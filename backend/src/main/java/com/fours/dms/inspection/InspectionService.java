package com.fours.dms.inspection;

import com.fours.dms.inspection.api.InspectionApi.*;
import com.fours.dms.inspection.api.InspectionApiViewBuilder;
import com.fours.dms.repairorder.RepairOrderQueries;
import com.fours.dms.repairorder.RepairOrderStatus;
import com.fours.dms.repairorder.api.RepairOrderApi;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.http.SignaturePng;
import com.fours.dms.shared.persistence.ConstraintViolations;
import com.fours.dms.shared.persistence.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The check-in inspection of a repair order (R-CHK-1, R-CHK-2): recorded at the car, signed by the customer, corrected by new versions. */
@ApplicationScoped
public class InspectionService {
    static final String ENTITY = "check-in-inspection";
    static final Set<RepairOrderStatus> LEFT_SHOP = EnumSet.of(RepairOrderStatus.SETTLED, RepairOrderStatus.CLOSED, RepairOrderStatus.CANCELLED, RepairOrderStatus.DECLINED);
    /** Unique indexes of check_in_inspection (V7): one current version, and one row per version number. */
    static final String ONE_CURRENT = "check_in_inspection_one_current";
    static final String ONE_VERSION = "check_in_inspection_repair_order_id_version_number_key";

    @Inject
    EntityManager em;

    @Inject
    RepairOrderQueries orders;

    @Inject
    com.fours.dms.repairorder.RepairOrderVisits visits;

    @Inject
    com.fours.dms.customer.VehicleService vehicles;

    @Inject
    KeyAssignments keys;

    @Inject
    InspectionPhotoService photos;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<com.fours.dms.repairorder.CheckInStarted> checkInStarted;

    @Inject
    jakarta.enterprise.event.Event<InspectionSigned> inspectionSigned;

    @Transactional
    public View create(String store, UUID orderId, InspectionRequest req) {
        RepairOrderApi.View order = orders.get(store, orderId);
        if (LEFT_SHOP.contains(order.status())) {
            throw ProblemException.conflict("repair-order-closed", "Repair order " + order.number() + " is " + order.status() + "; its car is no longer in the shop");
        }
        if (CheckInInspection.count("repairOrderId", orderId) > 0) {
            throw alreadyExists(order);
        }
        Instant now = clock.instant();
        CheckInInspection i = new CheckInInspection();
        i.id = Ids.newId(clock);
        i.storeCode = store;
        i.repairOrderId = orderId;
        i.versionNumber = 1;
        i.isCurrent = true;
        i.createdAt = now;
        i.updatedAt = now;
        apply(i, req, order.vehicleId());
        try {
            i.persistAndFlush();
        } catch (jakarta.persistence.PersistenceException e) {
            // Two tablets started the check-in of one order at once: the one-current index lets one win.
            if (ConstraintViolations.isUnique(e, ONE_CURRENT) || ConstraintViolations.isUnique(e, ONE_VERSION)) {
                throw alreadyExists(order);
            }
            throw e;
        }
        keys.assign(store, orderId, i.keyTag, i.keySlot, now);
        checkInStarted.fire(new com.fours.dms.repairorder.CheckInStarted(store, orderId, order.appointmentId()));
        visits.recordOdometer(store, orderId, i.odometerKm);
        View v = view(i);
        audit.created(store, ENTITY, i.id, v);
        return v;
    }

    private static ProblemException alreadyExists(RepairOrderApi.View order) {
        return ProblemException.conflict("inspection-exists", "Repair order " + order.number() + " already has a check-in inspection; update it or create a correction");
    }

    public View get(String store, UUID orderId) {
        return view(current(store, orderId));
    }

    @Transactional
    public View update(String store, UUID orderId, long expected, InspectionRequest req) {
        CheckInInspection i = forChange(store, orderId, expected);
        View before = view(i);
        apply(i, req, orders.get(store, orderId).vehicleId());
        i.updatedAt = clock.instant();
        keys.assign(store, orderId, i.keyTag, i.keySlot, i.updatedAt);
        visits.recordOdometer(store, orderId, i.odometerKm);
        em.flush();
        View after = view(i);
        audit.changed(store, ENTITY, i.id, "updated", before, after);
        return after;
    }

    @Transactional
    public View addDamageMark(String store, UUID orderId, long expected, DamageMarkRequest req) {
        CheckInInspection i = forChange(store, orderId, expected);
        DamageMark m = new DamageMark(Ids.newId(clock), req.zone(), req.type(), req.x(), req.y(), blankToNull(req.note()));
        List<DamageMark> marks = new ArrayList<>(i.damageMarks);
        marks.add(m);
        i.damageMarks = marks;
        i.updatedAt = clock.instant();
        em.flush();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("markId", m.id().toString());
        d.put("zone", m.zone().name());
        d.put("type", m.type().name());
        audit.action(store, ENTITY, i.id, "damage-mark-added", d);
        return view(i);
    }

    @Transactional
    public View removeDamageMark(String store, UUID orderId, UUID markId, long expected) {
        CheckInInspection i = forChange(store, orderId, expected);
        DamageMark m = i.damageMarks.stream().filter(x -> x.id().equals(markId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Damage mark", markId));
        List<DamageMark> marks = new ArrayList<>(i.damageMarks);
        marks.remove(m);
        i.damageMarks = marks;
        i.updatedAt = clock.instant();
        em.flush();
        audit.action(store, ENTITY, i.id, "damage-mark-removed", Map.of("markId", markId.toString(), "zone", m.zone().name(), "type", m.type().name()));
        return view(i);
    }

    /** The customer signs on the tablet: signature PNG, name and time; the version is frozen from now on. */
    @Transactional
    public View sign(String store, UUID orderId, long expected, SignRequest req) {
        CheckInInspection i = forChange(store, orderId, expected);
        byte[] png = signaturePng(req.signaturePng());
        i.sign(req.signerName().strip(), png, clock.instant());
        em.flush();
        audit.action(store, ENTITY, i.id, "signed", Map.of("signerName", i.signerName, "signedAt", i.signedAt.toString(), "signatureBytes", png.length));
        inspectionSigned.fire(new InspectionSigned(store, orderId, i.id, i.versionNumber, i.signerName, i.signedAt));
        return view(i);
    }

    /** A signed inspection is corrected by a new, unsigned version that supersedes it; the signed one stays readable. */
    @Transactional
    public View correct(String store, UUID orderId, long expected) {
        CheckInInspection old = current(store, orderId);
        ETags.check(expected, old.version);
        CheckInInspection c = old.correction(Ids.newId(clock), clock.instant());
        em.flush();
        c.persistAndFlush();
        photos.copyPhotos(old.id, c.id);
        View v = view(c);
        audit.action(store, ENTITY, old.id, "superseded", Map.of("by", c.id.toString(), "versionNumber", c.versionNumber));
        audit.created(store, ENTITY, c.id, v);
        return v;
    }

    public Versions versions(String store, UUID orderId) {
        orders.get(store, orderId);
        List<CheckInInspection> all = CheckInInspection.list("repairOrderId = ?1 and storeCode = ?2 order by versionNumber", orderId, store);
        if (all.isEmpty()) {
            throw ProblemException.notFound("Check-in inspection of repair order", orderId);
        }
        return new Versions(all.stream().map(this::view).toList());
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** The customer's signature image (PNG) with a strong ETag. */
    public record SignatureImage(byte[] png, String etag) {}

    /** R-CHK-1: the signature of the latest signed inspection version of the order; 404 while none is signed. */
    public SignatureImage signature(String store, UUID orderId) {
        orders.get(store, orderId);
        CheckInInspection i = CheckInInspection.find("repairOrderId = ?1 and storeCode = ?2 and signedAt is not null and signaturePng is not null order by versionNumber desc",
                orderId, store).firstResult();
        if (i == null) {
            throw ProblemException.notFound("Signed check-in inspection of repair order", orderId);
        }
        return new SignatureImage(i.signaturePng, "\"sig-" + i.id + "-" + i.signedAt.toEpochMilli() + "\"");
    }

    CheckInInspection current(String store, UUID orderId) {
        orders.get(store, orderId);
        CheckInInspection i = CheckInInspection.find("repairOrderId = ?1 and storeCode = ?2 and isCurrent = true", orderId, store).firstResult();
        if (i == null) {
            throw ProblemException.notFound("Check-in inspection of repair order", orderId);
        }
        return i;
    }

    private CheckInInspection forChange(String store, UUID orderId, long expected) {
        CheckInInspection i = current(store, orderId);
        ETags.check(expected, i.version);
        i.requireEditable();
        return i;
    }

    /** Copies the request onto the inspection, checking R-CHK-2's odometer rule. */
    void apply(CheckInInspection i, InspectionRequest r, UUID vehicleId) {
        List<Violation> v = new ArrayList<>();
        if (r.fuelLevel() != null && r.fuelPercent() != null) {
            v.add(new Violation("fuelPercent", "give either fuelLevel or fuelPercent, not both"));
        }
        List<Document> docs = new ArrayList<>();
        if (r.documents() != null) {
            for (int n = 0; n < r.documents().size(); n++) {
                DocumentRequest d = r.documents().get(n);
                if (d.type() == DocumentType.OTHER && blankToNull(d.name()) == null) {
                    v.add(new Violation("documents[" + n + "].name", "is required for OTHER documents"));
                }
                docs.add(new Document(d.type(), blankToNull(d.name()), d.valid(), blankToNull(d.discrepancyNote())));
            }
        }
        if (!v.isEmpty()) {
            throw ProblemException.validation(v);
        }
        Integer last = r.odometer() == null ? null : lastRecordedOdometer(vehicleId, i.repairOrderId);
        boolean confirmed = Boolean.TRUE.equals(r.odometerLowerConfirmed());
        if (!OdometerPolicy.accepts(r.odometer(), last, confirmed)) {
            throw new ProblemException(422, "R-CHK-2", "Odometer lower than last recorded",
                    "The reading " + r.odometer() + " km is lower than the last recorded " + last + " km; check it and confirm with odometerLowerConfirmed",
                    List.of(new Violation("odometer", "is lower than the last recorded reading " + last + " km; confirm it with odometerLowerConfirmed")), null);
        }
        i.odometerKm = r.odometer();
        i.previousOdometerKm = last;
        i.odometerLowerConfirmed = OdometerPolicy.isLower(r.odometer(), last) && confirmed;
        i.fuelLevel = r.fuelLevel();
        i.fuelPercent = r.fuelPercent();
        i.warningLights = r.warningLights() == null ? new ArrayList<>() : r.warningLights().stream().map(String::strip).distinct().toList();
        i.protectiveCoversFitted = Boolean.TRUE.equals(r.protectiveCoversFitted());
        i.belongings = r.belongings() == null ? new ArrayList<>() : r.belongings().stream().map(String::strip).toList();
        i.documents = docs;
        i.keyTag = KeyTagPolicy.normalise(r.keyTag());
        i.keySlot = KeyTagPolicy.normalise(r.keySlot());
    }

    /** The vehicle's last recorded reading: its last service mileage or an earlier visit's inspection. */
    Integer lastRecordedOdometer(UUID vehicleId, UUID repairOrderId) {
        return OdometerPolicy.lastKnown(vehicles.lastServiceMileage(vehicleId), visits.highestOdometer(vehicleId, repairOrderId));
    }

    static byte[] signaturePng(String base64) {
        return SignaturePng.decode(base64, "signaturePng");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    View view(CheckInInspection i) {
        OdometerWarning warning = OdometerPolicy.isLower(i.odometerKm, i.previousOdometerKm)
                ? new OdometerWarning(i.odometerKm, i.previousOdometerKm, i.odometerLowerConfirmed) : null;
        return InspectionApiViewBuilder.stagedBuilder()
                .id(i.id).repairOrderId(i.repairOrderId).versionNumber(i.versionNumber).supersedes(i.supersedes).current(i.isCurrent)
                .odometer(i.odometerKm).odometerLowerConfirmed(i.odometerLowerConfirmed).odometerWarning(warning)
                .fuelLevel(i.fuelLevel).fuelPercent(i.fuelPercent).warningLights(List.copyOf(i.warningLights))
                .protectiveCoversFitted(i.protectiveCoversFitted).belongings(List.copyOf(i.belongings)).documents(List.copyOf(i.documents))
                .damageMarks(List.copyOf(i.damageMarks)).keyTag(i.keyTag).keySlot(i.keySlot)
                .signature(i.signedAt == null ? null : new Signature(i.signerName, i.signedAt))
                .createdAt(i.createdAt).updatedAt(i.updatedAt).version(i.version)
                .build();
    }
}
