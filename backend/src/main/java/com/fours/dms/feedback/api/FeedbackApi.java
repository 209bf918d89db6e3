package com.fours.dms.feedback.api;

import com.fours.dms.feedback.ComplaintStatus;
import com.fours.dms.feedback.Department;
import com.fours.dms.feedback.SurveyQuestion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API types of post-service follow-up (R-FUP-1, R-FUP-3), the survey (R-FUP-2) and complaints (R-FUP-5). */
public final class FeedbackApi {
    private FeedbackApi() {}

    @Schema(name = "FollowUpCoverage", description = "R-FUP-3: per store-local week (Monday) of delivery, how many delivered orders were sampled and surveyed, overall and per customer type x order type")
    public record Coverage(@Schema(required = true, examples = "50") int samplePercent, @Schema(required = true) List<CoverageWeek> weeks) {}

    @Schema(name = "FollowUpCoverageWeek")
    public record CoverageWeek(
            @Schema(required = true, examples = "2026-11-23") LocalDate weekStart,
            @Schema(required = true, examples = "12") int delivered,
            @Schema(required = true, description = "Orders whose window opened and were decided", examples = "10") int decided,
            @Schema(required = true, description = "Orders sampled for a call", examples = "6") int sampled,
            @Schema(required = true, description = "Orders whose survey was recorded", examples = "5") int surveyed,
            @Schema(required = true, description = "sampled ÷ decided, in percent (0 with nothing decided)", examples = "60.0") double sampledPercent,
            @Schema(required = true, description = "surveyed ÷ delivered, in percent: the coverage achieved", examples = "41.7") double coveragePercent,
            @Schema(required = true) List<CoverageStratum> strata) {}

    @Schema(name = "FollowUpCoverageStratum")
    public record CoverageStratum(
            @Schema(required = true, examples = "PRIVATE", description = "PRIVATE, COMPANY or CLUB") String customerType,
            @Schema(required = true, examples = "CUSTOMER", description = "CUSTOMER (pay), WARRANTY, INTERNAL or GOODWILL") String orderType,
            @Schema(required = true, examples = "4") int delivered, @Schema(required = true, examples = "4") int decided,
            @Schema(required = true, examples = "2") int sampled, @Schema(required = true, examples = "2") int surveyed) {}

    @Schema(name = "SurveyQuestion", description = "One question of the store's survey (R-FUP-2)")
    public record Question(
            @Schema(required = true, examples = "REPAIR_QUALITY") String key,
            @Schema(required = true, examples = "SCORE", description = "SCORE 1-10, YES_NO or TEXT") SurveyQuestion.Kind kind,
            @Schema(required = true, examples = "维修质量满意吗？") String textZh,
            @Schema(required = true, examples = "Repair quality") String textEn,
            @Schema(nullable = true, examples = "WORKSHOP") Department department,
            @Schema(nullable = true, examples = "TECHNICIANS", description = "ADVISOR or TECHNICIANS: the order's people the answer counts for") SurveyQuestion.Attribution attributedTo,
            @Schema(required = true) boolean required) {
        public static Question of(SurveyQuestion q) {
            return new Question(q.key(), q.kind(), q.textZh(), q.textEn(), q.department(), q.attributedTo(), q.required());
        }
    }

    @Schema(name = "SurveyTemplate", description = "The store's current survey; version 0 is the R-FUP-2 survey as shipped")
    public record Template(@Schema(required = true, examples = "2") int version, @Schema(required = true) List<Question> questions,
            @Schema(nullable = true) Instant createdAt, @Schema(nullable = true, examples = "manager") String createdBy) {}

