package com.fours.dms.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fours.dms.repairorder.WorkshopTeam;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.workshop.BayType;
import com.fours.dms.workshop.api.WorkshopApi.AbsenceView;
import com.fours.dms.workshop.api.WorkshopApi.BayView;
import com.fours.dms.workshop.api.WorkshopApi.ServiceTypeView;
import com.fours.dms.workshop.api.WorkshopApi.ShiftView;
import com.fours.dms.workshop.api.WorkshopApi.TechnicianView;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R-REP-1 fit rules: skill, bay type, the technician's shift and leave; what a job needs from its line. */
class AssignmentPolicyTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final List<ShiftView> WEEKDAYS = List.of(1, 2, 3, 4, 5).stream().map(d -> new ShiftView(d, LocalTime.of(8, 30), LocalTime.of(17, 30))).toList();

    static TechnicianView tech(List<String> skills, List<AbsenceView> leave) {
        return new TechnicianView(UUID.randomUUID(), "赵师傅", skills, LocalTime.of(8, 30), LocalTime.of(17, 30), WEEKDAYS, leave, true, "zhao", false, 0);
    }

    static BayView bay(BayType type) {
        return new BayView(UUID.randomUUID(), "B01", "1号工位", type, true, 0);
    }

    static List<Violation> misfits(JobRequirement r, TechnicianView t, BayView b, LocalDate day, String from, String to) {
        return AssignmentPolicy.misfits(r, t, b, day.atTime(LocalTime.parse(from)).atZone(SHANGHAI).toInstant(),
                day.atTime(LocalTime.parse(to)).atZone(SHANGHAI).toInstant(), SHANGHAI);
    }

    @Test
    void aTechnicianWithTheSkillOnABayOfTheTypeInsideTheShiftFits() {
        JobRequirement body = new JobRequirement("BODY", BayType.BODY_PAINT);
        assertEquals(List.of(), misfits(body, tech(List.of("BODY", "PAINT"), List.of()), bay(BayType.BODY_PAINT), MONDAY, "08:30", "17:30"));
        assertEquals(List.of(), misfits(JobRequirement.ANY, tech(List.of("MAINTENANCE"), List.of()), bay(BayType.QUICK_SERVICE), MONDAY, "10:00", "11:00"));
    }

    @Test
    void aMissingSkillOrTheWrongBayTypeSaysWhy() {
        JobRequirement body = new JobRequirement("BODY", BayType.BODY_PAINT);
        List<Violation> v = misfits(body, tech(List.of("MAINTENANCE"), List.of()), bay(BayType.GENERAL), MONDAY, "10:00", "11:00");
        assertEquals(List.of("technicianId", "bayId"), v.stream().map(Violation::field).toList());
        assertTrue(v.get(0).message().contains("does not have the skill BODY"), v.get(0).message());
        assertTrue(v.get(1).message().contains("needs a BODY_PAINT bay"), v.get(1).message());
        ProblemException e = assertThrows(ProblemException.class, () -> AssignmentPolicy.requireFit(body, tech(List.of("MAINTENANCE"), List.of()), bay(BayType.GENERAL),
                MONDAY.atTime(10, 0).atZone(SHANGHAI).toInstant(), MONDAY.atTime(11, 0).atZone(SHANGHAI).toInstant(), SHANGHAI));
        assertEquals(409, e.status());
        assertEquals("R-REP-1", e.code());
        assertEquals(2, e.violations().size());
    }

    @Test
    void thePlanMustLieInsideTheShiftOfThatDayAndNotOnLeave() {
        TechnicianView t = tech(List.of("MAINTENANCE"), List.of(new AbsenceView(MONDAY.plusDays(1), MONDAY.plusDays(1), "病假")));
        assertTrue(misfits(JobRequirement.ANY, t, bay(BayType.GENERAL), MONDAY, "08:00", "09:00").get(0).message().contains("works 08:30–17:30"));
        assertTrue(misfits(JobRequirement.ANY, t, bay(BayType.GENERAL), MONDAY, "17:00", "18:00").get(0).message().contains("works 08:30–17:30"));
        assertTrue(misfits(JobRequirement.ANY, t, bay(BayType.GENERAL), MONDAY.plusDays(1), "10:00", "11:00").get(0).message().contains("on leave on 2026-11-24 (病假)"));
        assertTrue(misfits(JobRequirement.ANY, t, bay(BayType.GENERAL), MONDAY.plusDays(5), "10:00", "11:00").get(0).message().contains("does not work on Saturdays"));
        List<Violation> overnight = AssignmentPolicy.misfits(JobRequirement.ANY, t, bay(BayType.GENERAL), MONDAY.atTime(16, 0).atZone(SHANGHAI).toInstant(),
                MONDAY.plusDays(1).atTime(9, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
        assertEquals("plannedStart", overnight.get(0).field());
    }

    @Test
    void aJobNeedsWhatItsServiceTypeOrItsTeamSays() {
        List<ServiceTypeView> types = List.of(new ServiceTypeView(UUID.randomUUID(), "EVCHK", "新能源检测", 60, BayType.EV, "EV", true, 0),
                new ServiceTypeView(UUID.randomUUID(), "OLD", "停用", 60, BayType.ALIGNMENT, "ALIGN", false, 0));
        assertEquals(new JobRequirement("EV", BayType.EV), JobRequirements.of(" evchk", WorkshopTeam.ELECTRICAL, false, types));
        assertEquals(JobRequirement.ANY, JobRequirements.of("OLD", null, false, types), "inactive service types say nothing");
        assertEquals(new JobRequirement("BODY", BayType.BODY_PAINT), JobRequirements.of(null, WorkshopTeam.BODY, false, types));
        assertEquals(new JobRequirement("PAINT", BayType.BODY_PAINT), JobRequirements.of("OP-9", WorkshopTeam.PAINT, false, types));
        assertEquals(new JobRequirement("DIAGNOSIS", null), JobRequirements.of(null, WorkshopTeam.MECHANICAL, true, types));
        assertEquals(JobRequirement.ANY, JobRequirements.of(null, WorkshopTeam.MECHANICAL, false, types));
    }
}
