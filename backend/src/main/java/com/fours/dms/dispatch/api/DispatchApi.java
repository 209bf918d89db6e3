package com.fours.dms.dispatch.api;

import com.fours.dms.dispatch.JobStatus;
import com.fours.dms.dispatch.Lateness;
import com.fours.dms.dispatch.NonProductiveCode;
import com.fours.dms.dispatch.PauseReason;
import com.fours.dms.dispatch.ProgressCheckStatus;
import com.fours.dms.dispatch.PunchEndReason;
import com.fours.dms.repairorder.WorkshopTeam;
import com.fours.dms.shared.api.BuiltByName;
import com.fours.dms.workshop.BayType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API types of the workshop's dispatch board and the technicians' clock (R-REP-1). */
public final class DispatchApi {
    private DispatchApi() {}

    @Schema(name = "BoardJob", description = "A workshop job as a card on the board (R-REP-1): its order, work, state (pauseReason says why it is PAUSED), where and when it is planned, sold against clocked hours, and whether it keeps the order's promised delivery time. requiredSkill / requiredBayType null: any technician / bay.")
    public record BoardJob(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID repairOrderId,
            @Schema(required = true, examples = "ROBJ010000042") String orderNumber,
            @Schema(nullable = true, examples = "京A12345") String plate,
            @Schema(nullable = true, examples = "帕萨特 330TSI") String model,
            @Schema(required = true, examples = "更换机油及机滤") String description,
            @Schema(nullable = true, examples = "MAINT") String operationCode,
            @Schema(nullable = true) WorkshopTeam team,
            @Schema(nullable = true, description = "The skill the technician needs; null: any", examples = "MAINTENANCE") String requiredSkill,
            @Schema(nullable = true) BayType requiredBayType,
            @Schema(required = true, description = "Sold flat-rate hours (from the estimate line)", examples = "1.50") BigDecimal soldHours,
            @Schema(required = true, description = "Hours clocked on the job so far (an open punch counts up to now)", examples = "0.75") BigDecimal clockedHours,
            @Schema(required = true) JobStatus status,
            @Schema(nullable = true) PauseReason pauseReason,
            @Schema(nullable = true, examples = "等待刹车片到货") String pauseNote,
            @Schema(nullable = true) UUID technicianId,
            @Schema(nullable = true, examples = "赵师傅") String technicianName,
            @Schema(nullable = true) UUID bayId,
            @Schema(nullable = true, examples = "B01") String bayCode,
            @Schema(nullable = true) Instant plannedStart,
            @Schema(nullable = true) Instant plannedEnd,
            @Schema(required = true, description = "Its technician is clocked on it right now") boolean clockedOn,
            @Schema(nullable = true, description = "The order's promised delivery time (R-CHK-8)") Instant promisedDeliveryAt,
            @Schema(nullable = true, description = "R-REP-2: when the workshop expects the order to be finished, as the advisor recorded it at the latest progress check") Instant expectedCompletionAt,
            @Schema(required = true, description = "Against the promised time, judged by the store's clock now; LATE also when the expected completion is after the promised time (R-REP-2)") Lateness lateness,
            @Schema(required = true, description = "How often a failed quality check sent it back (R-QC-2)", examples = "0") int reworkCount,
            @Schema(required = true, description = "Actions its state allows", examples = "[\"assign\", \"unassign\", \"clock-on\"]") List<String> availableActions,
            @Schema(required = true, description = "Version; also the ETag for If-Match") long version,
            @Schema(required = true, description = "R-REP-1: everyone on the job, the lead (technicianId) first, then the helpers; each clocks on their own. Empty while the job waits for the foreman.") List<CrewMember> crew) {}

    @Schema(name = "JobCrewMember", description = "A technician on a job (R-REP-1) and their part of its sold hours, credited to them for efficiency when the job is first finished.")
    public record CrewMember(@Schema(required = true) UUID technicianId, @Schema(required = true, examples = "赵师傅") String name,
            @Schema(required = true, description = "The lead technician (plans and answers for the job)") boolean lead,
            @Schema(required = true, description = "Their share of the sold hours (0.5 = half): as assigned, or an equal part of what the shares given leave", examples = "0.5") BigDecimal share,
            @Schema(required = true, description = "Their part of the sold hours (shares of 0.01 h; rounding to the lead)", examples = "0.75") BigDecimal soldHours) {}

