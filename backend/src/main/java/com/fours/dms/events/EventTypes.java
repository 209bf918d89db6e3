package com.fours.dms.events;

import java.util.List;

/**
 * The event types of the feed and the live stream, by their contract names (what integrators and
 * the SPA match on): a Java class may be renamed, these may not. A context that adds an event adds
 * its name here and an observer in {@link ProcessEvents} (backend/README.md, "Domain events").
 */
public final class EventTypes {
    public static final String REPAIR_ORDER_CHECK_IN_STARTED = "RepairOrderCheckInStarted";
    public static final String REPAIR_ORDER_SIGNED = "RepairOrderSigned";
    public static final String REPAIR_ORDER_HANDED_OVER = "RepairOrderHandedOver";
    public static final String REPAIR_ORDER_LEFT_SHOP = "RepairOrderLeftShop";
    public static final String REPAIR_ORDER_LINES_AUTHORIZED = "RepairOrderLinesAuthorized";
    public static final String REPAIR_ORDER_LINES_WITHDRAWN = "RepairOrderLinesWithdrawn";
    public static final String WORKSHOP_JOB_CHANGED = "WorkshopJobChanged";
    public static final String TECHNICIAN_CLOCKED = "TechnicianClocked";
    public static final String SUPPLEMENTARY_ITEM_REPORTED = "SupplementaryItemReported";
    public static final String SUPPLEMENTARY_ITEMS_DECIDED = "SupplementaryItemsDecided";
    public static final String QUALITY_CHECK_PASSED = "QualityCheckPassed";
    public static final String QUALITY_CHECK_FAILED = "QualityCheckFailed";
    public static final String REPAIR_ORDER_READY_FOR_DELIVERY = "RepairOrderReadyForDelivery";
    public static final String SETTLEMENT_FINALISED = "SettlementFinalised";
    public static final String REPAIR_ORDER_CLOSED = "RepairOrderClosed";
    public static final String APPOINTMENT_BOOKED = "AppointmentBooked";
    public static final String APPOINTMENT_CONFIRMED = "AppointmentConfirmed";
    public static final String APPOINTMENT_DEPOSIT_RECORDED = "AppointmentDepositRecorded";
    public static final String APPOINTMENT_ARRIVED = "AppointmentArrived";
    public static final String APPOINTMENT_RESCHEDULED = "AppointmentRescheduled";
    public static final String APPOINTMENT_CANCELLED = "AppointmentCancelled";
    public static final String APPOINTMENT_NO_SHOW = "AppointmentNoShow";
    public static final String REPAIR_ORDER_CREATED = "RepairOrderCreated";
    public static final String REPAIR_ORDER_DECLINED = "RepairOrderDeclined";
    public static final String REPAIR_ORDER_CANCELLED = "RepairOrderCancelled";
    public static final String INSPECTION_SIGNED = "InspectionSigned";

    /** The appointment events by the transition's action ({@code AppointmentChanged.action}). */
    public static final java.util.Map<String, String> APPOINTMENT_ACTIONS = java.util.Map.of("booked", APPOINTMENT_BOOKED, "confirmed", APPOINTMENT_CONFIRMED,
            "deposit-recorded", APPOINTMENT_DEPOSIT_RECORDED, "arrived", APPOINTMENT_ARRIVED, "rescheduled", APPOINTMENT_RESCHEDULED,
            "cancelled", APPOINTMENT_CANCELLED, "no-show", APPOINTMENT_NO_SHOW);

    /** The repair-order events by {@code RepairOrderChanged.action}. */
    public static final java.util.Map<String, String> REPAIR_ORDER_ACTIONS = java.util.Map.of("created", REPAIR_ORDER_CREATED,
            "declined", REPAIR_ORDER_DECLINED, "cancelled", REPAIR_ORDER_CANCELLED);

    public static final List<String> ALL = List.of(REPAIR_ORDER_CHECK_IN_STARTED, REPAIR_ORDER_SIGNED, REPAIR_ORDER_HANDED_OVER, REPAIR_ORDER_LEFT_SHOP,
            REPAIR_ORDER_LINES_AUTHORIZED, REPAIR_ORDER_LINES_WITHDRAWN, WORKSHOP_JOB_CHANGED, TECHNICIAN_CLOCKED, SUPPLEMENTARY_ITEM_REPORTED,
            SUPPLEMENTARY_ITEMS_DECIDED, QUALITY_CHECK_PASSED, QUALITY_CHECK_FAILED, REPAIR_ORDER_READY_FOR_DELIVERY, APPOINTMENT_BOOKED,
            APPOINTMENT_CONFIRMED, APPOINTMENT_DEPOSIT_RECORDED, APPOINTMENT_ARRIVED, APPOINTMENT_RESCHEDULED, APPOINTMENT_CANCELLED, APPOINTMENT_NO_SHOW,
            REPAIR_ORDER_CREATED, REPAIR_ORDER_DECLINED, REPAIR_ORDER_CANCELLED, INSPECTION_SIGNED, SETTLEMENT_FINALISED, REPAIR_ORDER_CLOSED);

    /** What an event is about (subjectType). */
    public static final String REPAIR_ORDER = "repair-order";
    public static final String WORKSHOP_JOB = "workshop-job";
    public static final String TECHNICIAN = "technician";
    public static final String SUPPLEMENTARY_ITEM = "supplementary-item";
    public static final String APPROVAL_DECISION = "approval-decision";
    public static final String APPOINTMENT = "appointment";
    public static final String SETTLEMENT = "settlement";

    private EventTypes() {}
}
