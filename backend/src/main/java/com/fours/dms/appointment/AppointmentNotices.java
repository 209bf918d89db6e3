package com.fours.dms.appointment;

import com.fours.dms.customer.CustomerService;
import com.fours.dms.customer.VehicleService;
import com.fours.dms.notification.Channel;
import com.fours.dms.notification.Notifications;
import com.fours.dms.notification.Notifications.Audience;
import com.fours.dms.notification.OutgoingMessage;
import com.fours.dms.notification.OutgoingMessage.Codes;
import com.fours.dms.workshop.WorkshopSetupService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the appointment tells others through the outbox (R-APT-5, R-APT-6): the workshop and parts on
 * booking, reschedule, cancel, no-show and a paid deposit; the customer's reminder. Texts are the
 * store's templates filled from the booking (its real documents, services, bay type, advisor), with
 * names instead of codes. Works without a signed-in user, so the jobs use it too.
 */
@ApplicationScoped
public class AppointmentNotices {
    static final String SUBJECT = "appointment";
    static final String BOOKED = "APPOINTMENT_BOOKED";
    static final String REMINDER = "APPOINTMENT_REMINDER";
    static final String RESCHEDULED = "APPOINTMENT_RESCHEDULED";
    static final String CANCELLED = "APPOINTMENT_CANCELLED";
    static final String NO_SHOW = "APPOINTMENT_NO_SHOW";
    static final String DEPOSIT_PAID = "APPOINTMENT_DEPOSIT_PAID";

    @Inject
    Notifications notifications;

    @Inject
    VehicleService vehicles;

    @Inject
    CustomerService customers;

    @Inject
    WorkshopSetupService workshop;

    /** R-APT-5: booked — the workshop reserves a bay, parts prepares the parts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void booked(Appointment a) {
        internal(a, BOOKED, null, Map.of());
    }

    /** The booking moved from {@code old} to {@code a}: workshop and parts plan again; a reminder still waiting for the old time is withdrawn. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rescheduled(Appointment old, Appointment a) {
        withdrawWaiting(old, "appointment rescheduled", null);
        internal(a, RESCHEDULED, old.arrivalAt + ">" + a.arrivalAt, Map.of("oldArrival", old.arrivalAt));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(Appointment a) {
        withdrawWaiting(a, "appointment cancelled", null);
        internal(a, CANCELLED, null, Map.of());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void noShow(List<UUID> ids) {
        for (UUID id : ids) {
            Appointment a = Appointment.findById(id);
            withdrawWaiting(a, "appointment no-show", AppointmentJobs.ACTOR);
            internal(a, NO_SHOW, null, Map.of());
        }
    }

    private void withdrawWaiting(Appointment a, String reason, String systemActor) {
        notifications.withdraw(a.storeCode, SUBJECT, a.id, reason, systemActor);
    }

    /** R-APT-4 + R-APT-5: the deposit is paid, so parts orders the held parts and the workshop keeps the bay. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void depositPaid(Appointment a) {
        internal(a, DEPOSIT_PAID, a.depositPaidAt == null ? null : a.depositPaidAt.toString(),
                Map.of("deposit", a.depositPaid, "paymentMethod", new Codes("paymentMethod", a.depositMethod == null ? List.of() : List.of(a.depositMethod))));
    }

    /** R-APT-6: the customer's reminder, by e-mail when they prefer it and have an address, else by SMS. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String reminder(Appointment a) {
        CustomerService.Summary c = customers.summaries(List.of(a.customerId)).get(a.customerId);
        boolean mail = "EMAIL".equals(c.preferredContact()) && c.email() != null;
        Channel channel = mail ? Channel.EMAIL : Channel.SMS;
        OutgoingMessage m = base(a, REMINDER, Audience.CUSTOMER, channel, null).to(mail ? c.email() : c.phone())
                .value("customer", c.name())
                .value("documents", new Codes("document", a.documents()));
        notifications.queue(m);
        return channel.name();
    }

    private void internal(Appointment a, String kind, String discriminator, Map<String, Object> extra) {
        for (Audience audience : List.of(Audience.WORKSHOP, Audience.PARTS)) {
            OutgoingMessage m = base(a, kind, audience, Channel.BOARD, discriminator);
            extra.forEach(m::value);
            notifications.queue(m);
        }
    }

    private OutgoingMessage base(Appointment a, String kind, Audience audience, Channel channel, String discriminator) {
        VehicleService.Summary v = vehicles.summaries(List.of(a.vehicleId)).get(a.vehicleId);
        WorkshopSetupService.Names names = workshop.names(a.advisorId == null ? List.of() : List.of(a.advisorId), a.serviceTypeIds);
        List<String> parts = a.parts.stream().map(p -> p.partNumber + " " + p.description + " ×" + p.quantity.stripTrailingZeros().toPlainString()).toList();
        boolean onHold = a.parts.stream().anyMatch(p -> "ON_HOLD".equals(p.orderStatus));
        List<String> services = new ArrayList<>();
        a.serviceTypeIds.forEach(id -> services.add(names.serviceTypes().getOrDefault(id, "")));
        return OutgoingMessage.of(a.storeCode, kind, audience, channel).about(SUBJECT, a.id).appointment(a.id).discriminator(discriminator)
                .value("plate", v.plate())
                .value("arrival", a.arrivalAt)
                .value("advisor", a.advisorId == null ? null : names.advisors().get(a.advisorId))
                .value("services", services.stream().filter(s -> !s.isBlank()).collect(Collectors.toList()))
                .value("bayType", new Codes("bayType", a.bayType == null ? List.of() : List.of(a.bayType)))
                .value("duration", a.durationMinutes)
                .value("repeatRepair", new Codes("flag", a.repeatRepair ? List.of("REPEAT_REPAIR") : List.of()))
                .value("parts", parts)
                .value("onHold", new Codes("flag", onHold ? List.of("PARTS_ON_HOLD") : List.of()))
                .value("reason", a.cancelReason);
    }
}
