package com.fours.dms.appointment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * R-APT-2 / R-PRE-2: a booking is a repeat repair when the same vehicle came in for the same
 * complaint within the store's window (default 30 days): an earlier visit (arrived) with the same
 * requested work, or with a service type in common.
 */
public final class RepeatRepairPolicy {
    private RepeatRepairPolicy() {}

    public static boolean isRepeat(UUID vehicleId, String requestedWork, List<UUID> serviceTypeIds, Instant arrival, int windowDays) {
        Instant since = arrival.minus(Duration.ofDays(windowDays));
        List<Appointment> earlier = Appointment.list("vehicleId = ?1 and status = ?2 and arrivalAt >= ?3 and arrivalAt < ?4",
                vehicleId, AppointmentStatus.ARRIVED, since, arrival);
        String work = normalise(requestedWork);
        return earlier.stream().anyMatch(e -> normalise(e.requestedWork).equals(work)
                || e.serviceTypeIds.stream().anyMatch(serviceTypeIds::contains));
    }

    static String normalise(String s) {
        return s == null ? "" : s.replaceAll("[\\s，,。.！!]", "").toLowerCase(Locale.ROOT);
    }
}
