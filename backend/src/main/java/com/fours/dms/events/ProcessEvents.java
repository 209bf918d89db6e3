package com.fours.dms.events;

import static com.fours.dms.events.EventTypes.*;

import com.fours.dms.appointment.AppointmentChanged;
import com.fours.dms.approval.SupplementaryItemReported;
import com.fours.dms.approval.SupplementaryItemsDecided;
import com.fours.dms.dispatch.TechnicianClocked;
import com.fours.dms.dispatch.WorkshopJobChanged;
import com.fours.dms.inspection.InspectionSigned;
import com.fours.dms.qualitycheck.InspectionResult;
import com.fours.dms.qualitycheck.QualityChecked;
import com.fours.dms.repairorder.CheckInStarted;
import com.fours.dms.repairorder.OrderReadyForDelivery;
import com.fours.dms.repairorder.RepairOrderChanged;
import com.fours.dms.repairorder.RepairOrderHandedOver;
import com.fours.dms.repairorder.RepairOrderLeftShop;
import com.fours.dms.repairorder.RepairOrderLinesAuthorized;
import com.fours.dms.repairorder.RepairOrderClosed;
import com.fours.dms.repairorder.RepairOrderLinesWithdrawn;
import com.fours.dms.repairorder.RepairOrderSigned;
import com.fours.dms.settlement.SettlementFinalised;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Every state change the contexts announce as a CDI event goes into the store's feed (issue 9).
 * Each of these events is fired synchronously inside the transaction that made the change (see each
 * event's javadoc), so a plain {@code @Observes} writes the feed row in that same transaction: the
 * event is in the feed exactly when the change committed. The contexts know nothing of this one.
 */
@ApplicationScoped
public class ProcessEvents {
    /**
     * Each event type's payload, the CDI event record written as JSON: the contract publishes its
     * schema (OpenAPI {@code webhooks}, issue 12). A type added to {@link EventTypes#ALL} is added here too.
     */
    public static final java.util.Map<String, Class<? extends Record>> PAYLOADS = java.util.Map.ofEntries(
            java.util.Map.entry(REPAIR_ORDER_CHECK_IN_STARTED, CheckInStarted.class),
            java.util.Map.entry(REPAIR_ORDER_SIGNED, RepairOrderSigned.class),
            java.util.Map.entry(REPAIR_ORDER_HANDED_OVER, RepairOrderHandedOver.class),
            java.util.Map.entry(REPAIR_ORDER_LEFT_SHOP, RepairOrderLeftShop.class),
            java.util.Map.entry(REPAIR_ORDER_LINES_AUTHORIZED, RepairOrderLinesAuthorized.class),
            java.util.Map.entry(REPAIR_ORDER_LINES_WITHDRAWN, RepairOrderLinesWithdrawn.class),
            java.util.Map.entry(WORKSHOP_JOB_CHANGED, WorkshopJobChanged.class),
            java.util.Map.entry(TECHNICIAN_CLOCKED, TechnicianClocked.class),
            java.util.Map.entry(SUPPLEMENTARY_ITEM_REPORTED, SupplementaryItemReported.class),
            java.util.Map.entry(SUPPLEMENTARY_ITEMS_DECIDED, SupplementaryItemsDecided.class),
            java.util.Map.entry(QUALITY_CHECK_PASSED, QualityChecked.class),
            java.util.Map.entry(QUALITY_CHECK_FAILED, QualityChecked.class),
            java.util.Map.entry(REPAIR_ORDER_READY_FOR_DELIVERY, OrderReadyForDelivery.class),
            java.util.Map.entry(APPOINTMENT_BOOKED, AppointmentChanged.class),
            java.util.Map.entry(APPOINTMENT_CONFIRMED, AppointmentChanged.class),
            java.util.Map.entry(APPOINTMENT_DEPOSIT_RECORDED, AppointmentChanged.class),
            java.util.Map.entry(APPOINTMENT_ARRIVED, AppointmentChanged.class),
            java.util.Map.entry(APPOINTMENT_RESCHEDULED, AppointmentChanged.class),
            java.util.Map.entry(APPOINTMENT_CANCELLED, AppointmentChanged.class),
            java.util.Map.entry(APPOINTMENT_NO_SHOW, AppointmentChanged.class),
            java.util.Map.entry(REPAIR_ORDER_CREATED, RepairOrderChanged.class),
            java.util.Map.entry(REPAIR_ORDER_DECLINED, RepairOrderChanged.class),
            java.util.Map.entry(REPAIR_ORDER_CANCELLED, RepairOrderChanged.class),
            java.util.Map.entry(INSPECTION_SIGNED, InspectionSigned.class),
            java.util.Map.entry(SETTLEMENT_FINALISED, SettlementFinalised.class),
            java.util.Map.entry(REPAIR_ORDER_CLOSED, RepairOrderClosed.class));

    @Inject
    EventOutbox outbox;

    void on(@Observes CheckInStarted e) {
        outbox.append(e.storeCode(), REPAIR_ORDER_CHECK_IN_STARTED, REPAIR_ORDER, e.repairOrderId(), e.repairOrderId(), e);
    }

    void on(@Observes RepairOrderSigned e) {
        outbox.append(e.storeCode(), REPAIR_ORDER_SIGNED, REPAIR_ORDER, e.repairOrderId(), e.repairOrderId(), e);
    }

    void on(@Observes RepairOrderHandedOver e) {
        outbox.append(e.storeCode(), REPAIR_ORDER_HANDED_OVER, REPAIR_ORDER, e.repairOrderId(), e.repairOrderId(), e);
    }

    void on(@Observes RepairOrderLeftShop e) {
        outbox.append(e.storeCode(), REPAIR_ORDER_LEFT_SHOP, REPAIR_ORDER, e.repairOrderId(), e.repairOrderId(), e);
    }

    void on(@Observes RepairOrderLinesAuthorized e) {
        outbox.append(e.storeCode(), REPAIR_ORDER_LINES_AUTHORIZED, REPAIR_ORDER, e.repairOrderId(), e.repairOrderId(), e);
    }

    void on(@Observes RepairOrderLinesWithdrawn e) {
        outbox.append(e.storeCode(), REPAIR_ORDER_LINES_WITHDRAWN, REPAIR_ORDER, e.repairOrderId(), e.repairOrderId(), e);
    }

    void on(@Observes WorkshopJobChanged e) {
        outbox.append(e.storeCode(), WORKSHOP_JOB_CHANGED, WORKSHOP_JOB, e.jobId(), e.repairOrderId(), e);
    }

    void on(@Observes TechnicianClocked e) {
        outbox.append(e.storeCode(), TECHNICIAN_CLOCKED, TECHNICIAN, e.technicianId(), null, e);
    }

    void on(@Observes SupplementaryItemReported e) {
        outbox.append(e.storeCode(), SUPPLEMENTARY_ITEM_REPORTED, SUPPLEMENTARY_ITEM, e.itemId(), e.repairOrderId(), e);
    }

    void on(@Observes SupplementaryItemsDecided e) {
        outbox.append(e.storeCode(), SUPPLEMENTARY_ITEMS_DECIDED, APPROVAL_DECISION, e.ledgerEntryId(), e.repairOrderId(), e);
    }

    void on(@Observes QualityChecked e) {
        outbox.append(e.storeCode(), e.result() == InspectionResult.PASSED ? QUALITY_CHECK_PASSED : QUALITY_CHECK_FAILED, WORKSHOP_JOB, e.jobId(),
                e.repairOrderId(), e);
    }

    void on(@Observes AppointmentChanged e) {
        outbox.append(e.storeCode(), APPOINTMENT_ACTIONS.get(e.action()), APPOINTMENT, e.appointmentId(), e.repairOrderId(), e);
    }

    void on(@Observes RepairOrderChanged e) {
        outbox.append(e.storeCode(), REPAIR_ORDER_ACTIONS.get(e.action()), REPAIR_ORDER, e.repairOrderId(), e.repairOrderId(), e);
    }

    void on(@Observes InspectionSigned e) {
        outbox.append(e.storeCode(), INSPECTION_SIGNED, REPAIR_ORDER, e.repairOrderId(), e.repairOrderId(), e);
    }

    void on(@Observes OrderReadyForDelivery e) {
        outbox.append(e.storeCode(), REPAIR_ORDER_READY_FOR_DELIVERY, REPAIR_ORDER, e.repairOrderId(), e.repairOrderId(), e);
    }

    void on(@Observes SettlementFinalised e) {
        outbox.append(e.storeCode(), SETTLEMENT_FINALISED, SETTLEMENT, e.settlementId(), e.repairOrderId(), e);
    }

    void on(@Observes RepairOrderClosed e) {
        outbox.append(e.storeCode(), REPAIR_ORDER_CLOSED, REPAIR_ORDER, e.repairOrderId(), e.repairOrderId(), e);
    }
}
