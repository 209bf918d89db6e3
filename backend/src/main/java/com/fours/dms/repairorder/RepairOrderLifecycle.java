package com.fours.dms.repairorder;

import com.fours.dms.customer.CustomerService;
import com.fours.dms.customer.VehicleService;
import com.fours.dms.repairorder.api.RepairOrderApi.*;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.http.SignaturePng;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.store.EstimateSettings;
import com.fours.dms.shared.security.StoreAccess;
import com.fours.dms.store.StoreService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** The order's life (R-CHK-9, R-CHK-10): the walk-in order is opened, submitted for signature, signed, declined or cancelled, handed over to the workshop. */
@ApplicationScoped
public class RepairOrderLifecycle {
    private static final String ENTITY = RepairOrderChanges.ENTITY;

    @Inject
    EntityManager em;

    @Inject
    StoreService stores;

    @Inject
    com.fours.dms.workshop.WorkshopSetupService workshop;

    @Inject
    CustomerService customers;

    @Inject
    VehicleService vehicles;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<RepairOrderLeftShop> leftShop;

    @Inject
    jakarta.enterprise.event.Event<RepairOrderSigned> signed;

    @Inject
    jakarta.enterprise.event.Event<RepairOrderHandedOver> handedOver;

    @Inject
    jakarta.enterprise.event.Event<RepairOrderChanged> changed;

    @Inject
    StoreAccess access;

    @Inject
    RepairOrderQueries queries;

    @Inject
    RepairOrderChanges changes;

    @Inject
    EstimateService estimates;

    @Inject
    RepairOrderFindings findings;

    @Inject
    RepairOrderVisits visits;

    @Inject
    RepairOrderSignatures signatures;

    @Inject
    HandoverReceivers receivers;

    /** A walk-in order: no appointment, customer and vehicle of this store. */
    @Transactional
    public View create(String store, CreateRequest req) {
        access.require(store);
        customers.requireReference(store, req.customerId(), "customerId");
        VehicleService.Summary v = vehicles.reference(store, req.vehicleId(), "vehicleId");
        if (!v.ownerId().equals(req.customerId())) {
            throw new ProblemException(422, "unknown-reference", "Unknown reference", "Vehicle " + req.vehicleId() + " does not belong to customer " + req.customerId(),
                    List.of(new Violation("vehicleId", "does not belong to the customer")), null);
        }
        if (req.advisorId() != null && workshop.advisors(store).stream().noneMatch(a -> a.active() && a.id().equals(req.advisorId()))) {
            throw new ProblemException(422, "unknown-reference", "Unknown reference", "No active advisor " + req.advisorId() + " in store " + store,
                    List.of(new Violation("advisorId", "no such active advisor in this store")), null);
        }
        List<RepairOrder> inShop = refuseSecondOrder(store, req);
        EstimateSettings settings = stores.estimateSettings(store);
        RepairOrder o = new RepairOrder();
        o.id = Ids.newId(clock);
        o.storeCode = store;
        o.number = nextNumber(store);
        o.status = RepairOrderStatus.DRAFT;
        o.walkIn = true;
        o.customerId = req.customerId();
        o.vehicleId = req.vehicleId();
        o.advisorId = req.advisorId();
        o.requestedWork = req.requestedWork().strip();
        o.currency = settings.currency();
        o.taxRatePercent = settings.taxRatePercent();
        o.labourRate = settings.labourRate();
        o.symptomRiskMarginPercent = settings.symptomRiskMarginPercent();
        o.createdAt = clock.instant();
        o.arrivedAt = o.createdAt;
        o.updatedAt = o.createdAt;
        o.persistAndFlush();
        findings.carryOpen(o.id, o.vehicleId);
        View view = view(o);
        audit.created(store, ENTITY, o.id, view);
        changed.fire(new RepairOrderChanged(store, o.id, "created", o.number, o.customerId, o.vehicleId, null, null));
        if (!inShop.isEmpty()) {
            audit.action(store, ENTITY, o.id, "second-order-override", Map.of("reason", req.secondOrderOverride().reason().strip(),
                    "existingOrderIds", inShop.stream().map(x -> x.id.toString()).toList(), "existingNumbers", inShop.stream().map(x -> x.number).toList()));
        }
        if (req.lines() != null && !req.lines().isEmpty()) {
            view = estimates.addOpeningLines(o, req.lines());
        }
        return view;
    }

