package com.fours.dms.qualitycheck.api;

import com.fours.dms.dispatch.JobStatus;
import com.fours.dms.qualitycheck.InspectionResult;
import com.fours.dms.qualitycheck.OldPartDisposition;
import com.fours.dms.qualitycheck.RoadTestResult;
import com.fours.dms.repairorder.PayType;
import com.fours.dms.repairorder.RepairOrderStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API types of the quality check and the internal hand-over (R-QC-1..4, R-REP-5, R-REP-6). */
public final class QualityCheckApi {
    private QualityCheckApi() {}

    @Schema(name = "ChecklistItem", description = "One point of a checklist: its code (the screen names it), whether it is in order, and a note.")
    public record ChecklistItem(
            @Schema(required = true, examples = "WORK_AS_ORDERED") @NotBlank @Size(max = 40) String code,
            @Schema(required = true, examples = "true") @NotNull Boolean ok,
            @Schema(nullable = true, examples = "扭矩已复核") @Size(max = 300) String note) {}

    @Schema(name = "SelfCheckRequest", description = "R-QC-1 / R-REP-6: the technician's self-check of a finished job: every point of the self-check checklist in order, signed on the pad.")
    public record SelfCheckRequest(
            @Schema(required = true, description = "Every code of the self-check checklist (GET /quality-check/checklists), each ok") @NotNull @Size(max = 30) List<@Valid @NotNull ChecklistItem> checklist,
            @Schema(nullable = true, examples = "已试车，无异响") @Size(max = 1000) String notes,
            @Schema(required = true, description = "The technician's signature from the pad: a PNG, base64 (a data: URL is accepted), at most 512 KB") @NotBlank String signaturePng) {}

    @Schema(name = "RoadTest", description = "R-QC-1: a road test: odometer before and after, its result and notes. Required for a safety-related job.")
    public record RoadTest(
            @Schema(required = true, examples = "52310") @NotNull @Min(0) @Max(9_999_999) Integer kmBefore,
            @Schema(required = true, examples = "52318") @NotNull @Min(0) @Max(9_999_999) Integer kmAfter,
            @Schema(required = true) @NotNull RoadTestResult result,
            @Schema(nullable = true, examples = "制动有效，无跑偏") @Size(max = 1000) String notes) {}

    @Schema(name = "FinalInspectionRequest", description = "R-QC-1 / R-QC-2: the inspector's final inspection of a job in quality check: the checklist, a road test (required for a safety-related job), PASSED or FAILED (with the reason the technician reads), signed on the pad.")
    public record InspectionRequest(
            @Schema(required = true) @NotNull InspectionResult result,
            @Schema(required = true, description = "Every code of the final-inspection checklist; PASSED needs every point ok") @NotNull @Size(max = 30) List<@Valid @NotNull ChecklistItem> checklist,
            @Schema(nullable = true, description = "Required for FAILED: what the technician must put right", examples = "左前轮刹车异响未消除") @Size(max = 1000) String reason,
            @Schema(nullable = true) @Valid RoadTest roadTest,
            @Schema(required = true, description = "The inspector's signature: a PNG, base64, at most 512 KB") @NotBlank String signaturePng) {}

    @Schema(name = "Checklists", description = "The checklists' points, by code, in the order the screens show them.")
    public record ChecklistsView(
            @Schema(required = true, examples = "[\"WORK_AS_ORDERED\"]") List<String> selfCheck,
            @Schema(required = true, examples = "[\"FAULT_RESOLVED\"]") List<String> finalInspection) {}

