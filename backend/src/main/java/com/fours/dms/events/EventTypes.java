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

    public static final List<String> ALL = List.of(REPAIR_ORDER_CHECK_IN_STARTED, REPAIR_ORDER_SIGNED, REPAIR_ORDER_HANDED_OVER, REPAIR_ORDER_LEFT_SHOP,
            REPAIR_ORDER_LINES_AUTHORIZED, REPAIR_ORDER_LINES_WITHDRAWN, WORKSHOP_JOB_CHANGED, TECHNICIAN_CLOCKED, SUPPLEMENTARY_ITEM_REPORTED,
            SUPPLEMENTARY_ITEMS_DECIDED, QUALITY_CHECK_PASSED, QUALITY_CHECK_FAILED, REPAIR_ORDER_READY_FOR_DELIVERY,
            SETTLEMENT_FINALISED, REPAIR_ORDER_CLOSED);

    /** What an event is about (subjectType). */
    public static final String REPAIR_ORDER = "repair-order";
    public static final String WORKSHOP_JOB = "workshop-job";
    public static final String TECHNICIAN = "technician";
    public static final String SUPPLEMENTARY_ITEM = "supplementary-item";
    public static final String APPROVAL_DECISION = "approval-decision";
    public static final String SETTLEMENT = "settlement";

    private EventTypes() {}
}
