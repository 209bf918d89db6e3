package com.fours.dms.repairorder;

import com.fours.dms.catalogue.ReservationSource;
import com.fours.dms.catalogue.StockService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 8 (R-APT-5): when the customer signs, the order's dealer-supplied parts reserve the store's
 * stock (a shortfall waits for the part's expected arrival). The order takes over what its
 * appointment held, and an order signed again after a change reserves for its new estimate.
 * Approved supplementary items reserve their parts as well; when the work is done (every job
 * finished, the order goes to the quality check) the parts are issued from stock.
 */
@ApplicationScoped
public class PartsReservation {
    @Inject
    StockService stock;

    void onSigned(@Observes RepairOrderSigned e) {
        RepairOrder o = RepairOrder.findById(e.repairOrderId());
        if (o == null) {
            return;
        }
        if (o.appointmentId != null) {
            stock.release(List.of(o.appointmentId));
        }
        reserve(o);
    }

    /** R-REP-3: the customer approved supplementary items: their dealer-supplied parts reserve stock too. */
    void onLinesAuthorized(@Observes RepairOrderLinesAuthorized e) {
        RepairOrder o = RepairOrder.findById(e.repairOrderId());
        if (o != null) {
            reserve(o);
        }
    }

    /** Lines replaced by an approved supplementary item no longer hold their parts. */
    void onLinesWithdrawn(@Observes RepairOrderLinesWithdrawn e) {
        RepairOrder o = RepairOrder.findById(e.repairOrderId());
        if (o != null) {
            reserve(o);
        }
    }

    /** Every job of the order is finished: its parts are issued from stock (on hand goes down, the reservation is used up). */
    void issue(RepairOrder o) {
        stock.issue(o.storeCode, o.id);
    }

    private void reserve(RepairOrder o) {
        List<StockService.Need> needs = new ArrayList<>();
        for (RepairOrderLine l : o.acceptedLines()) {
            if (l.kind == LineKind.PART && l.supplier == PartSupplier.DEALER) {
                needs.add(new StockService.Need(l.cataloguePartId, l.partNumber, l.quantity));
            }
        }
        stock.reserve(o.storeCode, ReservationSource.REPAIR_ORDER, o.id, needs);
    }
}
