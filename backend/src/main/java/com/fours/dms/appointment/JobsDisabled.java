package com.fours.dms.appointment;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tests drive the jobs themselves with a moved clock; `dms.jobs.enabled=false` keeps the timer out of their way. */
@Singleton
public class JobsDisabled implements Scheduled.SkipPredicate {
    @ConfigProperty(name = "dms.jobs.enabled", defaultValue = "true")
    boolean enabled;

    @Override
    public boolean test(ScheduledExecution execution) {
        return !enabled;
    }
}
