package com.fours.dms.repairorder;

import com.fours.dms.workshop.BayType;
import com.fours.dms.workshop.WorkshopLoad;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;

/**
 * Cars in the shop hold workshop time (R-APT-3, R-CHK-8). A walk-in has no booking, so when its
 * customer signs it takes bay time of its jobs' bay type for its labour hours; anything an order
 * holds is given back when it leaves the shop. This observer lives with the repair order (it reads
 * the order's lines) and calls the workshop context, which never depends on repair orders.
 */
@ApplicationScoped
public class WorkshopBooking {
    @Inject
    WorkshopLoad load;

    @Inject
    Clock clock;

    void onSigned(@Observes RepairOrderSigned e) {
        RepairOrder o = RepairOrder.findById(e.repairOrderId());
        // A booked car already holds its appointment's bay time. A walk-in signed again after a
        // change of its estimate gives back what it held and holds for the new work from now.
        if (o != null && o.appointmentId == null) {
            load.release(List.of(o.id));
            load.holdFromNow(o.storeCode, o.id, bayType(o).name(), labourMinutes(o), clock.instant());
        }
    }

    void onLeftShop(@Observes RepairOrderLeftShop e) {
        load.release(List.of(e.repairOrderId()));
    }

    /**
     * The bay type the order's jobs need: body or paint work goes to a body &amp; paint bay, all
     * other work (mechanical, electrical) to a general bay. The order's lines say which team does
     * each job (R-CHK-10); service types are booking-side and not on the lines.
     */
    static BayType bayType(RepairOrder o) {
        boolean body = o.acceptedLines().stream().anyMatch(l -> l.kind == LineKind.JOB && (l.team == WorkshopTeam.BODY || l.team == WorkshopTeam.PAINT));
        return body ? BayType.BODY_PAINT : BayType.GENERAL;
    }

    /** The labour the order's jobs need, in whole minutes (the lines the customer accepts). */
    static int labourMinutes(RepairOrder o) {
        BigDecimal hours = o.acceptedLines().stream().filter(l -> l.kind == LineKind.JOB && l.hours != null).map(l -> l.hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        return hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.CEILING).intValue();
    }
}
