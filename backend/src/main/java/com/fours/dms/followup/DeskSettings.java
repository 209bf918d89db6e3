package com.fours.dms.followup;

/** A store's desk and reminder numbers (defaults from DOMAIN.md: R-REM-2's 13 and 11 days …). */
public record DeskSettings(CallWindow callWindow, int noAnswerRetryMinutes, int noAnswerMaxAttempts, int defaultKmPerDay,
        int defaultIntervalMonths, int defaultIntervalKm, int reminderMessageDays, int reminderCallDays, int secondCallAfterDays,
        int declinedWorkFollowUpDays, int retentionMonths, int retentionCallDay, int lostMonths) {}
