package com.fours.dms.feedback;

import com.fours.dms.feedback.SurveyQuestion.Kind;
import com.fours.dms.feedback.api.FeedbackApi;
import com.fours.dms.followup.DeskSettingsService;
import com.fours.dms.followup.PostServiceSettings;
import com.fours.dms.followup.SubjectType;
import com.fours.dms.followup.TaskService;
import com.fours.dms.followup.TaskType;
import com.fours.dms.followup.api.TaskApi;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.shared.security.StoreAccess;
import com.fours.dms.store.StoreService;
import com.fours.dms.workshop.WorkshopSetupService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * R-FUP-2 in the call flow: customer service records the customer's answers on the follow-up call,
 * per question of the template version asked, each attributed to its department and, as the question
 * says, to the order's advisor or technicians; the call is done with it. A low overall score (the
 * store's threshold), or a complaint the customer made, opens a complaint case (R-FUP-5). Also the
 * weekly coverage of the sample (R-FUP-3) and the average scores by department and person.
 */
@ApplicationScoped
public class Surveys {
    static final String ENTITY = "survey-response";

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

    @Inject
    TaskService tasks;

    @Inject
    SurveyTemplates templates;

    @Inject
    Complaints complaints;

    @Inject
    DeskSettingsService settings;

    @Inject
    StoreService stores;

    @Inject
    WorkshopSetupService workshop;

