package com.fours.dms.appointment;

import com.fours.dms.repairorder.CheckInStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Arrival is recorded by check-in (R-APT-7): starting the walk-around of an appointment's order marks the appointment ARRIVED. */
@ApplicationScoped
public class CheckInArrivals {
    @Inject
    AppointmentService appointments;

    void onCheckInStarted(@Observes CheckInStarted e) {
        if (e.appointmentId() != null) {
            appointments.arrivedByWalkAround(e.storeCode(), e.appointmentId(), e.repairOrderId());
        }
    }
}
