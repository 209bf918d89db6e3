package com.fours.dms.workshop.api;

import com.fours.dms.workshop.Bay;
import com.fours.dms.workshop.BayType;
import com.fours.dms.workshop.ServiceAdvisor;
import com.fours.dms.workshop.ServiceType;
import com.fours.dms.workshop.Technician;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API types of the workshop set-up (advisors, bays, technicians, service types). */
public final class WorkshopApi {
    private WorkshopApi() {}

    @Schema(name = "ServiceAdvisor", description = "A service advisor and how many arrivals they can receive per slot (R-APT-3).")
    public record AdvisorView(@Schema(required = true) UUID id, @Schema(required = true, examples = "advisor") String username,
            @Schema(required = true, examples = "王顾问") String displayName, @Schema(required = true, examples = "2") int receptionCapacity,
            @Schema(required = true) boolean active, @Schema(required = true) long version) {
        public static AdvisorView of(ServiceAdvisor a) {
            return new AdvisorView(a.id, a.username, a.displayName, a.receptionCapacity, a.active, a.version);
        }
    }

    @Schema(name = "ServiceAdvisorRequest")
    public record AdvisorRequest(
            @Schema(required = true, description = "Login name in the identity provider", examples = "advisor") @NotBlank @Size(max = 100) String username,
            @Schema(required = true, examples = "王顾问") @NotBlank @Size(max = 100) String displayName,
            @Schema(required = true, examples = "2") @Min(1) @Max(10) int receptionCapacity,
            @Schema(required = true) boolean active) {}

    @Schema(name = "Bay", description = "A workshop bay (工位).")
    public record BayView(@Schema(required = true) UUID id, @Schema(required = true, examples = "B01") String code,
            @Schema(required = true, examples = "1号机修工位") String name, @Schema(required = true) BayType bayType,
            @Schema(required = true) boolean active, @Schema(required = true) long version) {
        public static BayView of(Bay b) {
            return new BayView(b.id, b.code, b.name, b.bayType, b.active, b.version);
        }
    }