    /**
     * R-APT-2 for walk-ins: a vehicle that already has an order in the shop (a draft prepared for
     * its appointment, or an order not finished) gets no second one silently; the caller continues
     * that order, or says why another is needed. The vehicle's orders are serialised by a
     * transaction lock, so two advisors opening one at the same moment cannot both pass the check.
     * Returns the orders overridden (empty when there were none).
     */
    private List<RepairOrder> refuseSecondOrder(String store, CreateRequest req) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(cast(?1 as text), 11))").setParameter(1, req.vehicleId()).getSingleResult();
        List<RepairOrder> inShop = RepairOrder.list("storeCode = ?1 and vehicleId = ?2 and status in ?3 order by id", store, req.vehicleId(), RepairOrder.IN_SHOP);
        if (inShop.isEmpty() || req.secondOrderOverride() != null) {
            return inShop;
        }
        String orders = String.join(", ", inShop.stream().map(x -> x.number + " (" + x.status + ")").toList());
        throw new ProblemException(409, "R-APT-2", "Vehicle already in the shop",
                "The vehicle already has repair order " + orders + "; continue it, or open another with secondOrderOverride and a reason",
                List.of(new Violation("vehicleId", "already has repair order " + orders)), null)
                .withExistingIds(inShop.stream().map(x -> x.id).toList());
    }

    String nextNumber(String store) {
        long seq = ((Number) em.createNativeQuery("select nextval('repair_order_number_seq')").getSingleResult()).longValue();
        return "RO" + store + String.format("%07d", seq);
    }

    @Transactional
    public View submitForSignature(String store, UUID id, long expected) {
        RepairOrder o = loadForChange(store, id, expected);
        RepairOrderStatus from = o.status;
        Instant now = clock.instant();
        estimates.reprice(o);
        o.submitForSignature(now);
        if (o.promisedDeliveryAt == null) {
            estimates.promiseSuggested(o, now);
        }
        return transitioned(o, from, "submitted-for-signature", Map.of("promisedDeliveryAt", o.promisedDeliveryAt.toString()));
    }

    /** R-CHK-9: the customer signs exactly this estimate; the drawn image, device and the estimate's hash are kept as evidence. */
    @Transactional
    public View sign(String store, UUID id, long expected, SignRequest req, String userAgent) {
        RepairOrder o = loadForChange(store, id, expected);
        RepairOrderStatus from = o.status;
        byte[] png = SignaturePng.decode(req.signaturePng(), "signaturePng");
        EstimateFingerprint.Fingerprint estimate = queries.fingerprint(o);
        o.sign(req.signerName().strip(), req.oldPartsChoice(), clock.instant());
        List<UUID> declinedLines = findings.signed(o);
        signed.fire(new RepairOrderSigned(o.storeCode, o.id));
        visits.signed(o);
        String device = req.device() == null || req.device().isBlank() ? null : req.device().strip();
        RepairOrderSignature s = signatures.record(o, o.signedBy, png, estimate, device, userAgent, user.username(), o.signedAt);
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("signerName", o.signedBy);
        details.put("signedAt", o.signedAt.toString());
        details.put("signatureId", s.id.toString());
        details.put("estimateHash", s.estimateHash);
        details.put("device", device);
        details.put("oldPartsChoice", o.oldPartsChoice == null ? null : o.oldPartsChoice.name());
        details.put("signatureBytes", png.length);
        details.put("declinedLineIds", declinedLines.stream().map(UUID::toString).toList());
        return transitioned(o, from, "signed", details);
    }

    @Transactional
    public View decline(String store, UUID id, long expected, ReasonRequest req) {
        RepairOrder o = loadForChange(store, id, expected);
        RepairOrderStatus from = o.status;
        o.decline(req.reason().strip(), clock.instant());
        findings.declined(o);
        changed.fire(new RepairOrderChanged(o.storeCode, o.id, "declined", o.number, o.customerId, o.vehicleId, o.appointmentId, o.declineReason));
        leftShop.fire(new RepairOrderLeftShop(o.storeCode, o.id));
        return transitioned(o, from, "declined", Map.of("reason", o.declineReason));
    }

    @Transactional
    public View cancel(String store, UUID id, long expected, ReasonRequest req) {
        RepairOrder o = loadForChange(store, id, expected);
        RepairOrderStatus from = o.status;
        o.cancel(req.reason().strip(), clock.instant());
        changed.fire(new RepairOrderChanged(o.storeCode, o.id, "cancelled", o.number, o.customerId, o.vehicleId, o.appointmentId, o.cancelReason));
        leftShop.fire(new RepairOrderLeftShop(o.storeCode, o.id));
        return transitioned(o, from, "cancelled", Map.of("reason", o.cancelReason));
    }

    /** R-CHK-9: the declined car goes home with its release note (the diagnosis fee stays payable, R-CHK-3); DECLINED → CLOSED. */
    @Transactional
    public View release(String store, UUID id, long expected) {
        RepairOrder o = loadForChange(store, id, expected);
        RepairOrderStatus from = o.status;
        o.release(user.username(), clock.instant());
        leftShop.fire(new RepairOrderLeftShop(o.storeCode, o.id));
        return transitioned(o, from, "released", Map.of("releasedBy", o.releasedBy));
    }

    /** R-CHK-10: receiver and time (to the nearest 10 minutes); direct assignment only for a single-team order. */
    @Transactional
    public View handOver(String store, UUID id, long expected, HandoverRequest req) {
        RepairOrder o = loadForChange(store, id, expected);
        RepairOrderStatus from = o.status;
        Instant now = clock.instant();
        HandoverReceiver receiver = receivers.resolve(store, req.receiver());
        boolean direct = Boolean.TRUE.equals(req.assignDirectly());
        if (direct && receiver.kind() == HandoverReceiverKind.FOREMAN_QUEUE) {
            throw new ProblemException(422, "R-CHK-10", "Direct assignment needs a technician",
                    "The foreman's queue dispatches the order; pick a technician to assign it directly",
                    List.of(new Violation("assignDirectly", "needs a technician as receiver, not the foreman queue")), null);
        }
        List<WorkshopTeam> teams = o.acceptedLines().stream().filter(l -> l.kind == LineKind.JOB).map(l -> l.team).filter(Objects::nonNull).toList();
        HandoverRoute route = HandoverPolicy.route(teams, direct);
        Instant at = HandoverPolicy.handoverTime(now, o.signedAt, stores.estimateSettings(store).calendar().zone());
        UUID receiverId = receiver.kind() == HandoverReceiverKind.TECHNICIAN ? UUID.fromString(receiver.id()) : null;
        o.handOver(receiver.kind() == HandoverReceiverKind.TECHNICIAN ? receiver.name() : receiver.id(), receiver.kind(), receiverId, route, at, user.username(), now);
        handedOver.fire(new RepairOrderHandedOver(o.storeCode, o.id, receiverId));
        return transitioned(o, from, "handed-over", Map.of("receiver", o.handoverReceiver, "receiverKind", receiver.kind().name(), "at", at.toString(), "route", route.name()));
    }

    private RepairOrder loadForChange(String store, UUID id, long expected) {
        return changes.loadForChange(store, id, expected);
    }

    private View transitioned(RepairOrder o, RepairOrderStatus from, String action, Map<String, ?> details) {
        return changes.transitioned(o, from, action, details);
    }

    private View view(RepairOrder o) {
        return queries.view(o);
    }
}
