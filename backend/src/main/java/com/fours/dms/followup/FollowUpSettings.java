package com.fours.dms.followup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalTime;

/** The follow-up desk's store settings: the rules' numbers with their defaults (R-FUP-4, R-REM-1..3). */
@Entity
@Table(name = "followup_settings")
public class FollowUpSettings extends PanacheEntityBase {
    @Id
    @Column(name = "store_code")
    public String storeCode;

    @Column(name = "call_window_start")
    public LocalTime callWindowStart = LocalTime.of(9, 30);

    @Column(name = "call_window_end")
    public LocalTime callWindowEnd = LocalTime.of(20, 0);

    @Column(name = "no_answer_retry_minutes")
    public int noAnswerRetryMinutes = 120;

    @Column(name = "no_answer_max_attempts")
    public int noAnswerMaxAttempts = 3;

    @Column(name = "default_km_per_day")
    public int defaultKmPerDay = 40;

    @Column(name = "default_interval_months")
    public int defaultIntervalMonths = 6;

    @Column(name = "default_interval_km")
    public int defaultIntervalKm = 5000;

    @Column(name = "reminder_message_days")
    public int reminderMessageDays = 13;

    @Column(name = "reminder_call_days")
    public int reminderCallDays = 11;

    @Column(name = "second_call_after_days")
    public int secondCallAfterDays = 3;

    /** Issue 11: declined work (found-not-fixed) gets a message and a call this many days after it was declined. */
    @Column(name = "declined_work_follow_up_days")
    public int declinedWorkFollowUpDays = 30;

    /** R-REM-5: a vehicle with no visit for this many months gets a retention call, from this day of the month (mid-month) … */
    @Column(name = "retention_months")
    public int retentionMonths = 3;

    @Column(name = "retention_call_day")
    public int retentionCallDay = 15;

    /** … and after this many months the customer is lost (the call records why). */
    @Column(name = "lost_months")
    public int lostMonths = 12;

    @Column(name = "follow_up_due_days")
    public int followUpDueDays = 3;

    @Column(name = "follow_up_window_from_days")
    public int followUpWindowFromDays = 2;

    @Column(name = "follow_up_window_to_days")
    public int followUpWindowToDays = 7;

    @Column(name = "follow_up_sample_percent")
    public int followUpSamplePercent = 50;

    @Column(name = "complaint_score_threshold")
    public int complaintScoreThreshold = 6;

    @Column(name = "complaint_resolution_hours")
    public int complaintResolutionHours = 48;

    @Column(name = "escalation_email")
    public String escalationEmail;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    public long version;

    /** The store's settings as a value for the other contexts and the policies. */
    public DeskSettings value() {
        return new DeskSettings(new CallWindow(callWindowStart, callWindowEnd), noAnswerRetryMinutes, noAnswerMaxAttempts, defaultKmPerDay,
                defaultIntervalMonths, defaultIntervalKm, reminderMessageDays, reminderCallDays, secondCallAfterDays, declinedWorkFollowUpDays,
                retentionMonths, retentionCallDay, lostMonths);
    }

    /** The post-service follow-up and complaint numbers (R-FUP-1, R-FUP-3, R-FUP-5). */
    public PostServiceSettings postService() {
        return new PostServiceSettings(followUpDueDays, followUpWindowFromDays, followUpWindowToDays, followUpSamplePercent, complaintScoreThreshold,
                complaintResolutionHours, escalationEmail);
    }
}