    @Schema(name = "BayRequest")
    public record BayRequest(@Schema(required = true, examples = "B01") @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,20}") String code,
            @Schema(required = true, examples = "1号机修工位") @NotBlank @Size(max = 60) String name,
            @Schema(required = true) @NotNull BayType bayType, @Schema(required = true) boolean active) {}

    @Schema(name = "TechnicianShift", description = "The hours a technician works on one weekday (store-local).")
    public record ShiftView(
            @Schema(required = true, description = "ISO weekday, 1 = Monday … 7 = Sunday", examples = "1") @Min(1) @Max(7) int dayOfWeek,
            @Schema(required = true, type = SchemaType.STRING, format = "time", examples = "08:30:00") @NotNull LocalTime start,
            @Schema(required = true, type = SchemaType.STRING, format = "time", examples = "17:30:00") @NotNull LocalTime end) {}

    @Schema(name = "TechnicianAbsence", description = "Leave: whole days from .. to (inclusive); the technician gives no capacity then.")
    public record AbsenceView(
            @Schema(required = true, examples = "2026-12-07") @NotNull LocalDate from,
            @Schema(required = true, examples = "2026-12-09") @NotNull LocalDate to,
            @Schema(required = true, examples = "年假") @NotBlank @Size(max = 200) String reason) {}

    @Schema(name = "Technician", description = "A technician: one person with skills, a shift per weekday and leave (store-local time).")
    public record TechnicianView(@Schema(required = true) UUID id, @Schema(required = true, examples = "李师傅") String name,
            @Schema(required = true, examples = "[\"MAINTENANCE\",\"DIAGNOSIS\"]") List<String> skills,
            @Schema(required = true, type = SchemaType.STRING, format = "time", examples = "08:30:00") LocalTime workStart,
            @Schema(required = true, type = SchemaType.STRING, format = "time", examples = "17:30:00") LocalTime workEnd,
            @Schema(required = true, description = "The weekdays worked and their hours; a weekday not listed is a day off") List<ShiftView> shifts,
            @Schema(required = true, description = "Leave, by start date") List<AbsenceView> absences,
            @Schema(required = true) boolean active,
            @Schema(nullable = true, description = "R-REP-1: the login (preferred_username) the technician signs in with to clock on; null when not linked", examples = "workshop") String username,
            @Schema(required = true, description = "R-REP-1: a foreman dispatches the store's jobs to bays and technicians") boolean foreman,
            @Schema(required = true) long version) {
        public static TechnicianView of(Technician t) {
            return new TechnicianView(t.id, t.name, t.skillList(), t.workStart, t.workEnd,
                    t.shifts.stream().sorted(java.util.Comparator.comparingInt(x -> x.dayOfWeek)).map(x -> new ShiftView(x.dayOfWeek, x.starts, x.ends)).toList(),
                    t.absences.stream().map(a -> new AbsenceView(a.fromDate, a.toDate, a.reason)).toList(),
                    t.active, t.username, t.foreman, t.version);
        }
    }

    @Schema(name = "TechnicianRequest")
    public record TechnicianRequest(@Schema(required = true, examples = "李师傅") @NotBlank @Size(max = 100) String name,
            @Schema(required = true, examples = "[\"MAINTENANCE\"]") @NotEmpty @Size(max = 10) List<@Pattern(regexp = "[A-Z_]{2,30}", message = "upper-case skill code, e.g. MAINTENANCE") String> skills,
            @Schema(required = true, type = SchemaType.STRING, format = "time", examples = "08:30:00") @NotNull LocalTime workStart,
            @Schema(required = true, type = SchemaType.STRING, format = "time", examples = "17:30:00") @NotNull LocalTime workEnd,
            @Schema(required = true) boolean active,
            @Schema(description = "Shift per weekday; omitted: workStart-workEnd every day. A weekday not listed is a day off.")
            @Size(max = 7) List<@Valid @NotNull ShiftView> shifts,
            @Schema(description = "Leave (replaces the technician's list); omitted: none")
            @Size(max = 100) List<@Valid @NotNull AbsenceView> absences,
            @Schema(nullable = true, description = "R-REP-1: the login (preferred_username) the technician signs in with to clock on; omitted or null: not linked. Unique in the store.", examples = "workshop")
            @Size(min = 1, max = 100) @Pattern(regexp = "\\S+", message = "a login name without spaces") String username,
            @Schema(nullable = true, description = "R-REP-1: may dispatch the store's jobs (needs a linked login); omitted: false") Boolean foreman) {}

    @Schema(name = "ServiceType", description = "A bookable kind of work with its default duration, bay type and skill.")
    public record ServiceTypeView(@Schema(required = true) UUID id, @Schema(required = true, examples = "MAINT") String code,
            @Schema(required = true, examples = "定期保养") String name, @Schema(required = true, examples = "60") int durationMinutes,
            @Schema(required = true) BayType bayType, @Schema(required = true, examples = "MAINTENANCE") String skill,
            @Schema(required = true) boolean active, @Schema(required = true) long version) {
        public static ServiceTypeView of(ServiceType s) {
            return new ServiceTypeView(s.id, s.code, s.name, s.durationMinutes, s.bayType, s.skill, s.active, s.version);
        }
    }

    @Schema(name = "ServiceTypeRequest")
    public record ServiceTypeRequest(@Schema(required = true, examples = "MAINT") @NotBlank @Pattern(regexp = "[A-Z0-9_]{2,30}") String code,
            @Schema(required = true, examples = "定期保养") @NotBlank @Size(max = 100) String name,
            @Schema(required = true, examples = "60") @Min(5) @Max(1440) int durationMinutes,
            @Schema(required = true) @NotNull BayType bayType,
            @Schema(required = true, examples = "MAINTENANCE") @NotBlank @Pattern(regexp = "[A-Z_]{2,30}") String skill,
            @Schema(required = true) boolean active) {}
}
