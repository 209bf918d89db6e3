package com.fours.dms.followup.api;

import com.fours.dms.followup.FollowUpSettings;
import com.fours.dms.followup.OutreachChannel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The customer-service desk's API types: the work queue, consent and the desk's store settings. */
public final class DeskApi {
    private DeskApi() {}

    @Schema(name = "WorkQueue", description = "Today's calls for the caller (the customer-service queue and their own tasks), in store time: offered calls in calling order, and the ones not offered now with why.")
    public record Queue(
            @Schema(required = true, description = "The store-local day the queue is for", examples = "2026-11-23") java.time.LocalDate day,
            @Schema(required = true, description = "R-FUP-4: whether the store's call window is open now") boolean callWindowOpen,
            @Schema(required = true, type = SchemaType.STRING, format = "time", examples = "09:30:00") LocalTime callWindowStart,
            @Schema(required = true, type = SchemaType.STRING, format = "time", examples = "20:00:00") LocalTime callWindowEnd,
            @Schema(required = true, description = "Calls to make now, in order: complaint second follow-ups, then club members (R-FUP-6), then by priority and due time") List<QueueItem> offered,
            @Schema(required = true, description = "Today's calls not offered now, each with its reasons") List<QueueItem> notOffered) {}

    @Schema(name = "WorkQueueItem", description = "One call in the work queue with what the caller needs to make it")
    public record QueueItem(
            @Schema(required = true) TaskApi.View task,
            @Schema(required = true, description = "0 complaint second follow-up, 1 club member (R-FUP-6), 2 the rest", examples = "1") int rank,
            @Schema(required = true, description = "The call script to use", examples = "SERVICE_REMINDER_CLUB") String script,
            @Schema(nullable = true, examples = "PRIVATE") String customerType,
            @Schema(required = true) boolean clubMember,
            @Schema(required = true, description = "Channels the customer opted out of", examples = "[\"CALL\"]") List<OutreachChannel> optedOut,
            @Schema(required = true, description = "Why the call is not offered now: CALL_OPTED_OUT, NO_PHONE, OUTSIDE_CALL_WINDOW, LATER_TODAY; empty when offered",
                    examples = "[\"OUTSIDE_CALL_WINDOW\"]") List<String> notOfferedBecause,
            @Schema(nullable = true, description = "When it can be called (for OUTSIDE_CALL_WINDOW / LATER_TODAY)") Instant callableFrom,
            @Schema(required = true, description = "Unanswered calls so far", examples = "1") int unanswered) {}

    @Schema(name = "ContactConsent", description = "A customer's consent per channel (call, SMS, e-mail); a channel without a recorded answer is allowed.")
    public record Consent(@Schema(required = true) UUID customerId, @Schema(required = true) List<ChannelConsent> channels) {}

    @Schema(name = "ChannelConsent")
    public record ChannelConsent(
            @Schema(required = true, examples = "CALL") OutreachChannel channel,
            @Schema(required = true) boolean allowed,
            @Schema(nullable = true, description = "DESK or LINK", examples = "DESK") String source,
            @Schema(nullable = true, examples = "客户要求不要来电") String reason,
            @Schema(nullable = true, examples = "cs") String changedBy,
            @Schema(nullable = true) Instant changedAt) {}

    @Schema(name = "ConsentRequest", description = "What the customer said about one channel")
    public record ConsentRequest(@NotNull @Schema(required = true, examples = "false") Boolean allowed,
            @Size(max = 300) @Schema(nullable = true, examples = "客户要求不要来电") String reason) {}