    @Schema(name = "SelfCheck", description = "A signed self-check of one round (round 0: the first finish; n: after the n-th rework).")
    public record SelfCheckView(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "0") int round,
            @Schema(required = true) UUID technicianId,
            @Schema(nullable = true, examples = "赵师傅") String technicianName,
            @Schema(required = true) List<ChecklistItem> checklist,
            @Schema(nullable = true) String notes,
            @Schema(required = true, examples = "zhao") String signedBy,
            @Schema(required = true) Instant signedAt) {}

    @Schema(name = "FinalInspection", description = "A signed final inspection of one round.")
    public record InspectionView(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "0") int round,
            @Schema(required = true) InspectionResult result,
            @Schema(required = true) UUID inspectorId,
            @Schema(nullable = true, examples = "周质检") String inspectorName,
            @Schema(required = true) List<ChecklistItem> checklist,
            @Schema(nullable = true) String reason,
            @Schema(nullable = true) RoadTest roadTest,
            @Schema(required = true) String signedBy,
            @Schema(required = true) Instant signedAt) {}

    @Schema(name = "QualityCheckJob", description = "A workshop job's quality check (R-QC-1, R-QC-2): whether it needs the final inspection and why, whether a road test is required, its rounds of self-check and inspection, and what can be done now.")
    public record JobQualityCheck(
            @Schema(required = true) UUID jobId,
            @Schema(required = true) UUID repairOrderId,
            @Schema(required = true, examples = "ROBJ010000042") String orderNumber,
            @Schema(nullable = true, examples = "京A12345") String plate,
            @Schema(nullable = true, examples = "迈腾") String model,
            @Schema(nullable = true, description = "The car's odometer at check-in: where a road test starts from") Integer odometerKm,
            @Schema(required = true, examples = "更换前刹车片") String description,
            @Schema(required = true) JobStatus status,
            @Schema(nullable = true) UUID technicianId,
            @Schema(nullable = true, examples = "赵师傅") String technicianName,
            @Schema(required = true, examples = "1.50") BigDecimal soldHours,
            @Schema(required = true, description = "Inspected by an inspector (store setting finalInspectionScope)") boolean inspectionRequired,
            @Schema(required = true, examples = "safety-related (BRAKES)") String requirementReason,
            @Schema(required = true, description = "Safety-related: the inspection needs a road test") boolean roadTestRequired,
            @Schema(required = true, description = "Rework loops so far (R-QC-2)", examples = "0") int reworkCount,
            @Schema(required = true) List<SelfCheckView> selfChecks,
            @Schema(required = true) List<InspectionView> inspections,
            @Schema(required = true, description = "What the caller can do now: self-check (its technician, DONE), inspect (an inspector, IN_QC)", examples = "[\"inspect\"]") List<String> availableActions,
            @Schema(required = true, description = "The job's version") long version) {}

    @Schema(name = "QualityCheckJobPage", description = "Jobs of a quality-check list, oldest first.")
    public record JobPage(@Schema(required = true) List<JobQualityCheck> items) {}

    @Schema(name = "QualityCheckQueue", description = "The inspectors' queue: jobs waiting for their final inspection (oldest first) and orders whose jobs all passed, waiting for the internal hand-over (R-QC-4).")
    public record Queue(
            @Schema(required = true) List<JobQualityCheck> awaitingInspection,
            @Schema(required = true) List<OrderQualityCheck> awaitingHandover) {}

    @Schema(name = "ReplacedPart", description = "R-REP-5: a part the workshop replaced and what happened to the old one (null until recorded).")
    public record ReplacedPartView(
            @Schema(required = true) UUID lineId,
            @Schema(nullable = true, examples = "1K0698151") String partNumber,
            @Schema(required = true, examples = "前刹车片") String description,
            @Schema(nullable = true, examples = "1") BigDecimal quantity,
            @Schema(required = true) PayType payType,
            @Schema(nullable = true) OldPartDisposition disposition,
            @Schema(nullable = true, examples = "旧件架 A-3") String location,
            @Schema(nullable = true) String note,
            @Schema(nullable = true) String recordedBy,
            @Schema(nullable = true) Instant recordedAt) {}

    @Schema(name = "FoundNotFixedItem", description = "R-QC-3: an issue found on this visit and not fixed (declined or deferred).")
    public record FoundNotFixedView(@Schema(required = true) UUID id, @Schema(required = true, examples = "左前刹车片剩余3mm，客户暂不更换") String description,
            @Schema(required = true) boolean safetyCritical) {}

    @Schema(name = "OrderQualityCheckJob", description = "One job of the order as the quality check sees it.")
    public record OrderJob(@Schema(required = true) UUID jobId, @Schema(required = true) String description, @Schema(required = true) JobStatus status,
            @Schema(required = true) boolean inspectionRequired, @Schema(required = true) int reworkCount,
            @Schema(nullable = true, description = "Result of its latest inspection") InspectionResult lastResult) {}

    @Schema(name = "OrderQualityCheck", description = "An order's quality check and internal hand-over (R-QC-1..4, R-REP-5): its jobs, the replaced parts and their old parts, the found-not-fixed list and the advisor's signature, the car's cleaning and parking spot; `missing` says what stops it from becoming ready for delivery.")
    public record OrderQualityCheck(
            @Schema(required = true) UUID repairOrderId,
            @Schema(required = true, examples = "ROBJ010000042") String orderNumber,
            @Schema(nullable = true, examples = "京A12345") String plate,
            @Schema(required = true) RepairOrderStatus status,
            @Schema(required = true) List<OrderJob> jobs,
            @Schema(required = true) List<ReplacedPartView> replacedParts,
            @Schema(required = true) List<FoundNotFixedView> foundNotFixed,
            @Schema(nullable = true, description = "When the advisor signed the found-not-fixed list (R-QC-3)") Instant findingsSignedAt,
            @Schema(nullable = true) String findingsSignedBy,
            @Schema(nullable = true, description = "R-QC-4: cleaned") Boolean cleaned,
            @Schema(nullable = true, examples = "P2-15") String parkingSpot,
            @Schema(nullable = true) String briefingNote,
            @Schema(nullable = true) Instant readyAt,
            @Schema(nullable = true) String readyBy,
            @Schema(required = true, description = "What still stops the hand-over: JOBS_NOT_PASSED, OLD_PARTS_NOT_RECORDED, FINDINGS_NOT_SIGNED, NOT_IN_QUALITY_CHECK", examples = "[\"FINDINGS_NOT_SIGNED\"]") List<String> missing,
            @Schema(required = true, description = "The order's version; also the ETag for If-Match on the hand-over") long version) {}

    @Schema(name = "OldPartRequest", description = "R-REP-5: what happens to one replaced part's old part.")
    public record OldPartRequest(
            @Schema(required = true) @NotNull UUID lineId,
            @Schema(required = true) @NotNull OldPartDisposition disposition,
            @Schema(nullable = true, examples = "旧件架 A-3") @Size(max = 100) String location,
            @Schema(nullable = true, description = "Required for DISCARDED_AT_CUSTOMER_REQUEST: what the customer said", examples = "客户电话告知不需要旧件") @Size(max = 500) String note) {}

    @Schema(name = "OldPartsRequest", description = "R-REP-5: the old parts of the order's replaced parts (one entry per part; a part may be recorded again).")
    public record OldPartsRequest(@Schema(required = true) @NotNull @Size(min = 1, max = 200) List<@Valid @NotNull OldPartRequest> parts) {}

    @Schema(name = "FindingsSignatureRequest", description = "R-QC-3: the advisor signs the order's found-not-fixed list as it reads now.")
    public record FindingsSignatureRequest(@Schema(required = true, description = "The advisor's signature: a PNG, base64, at most 512 KB") @NotBlank String signaturePng) {}

    @Schema(name = "InternalHandoverRequest", description = "R-QC-4: the car is cleaned and parked; the advisor is briefed.")
    public record InternalHandoverRequest(
            @Schema(required = true, description = "The car was cleaned (must be true)") @NotNull Boolean cleaned,
            @Schema(required = true, examples = "P2-15") @NotBlank @Size(max = 40) String parkingSpot,
            @Schema(nullable = true, description = "What the advisor should know for the delivery", examples = "已更换前刹车片，旧件在后备箱") @Size(max = 1000) String briefingNote) {}

    @Schema(name = "Inspector", description = "R-QC-1: a technician with the inspector permission in the store.")
    public record InspectorView(@Schema(required = true) UUID technicianId, @Schema(required = true, examples = "周质检") String name,
            @Schema(nullable = true, examples = "zhou") String username, @Schema(required = true) String grantedBy, @Schema(required = true) Instant grantedAt) {}

    @Schema(name = "FirstPassTechnician", description = "One technician's first-pass figures.")
    public record FirstPassTechnician(@Schema(required = true) UUID technicianId, @Schema(nullable = true, examples = "赵师傅") String name,
            @Schema(required = true, examples = "12") int inspected, @Schema(required = true, examples = "11") int passedFirstTime,
            @Schema(nullable = true, description = "passedFirstTime ÷ inspected, 0-1, 4 decimals; null when none", examples = "0.9167") BigDecimal rate) {}

    @Schema(name = "FirstPassRate", description = "R-QC-2: of the jobs whose first final inspection fell in the period (store-local days, inclusive), how many passed it; rework loops counted over the same jobs.")
    public record FirstPass(@Schema(required = true) LocalDate from, @Schema(required = true) LocalDate to,
            @Schema(required = true, examples = "40") int inspected, @Schema(required = true, examples = "36") int passedFirstTime,
            @Schema(nullable = true, examples = "0.9000") BigDecimal rate,
            @Schema(required = true, description = "Failed inspections of these jobs (each sent the job back once)", examples = "5") int reworkLoops,
            @Schema(required = true) List<FirstPassTechnician> byTechnician) {}
}
