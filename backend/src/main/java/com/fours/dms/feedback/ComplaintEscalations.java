package com.fours.dms.feedback;

import com.fours.dms.store.StoreJobSettings;
import com.fours.dms.store.StoreService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** R-FUP-5: the scheduled escalation of overdue complaint cases, store by store, each in its own transaction (time from the injected Clock). */
@ApplicationScoped
public class ComplaintEscalations {
    static final String ACTOR = "system:complaint-escalations";
    private static final Logger LOG = Logger.getLogger(ComplaintEscalations.class);

    @Inject
    Complaints complaints;

    @Inject
    StoreService stores;

    @Scheduled(every = "${dms.complaints.every:${dms.jobs.every:60s}}", delayed = "${dms.jobs.delay:30s}", identity = "complaint-escalations",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = com.fours.dms.shared.time.ScheduledJobsDisabled.class)
    void scheduled() {
        int n = runAll();
        if (n > 0) {
            LOG.infof("complaint escalations: %d cases", n);
        }
    }

    public int runAll() {
        StoreJobSettings.Columns all = QuarkusTransaction.requiringNew().call(stores::jobSettings);
        int total = 0;
        for (String code : all.codes()) {
            total += QuarkusTransaction.requiringNew().call(() -> complaints.escalateOverdue(code, ACTOR));
        }
        return total;
    }
}
