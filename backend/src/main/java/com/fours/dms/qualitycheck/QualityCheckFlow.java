package com.fours.dms.qualitycheck;

import com.fours.dms.dispatch.JobStatus;
import com.fours.dms.dispatch.WorkshopJobChanged;
import com.fours.dms.dispatch.WorkshopJobs;
import com.fours.dms.repairorder.QualityCheckOrders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * R-QC-1: when the last open job of an order is finished by its technician, the order goes into the
 * quality check (IN_PROGRESS → QUALITY_CHECK), in the same transaction as the finish. A failed
 * inspection sends it back to work ({@link QualityChecks#inspect}).
 */
@ApplicationScoped
public class QualityCheckFlow {
    @Inject
    WorkshopJobs jobs;

    @Inject
    QualityCheckOrders orders;

    void onJobChanged(@Observes WorkshopJobChanged e) {
        if (e.to() != JobStatus.DONE || e.from() == JobStatus.DONE) {
            return;
        }
        boolean allFinished = jobs.jobsOf(e.storeCode(), e.repairOrderId()).stream().allMatch(j -> JobStatus.FINISHED.contains(j.status()));
        if (allFinished) {
            orders.enterQualityCheck(e.storeCode(), e.repairOrderId());
        }
    }
}
