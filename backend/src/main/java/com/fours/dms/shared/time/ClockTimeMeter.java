package com.fours.dms.shared.time;

import io.github.bucket4j.TimeMeter;
import java.time.Clock;

/** Bucket4j's time from the injected Clock, so tests of rate limits move the clock instead of sleeping. */
public final class ClockTimeMeter implements TimeMeter {
    private final Clock clock;

    public ClockTimeMeter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public long currentTimeNanos() {
        return clock.millis() * 1_000_000L;
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
