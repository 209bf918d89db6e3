package com.fours.dms.dispatch;

import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.workshop.api.WorkshopApi.AbsenceView;
import com.fours.dms.workshop.api.WorkshopApi.BayView;
import com.fours.dms.workshop.api.WorkshopApi.ShiftView;
import com.fours.dms.workshop.api.WorkshopApi.TechnicianView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * R-REP-1: a job may go to a technician with its skill, on a bay of its type, within the
 * technician's shift of that day and not on leave. Double bookings are the database's to refuse
 * (exclusion constraints), since only it sees concurrent assignments.
 */
public final class AssignmentPolicy {
    public static final String RULE = "R-REP-1";

    private AssignmentPolicy() {}

    /** The technician has the job's skill (any technician when the job names none). */
    public static boolean skillFits(JobRequirement r, TechnicianView t) {
        return r.skill() == null || t.skills().contains(r.skill());
    }

    /** The bay is of the job's type (any bay when the job names none). */
    public static boolean bayFits(JobRequirement r, BayView b) {
        return r.bayType() == null || r.bayType() == b.bayType();
    }

    /** Why the assignment does not fit, one violation per reason (field and message); empty when it fits. */
    public static List<Violation> misfits(JobRequirement r, TechnicianView t, BayView b, Instant start, Instant end, ZoneId zone) {
        List<Violation> v = new ArrayList<>();
        if (!skillFits(r, t)) {
            v.add(new Violation("technicianId", t.name() + " does not have the skill " + r.skill() + " this job needs (has " + String.join(", ", t.skills()) + ")"));
        }
        if (!bayFits(r, b)) {
            v.add(new Violation("bayId", "bay " + b.code() + " is a " + b.bayType() + " bay; this job needs a " + r.bayType() + " bay"));
        }
        v.addAll(shiftMisfits(t, start, end, zone));
        return v;
    }

    /** Why the technician cannot work [start, end): on leave, a day off, or outside the shift (field technicianId / plannedStart); empty when they can. */
    public static List<Violation> shiftMisfits(TechnicianView t, Instant start, Instant end, ZoneId zone) {
        List<Violation> v = new ArrayList<>();
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        LocalDate day = from.toLocalDate();
        Optional<AbsenceView> leave = Shifts.absenceOn(t, day);
        Optional<ShiftView> shift = Shifts.shiftOn(t, day);
        if (leave.isPresent()) {
            v.add(new Violation("technicianId", t.name() + " is on leave on " + day + " (" + leave.get().reason() + ")"));
        } else if (shift.isEmpty()) {
            v.add(new Violation("technicianId", t.name() + " does not work on " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s"));
        } else {
            ShiftView s = shift.get();
            boolean inside = to.toLocalDate().equals(day) && !from.toLocalTime().isBefore(s.start()) && !to.toLocalTime().isAfter(s.end());
            if (!inside) {
                v.add(new Violation("plannedStart", t.name() + " works " + s.start() + "–" + s.end() + " on " + day + "; plan the job inside the shift"));
            }
        }
        return v;
    }

    /** Throws the 409 R-REP-1 problem that says why, when the assignment does not fit. */
    public static void requireFit(JobRequirement r, TechnicianView t, BayView b, Instant start, Instant end, ZoneId zone) {
        List<Violation> v = misfits(r, t, b, start, end, zone);
        if (!v.isEmpty()) {
            throw new ProblemException(409, RULE, "Refused by business rule " + RULE,
                    String.join("; ", v.stream().map(Violation::message).toList()), v, null);
        }
    }
}
