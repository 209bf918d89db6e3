package com.fours.dms.shared.persistence;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Time-ordered UUIDs (RFC 9562 version 7) that are monotonic within this process: ordering by id
 * is ordering by creation, which gives lists a stable order and keeps b-tree inserts at the
 * right-hand edge of the index. Within one millisecond (or under a stopped test clock) the 12-bit
 * rand_a field counts up (RFC 9562 §6.2 method 1).
 */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static long lastMillis = -1;
    private static int counter;

    private Ids() {}

    public static UUID newId(Clock clock) {
        long millis;
        int seq;
        synchronized (Ids.class) {
            millis = Math.max(clock.millis(), lastMillis);
            if (millis == lastMillis) {
                counter++;
                if (counter > 0xFFF) {
                    millis++;
                    counter = 0;
                }
            } else {
                counter = RANDOM.nextInt(0x400);
            }
            lastMillis = millis;
            seq = counter;
        }
        long msb = (millis << 16) | 0x7000L | seq;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
