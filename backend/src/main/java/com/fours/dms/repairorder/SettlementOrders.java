package com.fours.dms.repairorder;

import com.fours.dms.customer.VehicleService;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.persistence.Cursor;
import com.fours.dms.shared.persistence.Page;
import com.fours.dms.shared.persistence.PageRequest;
import com.fours.dms.shared.security.StoreAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What settlement (issue 10, R-DEL-1..5) needs of repair orders, without their entities: the
 * order's header and its accepted lines priced by the estimate's rule (the signed estimate and the
 * approved supplementary items), the cashier's queue of orders ready for delivery, and the moves
 * READY_FOR_DELIVERY → SETTLED (paid: the car may leave, its key is freed) and SETTLED → CLOSED
 * (delivered), each through its named transition, audited.
 */
@ApplicationScoped
public class SettlementOrders {
    @Inject
    StoreAccess access;

    @Inject
    EntityManager em;

    @Inject
    VehicleService vehicles;

    @Inject
    RepairOrderChanges changes;

    @Inject
    java.time.Clock clock;

    @Inject
    Event<RepairOrderLeftShop> leftShop;

    @Inject
    Event<RepairOrderClosed> closed;

    /** The order as the statement heads it. */
    public record Order(UUID id, String number, RepairOrderStatus status, UUID customerId, UUID vehicleId, String plate, String model, UUID advisorId,
            UUID appointmentId, String currency, BigDecimal taxRatePercent, String signedBy, Instant signedAt, Integer odometerKm) {}

    /**
     * An accepted line of the order, priced by {@link EstimatePricing#amount}: quantity is the
     * hours of a job, the quantity of a part, 1 for a fee; unitPrice the labour rate, the part
     * price or the fee. supplementaryItemId is set for a line an approved supplementary item added.
     */
    public record Line(UUID id, LineKind kind, PayType payType, String code, String description, BigDecimal quantity, BigDecimal unitPrice,
            BigDecimal amount, UUID supplementaryItemId) {}

    public Order order(String store, UUID orderId) {
        access.require(store);
        return order(find(store, orderId));
    }

    public List<Line> lines(String store, UUID orderId) {
        RepairOrder o = find(store, orderId);
        return o.acceptedLines().stream().map(l -> new Line(l.id, l.kind, l.payType, l.kind == LineKind.JOB ? l.operationCode : l.partNumber,
                l.description, switch (l.kind) {
                    case JOB -> l.hours;
                    case PART -> l.quantity;
                    case FEE -> BigDecimal.ONE;
                }, switch (l.kind) {
                    case JOB -> l.labourRate;
                    case PART -> l.unitPrice;
                    case FEE -> l.feeAmount;
                }, EstimatePricing.amount(l, o.symptomRiskMarginPercent), l.supplementaryItemId)).toList();
    }

    /**
     * The store's orders ready for delivery or settled (not yet delivered), the longest waiting first:
     * the cashier's queue, in keyset pages on (updated at, exact; id). An order that changes while the
     * cashier pages moves to the end: it may show again, it is never skipped.
     */
    public Page<Order> awaitingSettlement(String store, PageRequest page) {
        access.require(store);
        StringBuilder q = new StringBuilder("storeCode = :store and status in :statuses");
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("store", store);
        p.put("statuses", List.of(RepairOrderStatus.READY_FOR_DELIVERY, RepairOrderStatus.SETTLED));
        if (page.cursor() != null) {
            q.append(" and (updatedAt > :ua or (updatedAt = :ua and id > :uid))");
            p.put("ua", page.cursor().exactInstantKey());
            p.put("uid", page.cursor().id());
        }
        List<RepairOrder> orders = RepairOrder.<RepairOrder>find(q + " order by updatedAt, id", p).page(0, page.fetch()).list();
        Map<UUID, VehicleService.Summary> v = vehicles.summaries(orders.stream().map(o -> o.vehicleId).toList());
        return page.pageByKey(orders, o -> Cursor.afterExactly(o.updatedAt, o.id), o -> order(o, v.get(o.vehicleId)));
    }

    /** R-DEL-4: the bill is paid and the release note issued: READY_FOR_DELIVERY → SETTLED; the car may leave, its key tag and slot are freed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void settle(String store, UUID orderId, String settlementNumber) {
        RepairOrder o = locked(store, orderId);
        o.settle(clock.instant());
        changes.transitioned(o, RepairOrderStatus.READY_FOR_DELIVERY, "settled", Map.of("settlementNumber", settlementNumber));
        leftShop.fire(new RepairOrderLeftShop(store, o.id));
    }

    /** R-DEL-5: the customer signed the delivery checklist: SETTLED → CLOSED; fires {@link RepairOrderClosed}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void close(String store, UUID orderId, String settlementNumber, BigDecimal customerPaid) {
        RepairOrder o = locked(store, orderId);
        if (o.status != RepairOrderStatus.SETTLED) {
            throw ProblemException.rule("R-DEL-4", "The order is " + o.status + "; only a settled order (paid, release note issued) is delivered");
        }
        o.close(clock.instant());
        changes.transitioned(o, RepairOrderStatus.SETTLED, "closed", Map.of("settlementNumber", settlementNumber, "customerPaid", customerPaid));
        closed.fire(new RepairOrderClosed(store, o.id, o.vehicleId, o.customerId, o.advisorId, settlementNumber, customerPaid));
    }

    private Order order(RepairOrder o) {
        return order(o, vehicles.summaries(List.of(o.vehicleId)).get(o.vehicleId));
    }

    private static Order order(RepairOrder o, VehicleService.Summary v) {
        return new Order(o.id, o.number, o.status, o.customerId, o.vehicleId, v == null ? null : v.plate(), v == null ? null : v.model(), o.advisorId,
                o.appointmentId, o.currency, o.taxRatePercent, o.signedBy, o.signedAt, o.odometerKm);
    }

    private RepairOrder locked(String store, UUID orderId) {
        return RepairOrder.inStore(store, orderId, LockModeType.PESSIMISTIC_WRITE);
    }

    private RepairOrder find(String store, UUID orderId) {
        return RepairOrder.inStore(store, orderId, LockModeType.NONE);
    }
}