    @Schema(name = "FollowUpSettings", description = "The desk's store settings with the rules' defaults")
    public record Settings(
            @Schema(required = true, type = SchemaType.STRING, format = "time", examples = "09:30:00", description = "R-FUP-4: calls are offered from") LocalTime callWindowStart,
            @Schema(required = true, type = SchemaType.STRING, format = "time", examples = "20:00:00", description = "R-FUP-4: … until") LocalTime callWindowEnd,
            @Schema(required = true, examples = "120", description = "A no-answer comes back this many minutes later the same day (else the next day)") int noAnswerRetryMinutes,
            @Schema(required = true, examples = "3", description = "After this many unanswered calls the desk sends a message instead") int noAnswerMaxAttempts,
            @Schema(required = true, examples = "40", description = "R-REM-1: km per day for a vehicle with one visit") int defaultKmPerDay,
            @Schema(required = true, examples = "6", description = "R-REM-1: interval months when the vehicle has none") int defaultIntervalMonths,
            @Schema(required = true, examples = "5000", description = "R-REM-1: interval km when the vehicle has none") int defaultIntervalKm,
            @Schema(required = true, examples = "13", description = "R-REM-2: message this many days before due") int reminderMessageDays,
            @Schema(required = true, examples = "11", description = "R-REM-2: call this many days before due") int reminderCallDays,
            @Schema(required = true, examples = "3", description = "R-REM-3: an undecided customer is called again this many days later") int secondCallAfterDays,
            @Schema(required = true, examples = "3", description = "R-FUP-1: the follow-up call is due this many days after delivery") int followUpDueDays,
            @Schema(required = true, examples = "2", description = "R-FUP-1: … callable from this many days after delivery") int followUpWindowFromDays,
            @Schema(required = true, examples = "7", description = "R-FUP-1: … until this many days after delivery") int followUpWindowToDays,
            @Schema(required = true, examples = "50", description = "R-FUP-3: at least this percentage of each customer type x order type is followed up, per week") int followUpSamplePercent,
            @Schema(required = true, examples = "6", description = "R-FUP-5: an overall score (1-10) at or below this opens a complaint") int complaintScoreThreshold,
            @Schema(required = true, examples = "48", description = "R-FUP-5: hours a new complaint gets until its owner commits to a deadline") int complaintResolutionHours,
            @Schema(nullable = true, examples = "manager@example.com", description = "Where overdue complaints are e-mailed (none = the escalation task only)") String escalationEmail,
            @Schema(required = true, examples = "30", description = "Declined work (found-not-fixed estimate lines and supplementary items) gets a message and a call this many days after it was declined") int declinedWorkFollowUpDays,
            @Schema(required = true, examples = "3", description = "R-REM-5: a vehicle with no visit for this many months gets a retention call") int retentionMonths,
            @Schema(required = true, examples = "15", description = "R-REM-5: retention calls are raised from this day of the month (mid-month)") int retentionCallDay,
            @Schema(required = true, examples = "12", description = "R-REM-5: after this many months without a visit the customer is lost; the call records why") int lostMonths,
            @Schema(required = true) long version) {
        public static Settings of(FollowUpSettings s) {
            return new Settings(s.callWindowStart, s.callWindowEnd, s.noAnswerRetryMinutes, s.noAnswerMaxAttempts, s.defaultKmPerDay,
                    s.defaultIntervalMonths, s.defaultIntervalKm, s.reminderMessageDays, s.reminderCallDays, s.secondCallAfterDays, s.followUpDueDays,
                    s.followUpWindowFromDays, s.followUpWindowToDays, s.followUpSamplePercent, s.complaintScoreThreshold, s.complaintResolutionHours,
                    s.escalationEmail, s.declinedWorkFollowUpDays, s.retentionMonths, s.retentionCallDay, s.lostMonths, s.version);
        }
    }

    @Schema(name = "FollowUpSettingsRequest", description = "Changes to the desk's settings; omitted = unchanged")
    public record SettingsRequest(
            @Schema(nullable = true, type = SchemaType.STRING, format = "time", examples = "09:30:00") LocalTime callWindowStart,
            @Schema(nullable = true, type = SchemaType.STRING, format = "time", examples = "20:00:00") LocalTime callWindowEnd,
            @Schema(nullable = true, examples = "120") @Min(10) @Max(600) Integer noAnswerRetryMinutes,
            @Schema(nullable = true, examples = "3") @Min(1) @Max(10) Integer noAnswerMaxAttempts,
            @Schema(nullable = true, examples = "40") @Min(1) @Max(1000) Integer defaultKmPerDay,
            @Schema(nullable = true, examples = "6") @Min(1) @Max(36) Integer defaultIntervalMonths,
            @Schema(nullable = true, examples = "5000") @Min(1000) @Max(100000) Integer defaultIntervalKm,
            @Schema(nullable = true, examples = "13") @Min(1) @Max(60) Integer reminderMessageDays,
            @Schema(nullable = true, examples = "11") @Min(1) @Max(60) Integer reminderCallDays,
            @Schema(nullable = true, examples = "3") @Min(1) @Max(30) Integer secondCallAfterDays,
            @Schema(nullable = true, examples = "3") @Min(1) @Max(30) Integer followUpDueDays,
            @Schema(nullable = true, examples = "2") @Min(0) @Max(30) Integer followUpWindowFromDays,
            @Schema(nullable = true, examples = "7") @Min(1) @Max(60) Integer followUpWindowToDays,
            @Schema(nullable = true, examples = "50", description = "R-FUP-3: at least half") @Min(50) @Max(100) Integer followUpSamplePercent,
            @Schema(nullable = true, examples = "6") @Min(1) @Max(10) Integer complaintScoreThreshold,
            @Schema(nullable = true, examples = "48") @Min(1) @Max(720) Integer complaintResolutionHours,
            @Schema(nullable = true, examples = "manager@example.com", description = "Blank removes it") @jakarta.validation.constraints.Email @Size(max = 200) String escalationEmail,
            @Schema(nullable = true, examples = "30") @Min(1) @Max(365) Integer declinedWorkFollowUpDays,
            @Schema(nullable = true, examples = "3") @Min(1) @Max(24) Integer retentionMonths,
            @Schema(nullable = true, examples = "15") @Min(1) @Max(28) Integer retentionCallDay,
            @Schema(nullable = true, examples = "12", description = "More than retentionMonths") @Min(2) @Max(60) Integer lostMonths) {}
}
