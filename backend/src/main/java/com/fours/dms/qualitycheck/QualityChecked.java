package com.fours.dms.qualitycheck;

import java.util.UUID;

/**
 * CDI event, fired inside the transaction when a job's quality check of one round is decided: passed
 * on the technician's self-check (inspectorId null: no inspection required), passed or failed by an
 * inspector (R-QC-1, R-QC-2). {@code reason} is the failure's reason, or why no inspection was needed.
 */
public record QualityChecked(String storeCode, UUID jobId, UUID repairOrderId, int round, InspectionResult result, UUID inspectorId,
        String reason) {}
