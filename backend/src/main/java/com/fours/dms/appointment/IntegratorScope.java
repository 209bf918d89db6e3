package com.fours.dms.appointment;

import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * Integrator scope (issue 7, point 12): a machine client books through the API, and may then read,
 * reschedule and cancel only the appointments it booked itself — never a phone or walk-up booking,
 * nor another client's. Staff are not restricted by this policy.
 */
@ApplicationScoped
public class IntegratorScope {
    public static final String CODE = "integrator-scope";

    @Inject
    CurrentUser user;

    /** Records which client booked, when the caller is an integrator. */
    void stamp(Appointment a) {
        if (user.isIntegrator()) {
            a.bookedByClient = clientIdentity();
        }
    }

    /** Refuses an integrator acting on an appointment it did not book. */
    void requireOwn(Appointment a) {
        if (user.isIntegrator() && !Objects.equals(clientIdentity(), a.bookedByClient)) {
            throw new ProblemException(403, CODE, "Not your booking",
                    "Appointment " + a.id + " was not booked by client " + clientIdentity() + "; an integrator may only act on the appointments it booked");
        }
    }

    /** Refuses an integrator that booked no appointment for this vehicle (issue 12: it reads only the orders of the cars it booked). */
    void requireBookedVehicle(String store, java.util.UUID vehicleId) {
        String client = ownClient();
        if (client != null && Appointment.count("storeCode = ?1 and vehicleId = ?2 and bookedByClient = ?3", store, vehicleId, client) == 0) {
            throw new ProblemException(403, CODE, "Not a vehicle you booked",
                    "Client " + client + " booked no appointment for vehicle " + vehicleId + "; an integrator reads only the orders of the vehicles it booked");
        }
    }

    /** The vehicles an integrator booked an appointment for in the store (issue 12: whose orders it reads); null for staff (every vehicle). */
    java.util.List<java.util.UUID> bookedVehicles(String store) {
        String client = ownClient();
        if (client == null) {
            return null;
        }
        return Appointment.getEntityManager().createQuery(
                "select distinct a.vehicleId from Appointment a where a.storeCode = ?1 and a.bookedByClient = ?2 and a.vehicleId is not null", java.util.UUID.class)
                .setParameter(1, store).setParameter(2, client).getResultList();
    }

    /** The calling client when the caller is an integrator (its lists show only its own bookings), else null. */
    String ownClient() {
        return user.isIntegrator() ? clientIdentity() : null;
    }

    /**
     * The client's identity: `azp` / `client_id`, else the token's user, which for client credentials
     * is the client's own service account (`service-account-<client>`), so still one per client.
     */
    private String clientIdentity() {
        String id = user.clientId();
        return id != null ? id : user.username();
    }
}
