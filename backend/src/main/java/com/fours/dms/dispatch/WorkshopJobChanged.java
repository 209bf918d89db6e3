package com.fours.dms.dispatch;

import java.util.UUID;

/**
 * CDI event, fired inside the transaction whenever a workshop job is created, changes state, is
 * (re)assigned or clocked on/off, so live boards, webhooks and reports can follow (R-REP-1).
 * {@code action} is the audit action (created, assigned, clocked-on, paused, finished …).
 */
public record WorkshopJobChanged(String storeCode, UUID jobId, UUID repairOrderId, String action, JobStatus from, JobStatus to,
        UUID technicianId, UUID bayId) {}
