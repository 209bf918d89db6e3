package com.fours.dms.dispatch;

import com.fours.dms.repairorder.WorkshopTeam;
import com.fours.dms.workshop.BayType;
import com.fours.dms.workshop.api.WorkshopApi.ServiceTypeView;
import java.util.List;

/**
 * R-REP-1: what a job needs, read from its estimate line. A line whose operation code is one of the
 * store's service types needs that type's skill and bay type (the set-up says so). Otherwise the
 * line's team decides where it is known: body and paint work needs the BODY or PAINT skill and a
 * body &amp; paint bay; a diagnosis needs the DIAGNOSIS skill. Other mechanical and electrical work
 * fits any technician and bay (the foreman decides).
 */
public final class JobRequirements {
    public static final String BODY = "BODY";
    public static final String PAINT = "PAINT";
    public static final String DIAGNOSIS = "DIAGNOSIS";

    private JobRequirements() {}

    public static JobRequirement of(String operationCode, WorkshopTeam team, boolean diagnosis, List<ServiceTypeView> serviceTypes) {
        if (operationCode != null) {
            for (ServiceTypeView s : serviceTypes) {
                if (s.active() && s.code().equalsIgnoreCase(operationCode.strip())) {
                    return new JobRequirement(s.skill(), s.bayType());
                }
            }
        }
        if (team == WorkshopTeam.BODY) {
            return new JobRequirement(BODY, BayType.BODY_PAINT);
        }
        if (team == WorkshopTeam.PAINT) {
            return new JobRequirement(PAINT, BayType.BODY_PAINT);
        }
        if (diagnosis) {
            return new JobRequirement(DIAGNOSIS, null);
        }
        return JobRequirement.ANY;
    }
}
