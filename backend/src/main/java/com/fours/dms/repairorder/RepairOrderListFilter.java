package com.fours.dms.repairorder;

import java.util.List;
import java.util.UUID;

/**
 * What the advisor's and foreman's order list asks for; every part is optional and they combine.
 *
 * @param statuses only these states (any of them); empty for all
 * @param open only orders still in the shop (not CLOSED or CANCELLED)
 * @param today only orders opened today or promised for today (store time zone)
 * @param advisorId only this advisor's orders
 * @param vehicleId only this vehicle's orders (check-in warns of an order the car already has)
 * @param q order number prefix, plate (prefix, or tail "5678") or customer name / phone (prefix or tail)
 * @param late only late orders (R-REP-2, {@link DeliveryLateness})
 */
public record RepairOrderListFilter(List<RepairOrderStatus> statuses, boolean open, boolean today, UUID advisorId, UUID vehicleId, String q, boolean late) {
    public RepairOrderListFilter {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        q = q == null || q.isBlank() ? null : q.strip();
    }
}
