package com.fours.dms.dispatch;

import com.fours.dms.workshop.BayType;

/** What a job needs (R-REP-1): a technician with the skill and a bay of the type; null means any. */
public record JobRequirement(String skill, BayType bayType) {
    public static final JobRequirement ANY = new JobRequirement(null, null);
}