    @Schema(name = "BoardBay", description = "A bay row of the board.")
    public record BoardBay(@Schema(required = true) UUID id, @Schema(required = true, examples = "B01") String code,
            @Schema(required = true, examples = "1号机修工位") String name, @Schema(required = true) BayType bayType) {}

    @Schema(name = "ActiveClock", description = "What a technician is clocked on right now: a job or a non-productive code.")
    public record ActiveClock(@Schema(required = true) UUID punchId, @Schema(nullable = true) UUID jobId,
            @Schema(nullable = true) NonProductiveCode code, @Schema(required = true) Instant since) {}

    @Schema(name = "TechnicianHours", description = "A technician's hours of one store-local day (R-REP-1): sold hours credited when a job is first finished, hours clocked on jobs, on non-productive codes, and the shift time available (shift minus leave). Efficiency = sold ÷ clocked, productivity = clocked ÷ available; null when the divisor is zero.")
    public record TechnicianHours(
            @Schema(required = true) UUID technicianId,
            @Schema(required = true, examples = "赵师傅") String technicianName,
            @Schema(required = true, examples = "2026-11-23") LocalDate day,
            @Schema(required = true, examples = "6.50") BigDecimal soldHours,
            @Schema(required = true, examples = "6.00") BigDecimal clockedHours,
            @Schema(required = true, examples = "0.50") BigDecimal nonProductiveHours,
            @Schema(required = true, examples = "9.00") BigDecimal availableHours,
            @Schema(nullable = true, description = "sold ÷ clocked (1.08 = 108 %)", examples = "1.08") BigDecimal efficiency,
            @Schema(nullable = true, description = "clocked ÷ available (0.67 = 67 %)", examples = "0.67") BigDecimal productivity) {}

