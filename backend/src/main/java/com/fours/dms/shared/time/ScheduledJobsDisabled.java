package com.fours.dms.shared.time;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every scheduled job's switch (appointment jobs, outbox, progress checks): tests drive the jobs
 * themselves with a moved clock, and `dms.jobs.enabled=false` keeps the timers out of their way.
 */
@Singleton
public class ScheduledJobsDisabled implements Scheduled.SkipPredicate {
    @ConfigProperty(name = "dms.jobs.enabled", defaultValue = "true")
    boolean enabled;

    @Override
    public boolean test(ScheduledExecution execution) {
        return !enabled;
    }
}