    @Transactional
    public FeedbackApi.SurveyResponse record(String store, UUID taskId, FeedbackApi.SurveyRequest req) {
        TaskApi.View task = tasks.get(store, taskId);
        if (task.type() != TaskType.FOLLOW_UP_CALL || task.subject().type() != SubjectType.REPAIR_ORDER) {
            throw ProblemException.conflict("not-a-follow-up-call", "Task " + taskId + " is a " + task.type() + "; the survey is asked on a post-service follow-up call (R-FUP-2)");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("""
                select customer_id, advisor_id, cast(technician_ids as text), vehicle_id from feedback_delivery
                where store_code = ?1 and repair_order_id = ?2 for update""").setParameter(1, store).setParameter(2, task.subject().id()).getResultList();
        if (found.isEmpty()) {
            throw ProblemException.conflict("not-a-follow-up-call", "The task's order " + task.subject().id() + " was not delivered through this store");
        }
        Number recorded = (Number) em.createNativeQuery("select count(*) from survey_response where task_id = ?1").setParameter(1, taskId).getSingleResult();
        if (recorded.intValue() > 0) {
            throw ProblemException.conflict("survey-recorded", "The survey of this call was recorded already");
        }
        if (task.status().isClosed()) {
            throw ProblemException.conflict("task-closed", "The call is already " + task.status());
        }
        SurveyTemplates.Template template = templates.version(store, req.templateVersion());
        List<Violation> v = new ArrayList<>();
        Map<String, FeedbackApi.AnswerRequest> answers = new LinkedHashMap<>();
        for (int i = 0; i < req.answers().size(); i++) {
            FeedbackApi.AnswerRequest a = req.answers().get(i);
            String key = a.questionKey().strip().toUpperCase(java.util.Locale.ROOT);
            SurveyQuestion q = template.question(key);
            String at = "answers[" + i + "]";
            if (q == null) {
                v.add(new Violation(at + ".questionKey", "version " + template.version() + " of the survey has no question " + key));
                continue;
            }
            if (answers.put(key, a) != null) {
                v.add(new Violation(at + ".questionKey", "answered twice"));
            }
            switch (q.kind()) {
                case SCORE -> {
                    if (a.score() == null) {
                        v.add(new Violation(at + ".score", "a score 1-10 is required for " + key));
                    }
                }
                case YES_NO -> {
                    if (a.yes() == null) {
                        v.add(new Violation(at + ".yes", "yes or no is required for " + key));
                    }
                }
                case TEXT -> {
                    if (a.text() == null || a.text().isBlank()) {
                        v.add(new Violation(at + ".text", "text is required for " + key));
                    }
                }
            }
        }
        for (SurveyQuestion q : template.questions()) {
            if (q.required() && !answers.containsKey(q.key())) {
                v.add(new Violation("answers", "the question " + q.key() + " must be answered (R-FUP-2)"));
            }
        }
        if (!v.isEmpty()) {
            throw ProblemException.validation(v);
        }
        Object[] d = found.get(0);
        UUID customerId = (UUID) d[0];
        UUID advisorId = (UUID) d[1];
        List<UUID> technicians = uuids((String) d[2]);
        UUID vehicleId = (UUID) d[3];
        int overall = answers.get(SurveyTemplates.OVERALL).score();
        String comment = template.questions().stream().filter(q -> q.kind() == Kind.TEXT && answers.containsKey(q.key()))
                .map(q -> answers.get(q.key()).text().strip()).findFirst().orElse(null);
        UUID id = Ids.newId(clock);
        Instant now = clock.instant();
        em.createNativeQuery("""
                insert into survey_response (id, store_code, task_id, repair_order_id, customer_id, template_version, overall_score, comment, advisor_id,
                                             technician_ids, recorded_by, recorded_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, cast(?10 as uuid[]), ?11, ?12)""")
                .setParameter(1, id).setParameter(2, store).setParameter(3, taskId).setParameter(4, task.subject().id()).setParameter(5, customerId)
                .setParameter(6, template.version()).setParameter(7, overall)
                .setParameter(8, new org.hibernate.query.TypedParameterValue<>(org.hibernate.type.StandardBasicTypes.STRING, comment))
                .setParameter(9, new org.hibernate.query.TypedParameterValue<>(org.hibernate.type.StandardBasicTypes.UUID, advisorId))
                .setParameter(10, "{" + String.join(",", technicians.stream().map(UUID::toString).toList()) + "}")
                .setParameter(11, user.username()).setParameter(12, now).executeUpdate();
        List<FeedbackApi.Answer> stored = new ArrayList<>();
        for (SurveyQuestion q : template.questions()) {
            FeedbackApi.AnswerRequest a = answers.get(q.key());
            if (a == null) {
                continue;
            }
            Integer score = q.kind() == Kind.SCORE ? a.score() : null;
            Boolean yes = q.kind() == Kind.YES_NO ? a.yes() : null;
            String text = q.kind() == Kind.TEXT ? a.text().strip() : null;
            String attributed = q.attributedTo() == null ? null : q.attributedTo().name();
            em.createNativeQuery("""
                    insert into survey_answer (response_id, question_key, kind, department, attributed_to, score, yes, text)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                    .setParameter(1, id).setParameter(2, q.key()).setParameter(3, q.kind().name())
                    .setParameter(4, new org.hibernate.query.TypedParameterValue<>(org.hibernate.type.StandardBasicTypes.STRING,
                            q.department() == null ? null : q.department().name()))
                    .setParameter(5, new org.hibernate.query.TypedParameterValue<>(org.hibernate.type.StandardBasicTypes.STRING, attributed))
                    .setParameter(6, new org.hibernate.query.TypedParameterValue<>(org.hibernate.type.StandardBasicTypes.INTEGER, score))
                    .setParameter(7, new org.hibernate.query.TypedParameterValue<>(org.hibernate.type.StandardBasicTypes.BOOLEAN, yes))
                    .setParameter(8, new org.hibernate.query.TypedParameterValue<>(org.hibernate.type.StandardBasicTypes.STRING, text)).executeUpdate();
            stored.add(new FeedbackApi.Answer(q.key(), q.kind().name(), q.department(), attributed, score, yes, text));
        }
        PostServiceSettings s = settings.postService(store);
        FeedbackApi.ComplaintDetails details = req.complaint();
        if (details == null && overall <= s.complaintScoreThreshold()) {
            details = lowScore(template, answers, overall, comment, technicians);
        }
        UUID complaintId = null;
        if (details != null) {
            complaintId = complaints.open(store, "SURVEY", customerId, vehicleId, task.subject().id(), id, details).id;
            em.createNativeQuery("update survey_response set complaint_id = ?2 where id = ?1").setParameter(1, id).setParameter(2, complaintId).executeUpdate();
        }
        tasks.closeAnswered(store, taskId, true, "SURVEY_RECORDED", null);
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("taskId", taskId.toString());
        a.put("repairOrderId", task.subject().id().toString());
        a.put("templateVersion", template.version());
        a.put("overallScore", overall);
        a.put("complaintId", complaintId == null ? null : complaintId.toString());
        audit.action(store, ENTITY, id, "recorded", a);
        return new FeedbackApi.SurveyResponse(id, taskId, task.subject().id(), template.version(), overall, comment, advisorId, technicians, stored,
                complaintId, user.username(), now);
    }

    /** R-FUP-5: a low overall score is a complaint about the department that scored lowest (the first such question), or the service as a whole. */
    static FeedbackApi.ComplaintDetails lowScore(SurveyTemplates.Template template, Map<String, FeedbackApi.AnswerRequest> answers, int overall,
            String comment, List<UUID> technicians) {
        SurveyQuestion worst = template.questions().stream()
                .filter(q -> q.kind() == Kind.SCORE && !SurveyTemplates.OVERALL.equals(q.key()) && answers.containsKey(q.key()) && q.department() != null)
                .min(Comparator.comparingInt(q -> answers.get(q.key()).score())).orElse(null);
        Department department = worst == null ? Department.SERVICE : worst.department();
        UUID technician = worst != null && worst.attributedTo() == SurveyQuestion.Attribution.TECHNICIANS && technicians.size() == 1 ? technicians.get(0) : null;
        String description = "回访总体评分 " + overall + " 分" + (worst == null ? "" : "，最低项 " + worst.textZh() + " " + answers.get(worst.key()).score() + " 分")
                + (comment == null ? "" : "：" + comment);
        return new FeedbackApi.ComplaintDetails(worst == null ? "LOW_SCORE" : worst.key(), department, description, null, technician, null, null);
    }

    private static List<UUID> uuids(String pgArray) {
        String inner = pgArray == null ? "" : pgArray.replace("{", "").replace("}", "").strip();
        return inner.isEmpty() ? List.of() : Arrays.stream(inner.split(",")).map(String::strip).map(UUID::fromString).toList();
    }

    /** R-FUP-3: the last {@code weeks} store-local weeks (Monday to Sunday) of deliveries: decided, sampled, surveyed, per stratum. */
    public FeedbackApi.Coverage coverage(String store, int weeks) {
        access.require(store);
        ZoneId zone = stores.quietHours(store).zone();
        LocalDate thisWeek = clock.instant().atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisWeek.minusWeeks(weeks - 1L);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select d.week_start, d.customer_type, d.order_type, count(*), count(d.decided_at), count(*) filter (where d.sampled),
                       count(*) filter (where exists (select 1 from survey_response r where r.repair_order_id = d.repair_order_id))
                from feedback_delivery d
                where d.store_code = ?1 and d.week_start >= ?2
                group by d.week_start, d.customer_type, d.order_type
                order by d.week_start desc, d.customer_type, d.order_type""").setParameter(1, store).setParameter(2, first).getResultList();
        Map<LocalDate, List<FeedbackApi.CoverageStratum>> byWeek = new LinkedHashMap<>();
        for (LocalDate w = thisWeek; !w.isBefore(first); w = w.minusWeeks(1)) {
            byWeek.put(w, new ArrayList<>());
        }
        for (Object[] r : rows) {
            LocalDate w = r[0] instanceof LocalDate l ? l : ((java.sql.Date) r[0]).toLocalDate();
            byWeek.computeIfAbsent(w, k -> new ArrayList<>()).add(new FeedbackApi.CoverageStratum((String) r[1], (String) r[2], n(r[3]), n(r[4]), n(r[5]), n(r[6])));
        }
        List<FeedbackApi.CoverageWeek> out = new ArrayList<>();
        byWeek.forEach((w, strata) -> {
            int delivered = strata.stream().mapToInt(FeedbackApi.CoverageStratum::delivered).sum();
            int decided = strata.stream().mapToInt(FeedbackApi.CoverageStratum::decided).sum();
            int sampled = strata.stream().mapToInt(FeedbackApi.CoverageStratum::sampled).sum();
            int surveyed = strata.stream().mapToInt(FeedbackApi.CoverageStratum::surveyed).sum();
            out.add(new FeedbackApi.CoverageWeek(w, delivered, decided, sampled, surveyed, percent(sampled, decided), percent(surveyed, delivered), strata));
        });
        return new FeedbackApi.Coverage(settings.postService(store).samplePercent(), out);
    }

    /** R-FUP-2 / R-RPT-1: average scores of the surveys recorded from {@code from} to {@code to} (store days, inclusive). */
    @SuppressWarnings("unchecked")
    public FeedbackApi.Report report(String store, LocalDate fromDay, LocalDate toDay) {
        access.require(store);
        ZoneId zone = stores.quietHours(store).zone();
        LocalDate to = toDay == null ? clock.instant().atZone(zone).toLocalDate() : toDay;
        LocalDate from = fromDay == null ? to.minusDays(29) : fromDay;
        if (to.isBefore(from)) {
            throw ProblemException.validation(List.of(new Violation("to", "must not be before from")));
        }
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Object[] totals = (Object[]) em.createNativeQuery("""
                select count(*), avg(overall_score) from survey_response where store_code = ?1 and recorded_at >= ?2 and recorded_at < ?3""")
                .setParameter(1, store).setParameter(2, start).setParameter(3, end).getSingleResult();
        String scored = """
                from survey_answer a join survey_response r on r.id = a.response_id
                where r.store_code = ?1 and r.recorded_at >= ?2 and r.recorded_at < ?3 and a.kind = 'SCORE'""";
        List<Object[]> departments = em.createNativeQuery("select a.department, count(*), avg(a.score) " + scored
                + " and a.department is not null group by a.department order by a.department").setParameter(1, store).setParameter(2, start).setParameter(3, end)
                .getResultList();
        List<Object[]> advisors = em.createNativeQuery("select cast(r.advisor_id as text), count(*), avg(a.score) " + scored
                + " and a.attributed_to = 'ADVISOR' and r.advisor_id is not null group by r.advisor_id order by 3 desc, 1").setParameter(1, store)
                .setParameter(2, start).setParameter(3, end).getResultList();
        List<Object[]> technicians = em.createNativeQuery("select cast(t.id as text), count(*), avg(a.score) " + scored.replace("where", "cross join unnest(r.technician_ids) as t(id) where")
                + " and a.attributed_to = 'TECHNICIANS' group by t.id order by 3 desc, 1").setParameter(1, store).setParameter(2, start).setParameter(3, end)
                .getResultList();
        Set<UUID> advisorIds = new HashSet<>();
        advisors.forEach(r -> advisorIds.add(UUID.fromString((String) r[0])));
        Map<UUID, String> advisorNames = workshop.names(advisorIds, List.of()).advisors();
        Map<String, String> technicianNames = new java.util.HashMap<>();
        if (!technicians.isEmpty()) {
            workshop.techniciansOfStore(store).forEach(t -> technicianNames.put(t.id().toString(), t.name()));
        }
        return new FeedbackApi.Report(from, to, n(totals[0]), totals[1] == null ? null : round(totals[1]),
                departments.stream().map(r -> new FeedbackApi.ReportRow((String) r[0], null, n(r[1]), round(r[2]))).toList(),
                advisors.stream().map(r -> new FeedbackApi.ReportRow((String) r[0], advisorNames.get(UUID.fromString((String) r[0])), n(r[1]), round(r[2]))).toList(),
                technicians.stream().map(r -> new FeedbackApi.ReportRow((String) r[0], technicianNames.get((String) r[0]), n(r[1]), round(r[2]))).toList());
    }

    private static int n(Object o) {
        return ((Number) o).intValue();
    }

    private static double round(Object o) {
        return new BigDecimal(o.toString()).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).doubleValue();
    }
}
