package com.fours.dms.qualitycheck;

import com.fours.dms.repairorder.QualityCheckOrders.JobFacts;
import com.fours.dms.store.FinalInspectionScope;
import com.fours.dms.store.QualityCheckSettings;

/**
 * R-QC-1: whether a job needs the final inspection by an inspector, and a road test. Mandatory for
 * safety items (a job on brakes, steering, suspension or tyres, or an order with a critical-system
 * part) and major repairs (the store's majorRepairHours sold hours or more); the store may extend
 * it to every job. A safety-related job is road-tested.
 */
public final class InspectionPolicy {
    private InspectionPolicy() {}

    public record Requirement(boolean inspection, boolean roadTest, String reason) {}

    public static Requirement of(QualityCheckSettings settings, JobFacts job) {
        boolean safety = job.safetyRelated();
        boolean major = job.soldHours().compareTo(settings.majorRepairHours()) >= 0;
        String reason;
        if (safety) {
            reason = job.vehicleSystem() != null && com.fours.dms.repairorder.QualityCheckOrders.SAFETY_SYSTEMS.contains(job.vehicleSystem())
                    ? "safety-related (" + job.vehicleSystem() + ")" : "safety-related (critical-system part on the order)";
        } else if (major) {
            reason = "major repair (" + job.soldHours().stripTrailingZeros().toPlainString() + " h >= " + settings.majorRepairHours().stripTrailingZeros().toPlainString() + " h)";
        } else if (settings.finalInspectionScope() == FinalInspectionScope.ALL) {
            reason = "the store inspects every job";
        } else {
            reason = "self-check only: not safety-related, under " + settings.majorRepairHours().stripTrailingZeros().toPlainString() + " h";
        }
        boolean inspection = safety || major || settings.finalInspectionScope() == FinalInspectionScope.ALL;
        return new Requirement(inspection, safety, reason);
    }
}
