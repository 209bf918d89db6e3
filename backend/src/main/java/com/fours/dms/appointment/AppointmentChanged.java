package com.fours.dms.appointment;

import java.time.Instant;
import java.util.UUID;

/**
 * CDI event, fired inside the transaction of every appointment transition (booked, confirmed,
 * deposit recorded, arrived, rescheduled, cancelled, no-show) with the appointment as it is now;
 * the event feed and webhooks carry it to integrators (issue 12).
 *
 * @param action what happened: booked, confirmed, deposit-recorded, arrived, rescheduled, cancelled or no-show
 * @param rescheduledTo the new appointment that took over, for {@code rescheduled}
 * @param rescheduledArrivalAt the new appointment's arrival, for {@code rescheduled}
 * @param reason the cancel reason, for {@code cancelled}
 */
public record AppointmentChanged(String storeCode, UUID appointmentId, String action, String status, UUID customerId, UUID vehicleId,
        UUID advisorId, Instant arrivalAt, Instant tentativeDeliveryAt, String channel, String bookedByClient, UUID repairOrderId,
        UUID rescheduledTo, Instant rescheduledArrivalAt, String reason) {

    static AppointmentChanged of(Appointment a, String action, Instant rescheduledArrivalAt) {
        return new AppointmentChanged(a.storeCode, a.id, action, a.status.name(), a.customerId, a.vehicleId, a.advisorId, a.arrivalAt,
                a.tentativeDeliveryAt, a.channel == null ? null : a.channel.name(), a.bookedByClient, a.repairOrderId, a.rescheduledTo, rescheduledArrivalAt,
                a.cancelReason);
    }
}