    @Schema(name = "BoardTechnician", description = "A technician row of the board: skills, the shift of the day (or leave), the clock running now and the day's hours.")
    public record BoardTechnician(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "赵师傅") String name,
            @Schema(required = true, examples = "[\"MAINTENANCE\"]") List<String> skills,
            @Schema(required = true) boolean foreman,
            @Schema(nullable = true, type = SchemaType.STRING, format = "time", description = "Shift start that day; null on a day off or leave", examples = "08:30:00") LocalTime shiftStart,
            @Schema(nullable = true, type = SchemaType.STRING, format = "time", examples = "17:30:00") LocalTime shiftEnd,
            @Schema(nullable = true, description = "The leave that day, if any", examples = "年假") String leave,
            @Schema(nullable = true) ActiveClock activeClock,
            @Schema(required = true) TechnicianHours hours) {}

    @Schema(name = "JobBoard", description = "The foreman's board of one store-local day (R-REP-1): every open job of handed-over orders (and those planned or finished that day) with the bays and technicians to lay them out by bay or by technician; jobs without a technician are the foreman's queue.")
    public record Board(
            @Schema(required = true, examples = "2026-11-23") LocalDate day,
            @Schema(required = true, examples = "Asia/Shanghai") String timeZone,
            @Schema(required = true, description = "The store's clock when the board was read (lateness is judged against it)") Instant now,
            @Schema(required = true) List<BoardJob> jobs,
            @Schema(required = true, description = "Active bays by code") List<BoardBay> bays,
            @Schema(required = true, description = "Active technicians by name") List<BoardTechnician> technicians) {}

    @Schema(name = "DayHours", description = "Every active technician's hours of one store-local day (R-REP-1).")
    public record DayHours(@Schema(required = true, examples = "2026-11-23") LocalDate day, @Schema(required = true) List<TechnicianHours> technicians) {}

    @Schema(name = "AssignJobRequest", description = "Put the job on a bay and a technician for a planned interval of one day, inside the technician's shift (R-REP-1).")
    public record AssignRequest(
            @Schema(required = true) @NotNull UUID technicianId,
            @Schema(required = true) @NotNull UUID bayId,
            @Schema(required = true, examples = "2026-11-23T02:00:00Z") @NotNull Instant plannedStart,
            @Schema(required = true, examples = "2026-11-23T03:30:00Z") @NotNull Instant plannedEnd,
            @Schema(nullable = true, description = "R-REP-1: helpers who work the job with the lead technician (technicianId), each inside their shift and not booked elsewhere for the interval; an empty list: the lead alone; omitted: the job keeps the helpers (and shares) it has. A list replaces the job's helpers.")
            @Size(max = 5) List<@Valid @NotNull HelperRequest> helpers,
            @Schema(nullable = true, description = "The lead's share of the sold hours (0 < share <= 1); omitted: an equal part of what the helpers' shares leave", examples = "0.6") BigDecimal leadShare) {

        /** The lead alone. */
        public AssignRequest(UUID technicianId, UUID bayId, Instant plannedStart, Instant plannedEnd) {
            this(technicianId, bayId, plannedStart, plannedEnd, null, null);
        }

        public List<HelperRequest> helpersOrEmpty() {
            return helpers == null ? List.of() : helpers;
        }
    }

    @Schema(name = "JobHelperRequest", description = "A helper on a job and, optionally, their share of its sold hours.")
    public record HelperRequest(@Schema(required = true) @NotNull UUID technicianId,
            @Schema(nullable = true, description = "0 < share <= 1; omitted: an equal part of what the shares given leave", examples = "0.4") BigDecimal share) {}

    @Schema(name = "TechnicianRef")
    public record TechnicianRef(@Schema(required = true) UUID id, @Schema(required = true, examples = "赵师傅") String name) {}

    @Schema(name = "MyJobs", description = "The signed-in technician's open jobs (planned first), their clock and today's hours.")
    public record MyJobs(
            @Schema(required = true) TechnicianRef technician,
            @Schema(nullable = true) ActiveClock activeClock,
            @Schema(required = true) List<BoardJob> jobs,
            @Schema(required = true) TechnicianHours today,
            @Schema(required = true, description = "Codes for time on no job") List<NonProductiveCode> nonProductiveCodes) {}

    @Schema(name = "ClockOnRequest")
    public record ClockOnRequest(@Schema(required = true) @NotNull UUID jobId) {}

    @Schema(name = "FinishJobRequest")
    public record FinishRequest(@Schema(required = true) @NotNull UUID jobId) {}

    @Schema(name = "PauseJobRequest", description = "Pause the job you are clocked on; OTHER needs a note.")
    public record PauseRequest(@Schema(required = true) @NotNull PauseReason reason,
            @Schema(nullable = true, examples = "等待刹车片到货") @Size(max = 300) String note) {}

    @Schema(name = "NonProductiveRequest", description = "Clock on time that is on no job.")
    public record NonProductiveRequest(@Schema(required = true) @NotNull NonProductiveCode code,
            @Schema(nullable = true, examples = "新能源高压安全培训") @Size(max = 300) String note) {}

    @Schema(name = "Punch", description = "A stretch of a technician's time on a job or a non-productive code.")
    public record Punch(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID technicianId,
            @Schema(nullable = true) UUID jobId,
            @Schema(nullable = true, examples = "ROBJ010000042") String orderNumber,
            @Schema(nullable = true, examples = "更换机油及机滤") String jobDescription,
            @Schema(nullable = true) NonProductiveCode code,
            @Schema(nullable = true) String note,
            @Schema(required = true) Instant startedAt,
            @Schema(nullable = true) Instant endedAt,
            @Schema(nullable = true) PunchEndReason endReason) {}

    @Schema(name = "PunchResult", description = "What a punch did: the clock running now (if any), the punch it ended — SWITCHED when clocking on other work clocked off the previous one (one active clock, R-REP-1) — the job acted on, and whether the first clock-on started the order's work.")
    public record PunchResult(
            @Schema(nullable = true, description = "The clock running now") Punch active,
            @Schema(nullable = true, description = "The punch this request ended, e.g. the job clocked off because you clocked on another") Punch clockedOff,
            @Schema(nullable = true, description = "The job acted on, after the change") BoardJob job,
            @Schema(required = true, description = "The repair order moved to IN_PROGRESS with this clock-on") boolean orderStarted) {}

    // ---- R-REP-2: the progress check -------------------------------------------------------------

    @Schema(name = "ProgressCheck", description = "R-REP-2: the advisor's check on one workshop job, raised once when the store's share (progressCheckPercent, 70-80 %, default 75) of its estimated duration (sold hours) has elapsed since its first clock-on (or its planned start while nobody clocked on). Elapsed time is wall-clock time: pauses count. OPEN while the advisor's PROGRESS_CHECK task waits; RECORDED with the workshop's expected completion, anomalies and who was asked; when the expected completion was after the promised time, also the revision (before, after, reason) and the message to the customer. CANCELLED when the job finished before anyone answered.")
    @BuiltByName
    public record ProgressCheckView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID jobId,
            @Schema(required = true, examples = "更换变速箱油") String jobDescription,
            @Schema(required = true) UUID repairOrderId,
            @Schema(nullable = true, examples = "ROBJ010000042") String orderNumber,
            @Schema(nullable = true, examples = "京A12345") String plate,
            @Schema(nullable = true, description = "The advisor's PROGRESS_CHECK task") UUID taskId,
            @Schema(required = true) ProgressCheckStatus status,
            @Schema(required = true, description = "The job's first clock-on, or its planned start") Instant startedFrom,
            @Schema(required = true, examples = "2.00", description = "The estimated duration: the job's sold hours") BigDecimal soldHours,
            @Schema(required = true, examples = "75", description = "The store's share when it was raised (%)") int percent,
            @Schema(required = true, description = "startedFrom + soldHours × percent %") Instant dueAt,
            @Schema(required = true) Instant raisedAt,
            @Schema(nullable = true, description = "The order's promised delivery time now") Instant promisedDeliveryAt,
            @Schema(required = true, description = "The order is late now (promised time passed, or expected completion after it)") boolean orderLate,
            @Schema(nullable = true, description = "When the workshop expects the job to be finished (the advisor's answer)") Instant expectedCompletionAt,
            @Schema(nullable = true, examples = "变速箱油到货延迟，需等待供应商") String anomalies,
            @Schema(nullable = true, description = "Whether the advisor asked the workshop") Boolean workshopAsked,
            @Schema(nullable = true, examples = "李师傅", description = "Who in the workshop was asked") String workshopPerson,
            @Schema(nullable = true, description = "The expected completion was after the promised time: the promise moved and the customer was told") Boolean late,
            @Schema(nullable = true, description = "The promised time when the check was answered") Instant promisedBefore,
            @Schema(nullable = true, description = "The promised time after the answer (moved when late)") Instant promisedAfter,
            @Schema(nullable = true, examples = "变速箱油到货延迟", description = "Why the promise moved (also told to the customer)") String revisionReason,
            @Schema(nullable = true, description = "The message to the customer about the moved promise, and where it stands") CustomerMessage customerMessage,
            @Schema(nullable = true, examples = "advisor") String recordedBy,
            @Schema(nullable = true) Instant recordedAt,
            @Schema(nullable = true, examples = "工单已完工，无需检查") String closedReason,
            @Schema(required = true, examples = "[\"complete\"]") List<String> availableActions,
            @Schema(required = true, description = "Version; also the ETag for If-Match") long version) {}

    @Schema(name = "ProgressCheckMessage", description = "The outbox message that told the customer of the moved promise (R-REP-2): PENDING, HELD (quiet hours), SENT or FAILED.")
    public record CustomerMessage(@Schema(required = true) UUID id, @Schema(required = true, examples = "SMS") String channel,
            @Schema(required = true, examples = "13812345678") String recipient, @Schema(required = true, examples = "PENDING") String status,
            @Schema(nullable = true) Instant sentAt) {}

    @Schema(name = "ProgressCheckPage", description = "A page of progress checks, newest first; pass nextCursor back as cursor for the next.")
    public record ProgressCheckPage(@Schema(required = true) List<ProgressCheckView> items,
            @Schema(nullable = true, description = "Opaque cursor for the next page; null when there is none.") String nextCursor) {}

    @Schema(name = "CompleteProgressCheckRequest", description = "R-REP-2: the advisor's answer. expectedCompletionAt is when the workshop expects to finish (in the future). workshopAsked with workshopPerson (required when asked). When the expected completion is after the order's promised time, revisionReason is required (it is told to the customer) and the promise moves to revisedPromisedAt (default: the expected completion; not before it); otherwise revisedPromisedAt must be left out. language: the customer's message, zh-CN (default) or en.")
    @BuiltByName
    public record ProgressCheckRequest(
            @Schema(required = true, examples = "2026-11-23T09:30:00Z") @NotNull Instant expectedCompletionAt,
            @Schema(nullable = true, examples = "变速箱油到货延迟，需等待供应商") @Size(max = 1000) String anomalies,
            @Schema(required = true, examples = "true") @NotNull Boolean workshopAsked,
            @Schema(nullable = true, examples = "李师傅") @Size(max = 100) String workshopPerson,
            @Schema(nullable = true, examples = "2026-11-23T10:00:00Z") Instant revisedPromisedAt,
            @Schema(nullable = true, examples = "变速箱油到货延迟") @Size(max = 500) String revisionReason,
            @Schema(nullable = true, examples = "zh-CN") @jakarta.validation.constraints.Pattern(regexp = "zh-CN|en") String language) {}
}
