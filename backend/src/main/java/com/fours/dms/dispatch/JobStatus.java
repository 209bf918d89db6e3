package com.fours.dms.dispatch;

import java.util.EnumSet;
import java.util.Set;

/** Where a workshop job stands; see {@link WorkshopJob} for the named transitions. */
public enum JobStatus {
    WAITING, ASSIGNED, IN_PROGRESS, PAUSED, DONE, IN_QC, REWORK, PASSED;

    /** Still to be worked or checked: on the board whatever the day. */
    public static final Set<JobStatus> OPEN = EnumSet.of(WAITING, ASSIGNED, IN_PROGRESS, PAUSED, REWORK, IN_QC);

    /** The job holds its planned bay and technician time (R-REP-1: no double booking). */
    public static final Set<JobStatus> HOLDS_PLAN = EnumSet.of(ASSIGNED, IN_PROGRESS, PAUSED, REWORK);

    /** The technician's work on it is finished (quality check may follow). */
    public static final Set<JobStatus> FINISHED = EnumSet.of(DONE, IN_QC, PASSED);
}
