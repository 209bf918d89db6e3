package com.fours.dms.appointment;

import com.fours.dms.settlement.DepositSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** R-APT-4 / R-DEL-3: the appointment's paid deposit, for its order's bill. */
@ApplicationScoped
public class AppointmentDeposits implements DepositSource {
    @Override
    public Optional<Deposit> paid(String store, UUID appointmentId) {
        if (appointmentId == null) {
            return Optional.empty();
        }
        Appointment a = Appointment.findById(appointmentId);
        if (a == null || !a.storeCode.equals(store) || a.depositPaid == null || a.depositPaid.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Deposit(a.id, a.depositPaid, a.depositMethod, a.depositPaidAt));
    }
}
