package com.fours.dms.inspection;

/**
 * R-CHK-2: an odometer reading lower than the vehicle's last recorded one (last service mileage or
 * a previous inspection) is suspicious (wrong entry, replaced cluster, tampering): it is accepted
 * only when the advisor confirms it, and the confirmation is kept with the inspection.
 */
public final class OdometerPolicy {
    private OdometerPolicy() {}

    /** The reading is lower than the last known one. */
    public static boolean isLower(Integer reading, Integer lastKnown) {
        return reading != null && lastKnown != null && reading < lastKnown;
    }

    /** The reading may be recorded: not lower, or lower and confirmed. */
    public static boolean accepts(Integer reading, Integer lastKnown, boolean confirmed) {
        return !isLower(reading, lastKnown) || confirmed;
    }

    /** The highest of the known readings (null if none). */
    public static Integer lastKnown(Integer... readings) {
        Integer max = null;
        for (Integer r : readings) {
            if (r != null && (max == null || r > max)) {
                max = r;
            }
        }
        return max;
    }
}