    @Schema(name = "SurveyQuestionRequest")
    public record QuestionRequest(
            @NotBlank @Size(max = 40) @jakarta.validation.constraints.Pattern(regexp = "[A-Za-z][A-Za-z0-9_]*") @Schema(required = true, examples = "REPAIR_QUALITY") String key,
            @NotNull @Schema(required = true, examples = "SCORE") SurveyQuestion.Kind kind,
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "维修质量满意吗？") String textZh,
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "Repair quality") String textEn,
            @Schema(nullable = true, examples = "WORKSHOP") Department department,
            @Schema(nullable = true, examples = "TECHNICIANS") SurveyQuestion.Attribution attributedTo,
            @Schema(nullable = true, examples = "false") Boolean required) {}

    @Schema(name = "SurveyTemplateRequest", description = "The questions of a new version; must keep the OVERALL score question")
    public record TemplateRequest(@NotEmpty @Size(max = 40) @Valid @Schema(required = true) List<QuestionRequest> questions) {}

    @Schema(name = "SurveyAnswerRequest", description = "The answer to one question: score for SCORE, yes for YES_NO, text for TEXT")
    public record AnswerRequest(
            @NotBlank @Schema(required = true, examples = "REPAIR_QUALITY") String questionKey,
            @Min(1) @Max(10) @Schema(nullable = true, examples = "9") Integer score,
            @Schema(nullable = true, examples = "true") Boolean yes,
            @Size(max = 2000) @Schema(nullable = true, examples = "很满意") String text) {}

    @Schema(name = "ComplaintDetails", description = "A complaint the customer made on the call (the quick-handling form, R-FUP-5)")
    public record ComplaintDetails(
            @NotBlank @Size(max = 30) @Schema(required = true, examples = "REPAIR_QUALITY") String category,
            @NotNull @Schema(required = true, examples = "WORKSHOP") Department department,
            @NotBlank @Size(max = 2000) @Schema(required = true, examples = "刹车异响未解决") String description,
            @Schema(nullable = true, description = "The order line concerned") UUID repairOrderLineId,
            @Schema(nullable = true, description = "The technician concerned") UUID technicianId,
            @Size(max = 200) @Schema(nullable = true, examples = "manager", description = "Owner's login; empty = the service manager's queue") String owner,
            @Schema(nullable = true, description = "The deadline the owner commits to; empty = the store's default hours") Instant deadline) {}

    @Schema(name = "SurveyRequest", description = "The customer's answers on the follow-up call (R-FUP-2); closes the call")
    public record SurveyRequest(
            @NotNull @Min(0) @Schema(required = true, examples = "0", description = "The template version the caller asked from") Integer templateVersion,
            @NotNull @Size(max = 60) @Valid @Schema(required = true) List<AnswerRequest> answers,
            @Valid @Schema(nullable = true, description = "A complaint the customer made; a low overall score opens one anyway (R-FUP-5)") ComplaintDetails complaint) {}

    @Schema(name = "SurveyResponse", description = "A recorded survey")
    public record SurveyResponse(
            @Schema(required = true) UUID id, @Schema(required = true) UUID taskId, @Schema(required = true) UUID repairOrderId,
            @Schema(required = true, examples = "0") int templateVersion, @Schema(required = true, examples = "9") int overallScore,
            @Schema(nullable = true) String comment, @Schema(nullable = true) UUID advisorId, @Schema(required = true) List<UUID> technicianIds,
            @Schema(required = true) List<Answer> answers,
            @Schema(nullable = true, description = "The complaint the survey opened (R-FUP-5)") UUID complaintId,
            @Schema(required = true, examples = "cs") String recordedBy, @Schema(required = true) Instant recordedAt) {}

    @Schema(name = "SurveyAnswer")
    public record Answer(@Schema(required = true, examples = "REPAIR_QUALITY") String questionKey, @Schema(required = true, examples = "SCORE") String kind,
            @Schema(nullable = true, examples = "WORKSHOP") Department department, @Schema(nullable = true, examples = "TECHNICIANS") String attributedTo,
            @Schema(nullable = true, examples = "9") Integer score, @Schema(nullable = true) Boolean yes, @Schema(nullable = true) String text) {}

    @Schema(name = "SurveyReport", description = "Average scores (1-10) of the surveys recorded in the period, by department, advisor and technician (R-FUP-2, R-RPT-1)")
    public record Report(@Schema(required = true) LocalDate from, @Schema(required = true) LocalDate to,
            @Schema(required = true, examples = "14") int responses,
            @Schema(nullable = true, examples = "8.6") Double averageOverall,
            @Schema(required = true) List<ReportRow> departments, @Schema(required = true) List<ReportRow> advisors,
            @Schema(required = true) List<ReportRow> technicians) {}

    @Schema(name = "SurveyReportRow")
    public record ReportRow(@Schema(required = true, examples = "WORKSHOP", description = "The department code, advisor id or technician id") String key,
            @Schema(nullable = true, examples = "王 顾问") String name,
            @Schema(required = true, examples = "12", description = "Scored answers counted") int answers,
            @Schema(required = true, examples = "8.25") double averageScore) {}

    @Schema(name = "ComplaintRequest", description = "Customer service records a complaint (R-FUP-5)")
    public record ComplaintRequest(
            @NotNull @Schema(required = true) UUID customerId,
            @Schema(nullable = true) UUID vehicleId,
            @Schema(nullable = true, description = "The delivered order it is about") UUID repairOrderId,
            @NotNull @Valid @Schema(required = true) ComplaintDetails details) {}

    @Schema(name = "ComplaintStartRequest", description = "The owner takes the case on and commits to a resolution deadline")
    public record StartRequest(@Size(max = 200) @Schema(nullable = true, examples = "advisor", description = "Owner's login; empty = the caller") String owner,
            @NotNull @Schema(required = true) Instant deadline, @Size(max = 2000) @Schema(nullable = true) String note) {}

    @Schema(name = "ComplaintReassignRequest", description = "Another owner and/or a new committed deadline")
    public record ReassignRequest(@Size(max = 200) @Schema(nullable = true, examples = "manager") String owner, @Schema(nullable = true) Instant deadline,
            @NotBlank @Size(max = 2000) @Schema(required = true, examples = "交由车间主管处理") String note) {}

    @Schema(name = "ComplaintNoteRequest", description = "What was done or said")
    public record NoteRequest(@NotBlank @Size(max = 2000) @Schema(required = true, examples = "已免费重新调整刹车") String note) {}

    @Schema(name = "ComplaintSecondFollowUpRequest", description = "The second follow-up's answer: satisfied confirms the case, not satisfied reopens it")
    public record SecondFollowUpRequest(@NotNull @Schema(required = true, examples = "true") Boolean satisfied,
            @NotBlank @Size(max = 2000) @Schema(required = true, examples = "客户表示满意") String note) {}

    @Schema(name = "ComplaintStep", description = "One named transition in the case's history")
    public record Step(@Schema(required = true, examples = "resolved") String action, @Schema(nullable = true, examples = "IN_PROGRESS") ComplaintStatus fromStatus,
            @Schema(required = true, examples = "RESOLVED") ComplaintStatus toStatus, @Schema(nullable = true) String note,
            @Schema(nullable = true) Instant deadline, @Schema(nullable = true) String owner, @Schema(required = true, examples = "cs") String by,
            @Schema(required = true) Instant at) {}

    @Schema(name = "Complaint", description = "A complaint case on the quick-handling form (R-FUP-5)")
    public record ComplaintView(
            @Schema(required = true) UUID id, @Schema(required = true, examples = "TS-3FA2B1C0") String number,
            @Schema(required = true, examples = "SURVEY", description = "SURVEY (a low score or a complaint on the follow-up call) or DESK") String source,
            @Schema(required = true) UUID customerId, @Schema(nullable = true, examples = "张伟") String customerName,
            @Schema(nullable = true, examples = "13800138000") String customerPhone,
            @Schema(nullable = true) UUID vehicleId, @Schema(nullable = true, examples = "京A12345") String plate,
            @Schema(nullable = true) UUID repairOrderId, @Schema(nullable = true) UUID surveyResponseId,
            @Schema(required = true, examples = "REPAIR_QUALITY") String category, @Schema(required = true, examples = "WORKSHOP") Department department,
            @Schema(required = true) String description, @Schema(nullable = true) UUID repairOrderLineId, @Schema(nullable = true) UUID technicianId,
            @Schema(nullable = true, examples = "manager") String owner, @Schema(required = true) Instant deadline,
            @Schema(required = true, examples = "OPEN") ComplaintStatus status,
            @Schema(required = true, description = "Past the deadline while open or in progress") boolean overdue,
            @Schema(required = true, examples = "1", description = "1, then +1 per reopening") int round,
            @Schema(nullable = true) String resolution, @Schema(nullable = true) Instant resolvedAt, @Schema(nullable = true) String resolvedBy,
            @Schema(nullable = true, description = "The second follow-up call (R-FUP-5)") UUID callbackTaskId,
            @Schema(nullable = true, description = "When it was escalated to the service manager (for its current deadline or an earlier one)") Instant escalatedAt,
            @Schema(required = true) List<Step> history, @Schema(required = true, examples = "[\"start\"]") List<String> availableActions,
            @Schema(required = true) Instant createdAt, @Schema(required = true, examples = "cs") String createdBy, @Schema(required = true) long version) {}

    @Schema(name = "ComplaintPage")
    public record ComplaintPage(@Schema(required = true) List<ComplaintView> items) {}
}
