package com.fours.dms.repairorder;

import com.fours.dms.shared.error.ProblemException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumSet;

/** R-CHK-10: handover time to the nearest 10 minutes; single-team orders may be assigned by the advisor, multi-team go to the foreman. */
public final class HandoverPolicy {
    private static final long TEN_MINUTES = 600;

    private HandoverPolicy() {}

    /** Nearest 10 minutes of store-local time; exactly 5 minutes past rounds up. */
    public static Instant roundToTenMinutes(Instant t, ZoneId zone) {
        ZonedDateTime hour = t.atZone(zone).truncatedTo(ChronoUnit.HOURS);
        long nanos = ChronoUnit.NANOS.between(hour, t.atZone(zone));
        long unit = TEN_MINUTES * 1_000_000_000L;
        long rounded = ((nanos + unit / 2) / unit) * unit;
        return hour.plusNanos(rounded).toInstant();
    }

    /**
     * The time printed for the hand-over: `now` to the nearest 10 minutes, but never before the
     * customer's signature (a round-down below `signedAt` moves up to the first 10-minute mark at
     * or after it), since the workshop cannot receive an order the customer has not signed.
     */
    public static Instant handoverTime(Instant now, Instant signedAt, ZoneId zone) {
        Instant rounded = roundToTenMinutes(now, zone);
        if (signedAt == null || !rounded.isBefore(signedAt)) {
            return rounded;
        }
        Instant down = roundToTenMinutes(signedAt, zone);
        return down.isBefore(signedAt) ? down.plusSeconds(TEN_MINUTES) : down;
    }

    /** The route of an order whose jobs go to these teams. */
    public static HandoverRoute route(Collection<WorkshopTeam> jobTeams, boolean assignDirectly) {
        int teams = jobTeams.isEmpty() ? 0 : EnumSet.copyOf(jobTeams).size();
        if (!assignDirectly) {
            return HandoverRoute.FOREMAN;
        }
        if (teams > 1) {
            throw ProblemException.rule("R-CHK-10", "The jobs need " + teams + " teams (" + EnumSet.copyOf(jobTeams)
                    + "); a multi-team order goes to the foreman, not assigned by the advisor");
        }
        return HandoverRoute.ADVISOR_DIRECT;
    }
}
