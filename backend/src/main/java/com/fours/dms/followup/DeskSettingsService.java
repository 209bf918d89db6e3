package com.fours.dms.followup;

import com.fours.dms.followup.api.DeskApi;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.shared.security.StoreAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The desk's store settings: read by the queue and the reminders, changed by the service manager (If-Match, audited). */
@ApplicationScoped
public class DeskSettingsService {
    static final String ENTITY = "followup-settings";

    @Inject
    StoreAccess access;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** The store's numbers, the rules' defaults while the manager changed none. */
    public DeskSettings settings(String store) {
        FollowUpSettings s = FollowUpSettings.findById(store);
        return (s == null ? defaults(store) : s).value();
    }

    /** The store's post-service follow-up and complaint numbers (R-FUP-1, R-FUP-3, R-FUP-5). */
    public PostServiceSettings postService(String store) {
        FollowUpSettings s = FollowUpSettings.findById(store);
        return (s == null ? defaults(store) : s).postService();
    }

    public DeskApi.Settings get(String store) {
        access.require(store);
        FollowUpSettings s = FollowUpSettings.findById(store);
        return DeskApi.Settings.of(s == null ? defaults(store) : s);
    }

    @Transactional
    public DeskApi.Settings update(String store, long expectedVersion, DeskApi.SettingsRequest req) {
        access.require(store);
        FollowUpSettings s = FollowUpSettings.findById(store);
        boolean created = s == null;
        ETags.check(expectedVersion, created ? 0 : s.version);
        if (created) {
            // The defaults become a row first, so this change is version 1 and a second writer who read the defaults conflicts.
            s = defaults(store);
            s.updatedAt = clock.instant();
            s.updatedBy = user.username();
            s.persist();
            em.flush();
        }
        DeskApi.Settings before = DeskApi.Settings.of(s);
        if (req.callWindowStart() != null) {
            s.callWindowStart = req.callWindowStart();
        }
        if (req.callWindowEnd() != null) {
            s.callWindowEnd = req.callWindowEnd();
        }
        if (req.noAnswerRetryMinutes() != null) {
            s.noAnswerRetryMinutes = req.noAnswerRetryMinutes();
        }
        if (req.noAnswerMaxAttempts() != null) {
            s.noAnswerMaxAttempts = req.noAnswerMaxAttempts();
        }
        if (req.defaultKmPerDay() != null) {
            s.defaultKmPerDay = req.defaultKmPerDay();
        }
        if (req.defaultIntervalMonths() != null) {
            s.defaultIntervalMonths = req.defaultIntervalMonths();
        }
        if (req.defaultIntervalKm() != null) {
            s.defaultIntervalKm = req.defaultIntervalKm();
        }
        if (req.reminderMessageDays() != null) {
            s.reminderMessageDays = req.reminderMessageDays();
        }
        if (req.reminderCallDays() != null) {
            s.reminderCallDays = req.reminderCallDays();
        }
        if (req.secondCallAfterDays() != null) {
            s.secondCallAfterDays = req.secondCallAfterDays();
        }
        if (req.followUpDueDays() != null) {
            s.followUpDueDays = req.followUpDueDays();
        }
        if (req.followUpWindowFromDays() != null) {
            s.followUpWindowFromDays = req.followUpWindowFromDays();
        }
        if (req.followUpWindowToDays() != null) {
            s.followUpWindowToDays = req.followUpWindowToDays();
        }
        if (req.followUpSamplePercent() != null) {
            s.followUpSamplePercent = req.followUpSamplePercent();
        }
        if (req.complaintScoreThreshold() != null) {
            s.complaintScoreThreshold = req.complaintScoreThreshold();
        }
        if (req.complaintResolutionHours() != null) {
            s.complaintResolutionHours = req.complaintResolutionHours();
        }
        if (req.declinedWorkFollowUpDays() != null) {
            s.declinedWorkFollowUpDays = req.declinedWorkFollowUpDays();
        }
        if (req.retentionMonths() != null) {
            s.retentionMonths = req.retentionMonths();
        }
        if (req.retentionCallDay() != null) {
            s.retentionCallDay = req.retentionCallDay();
        }
        if (req.lostMonths() != null) {
            s.lostMonths = req.lostMonths();
        }
        if (req.escalationEmail() != null) {
            s.escalationEmail = req.escalationEmail().isBlank() ? null : req.escalationEmail().strip();
        }
        List<Violation> v = new ArrayList<>();
        if (s.followUpWindowFromDays > s.followUpDueDays || s.followUpDueDays > s.followUpWindowToDays) {
            v.add(new Violation("followUpDueDays", "must lie within followUpWindowFromDays..followUpWindowToDays (R-FUP-1)"));
        }
        if (!s.callWindowEnd.isAfter(s.callWindowStart)) {
            v.add(new Violation("callWindowEnd", "must be after callWindowStart (R-FUP-4)"));
        }
        if (s.reminderMessageDays < s.reminderCallDays) {
            v.add(new Violation("reminderMessageDays", "the message (R-REM-2) goes out before the call: must be at least reminderCallDays"));
        }
        if (s.lostMonths <= s.retentionMonths) {
            v.add(new Violation("lostMonths", "must be more than retentionMonths (R-REM-5)"));
        }
        if (!v.isEmpty()) {
            throw ProblemException.validation(v);
        }
        s.updatedAt = clock.instant();
        s.updatedBy = user.username();
        em.flush();
        DeskApi.Settings after = DeskApi.Settings.of(s);
        audit.changed(store, ENTITY, store, "updated", before, after);
        return after;
    }

    private static FollowUpSettings defaults(String store) {
        FollowUpSettings s = new FollowUpSettings();
        s.storeCode = store;
        return s;
    }
}
