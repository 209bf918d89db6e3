package com.fours.dms.notification;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tests dispatch themselves with a moved clock; `dms.jobs.enabled=false` keeps the timer out of their way. */
@Singleton
public class OutboxJobsDisabled implements Scheduled.SkipPredicate {
    @ConfigProperty(name = "dms.jobs.enabled", defaultValue = "true")
    boolean enabled;

    @Override
    public boolean test(ScheduledExecution execution) {
        return !enabled;
    }
}
