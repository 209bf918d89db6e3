package com.fours.dms.appointment;

import com.fours.dms.repairorder.CheckInStarted;
import com.fours.dms.repairorder.RepairOrderLeftShop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Arrival is recorded by check-in (R-APT-7): starting the walk-around of an appointment's order
 * marks the appointment ARRIVED. When that car leaves the shop early (its order cancelled or
 * declined), the booked workshop time it no longer needs is free for others.
 */
@ApplicationScoped
public class CheckInArrivals {
    @Inject
    AppointmentService appointments;

    void onCheckInStarted(@Observes CheckInStarted e) {
        if (e.appointmentId() != null) {
            appointments.arrivedByWalkAround(e.storeCode(), e.appointmentId(), e.repairOrderId());
        }
    }

    void onLeftShop(@Observes RepairOrderLeftShop e) {
        appointments.carLeftShop(e.storeCode(), e.repairOrderId());
    }
}
