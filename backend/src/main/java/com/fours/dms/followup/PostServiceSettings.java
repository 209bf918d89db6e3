package com.fours.dms.followup;

/**
 * A store's post-service numbers (defaults from DOMAIN.md): R-FUP-1 the follow-up call is due
 * {@code dueDays} after delivery within {@code windowFromDays}..{@code windowToDays}; R-FUP-3 at least
 * {@code samplePercent} of each stratum's orders are called; R-FUP-5 an overall score at or below
 * {@code complaintScoreThreshold} opens a complaint, which gets {@code complaintResolutionHours} until its owner
 * commits to a deadline; overdue cases are e-mailed to {@code escalationEmail} (none = task only).
 */
public record PostServiceSettings(int dueDays, int windowFromDays, int windowToDays, int samplePercent, int complaintScoreThreshold,
        int complaintResolutionHours, String escalationEmail) {}
