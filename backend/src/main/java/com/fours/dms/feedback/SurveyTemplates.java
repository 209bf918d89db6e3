package com.fours.dms.feedback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fours.dms.feedback.SurveyQuestion.Attribution;
import com.fours.dms.feedback.SurveyQuestion.Kind;
import com.fours.dms.feedback.api.FeedbackApi;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.shared.security.StoreAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * R-FUP-2: the store's survey template. Version 0 is the rule's survey as shipped; each change the
 * store makes is a new version (the old ones stay, every response names the one it answered), with
 * optimistic concurrency on the version the editor read.
 */
@ApplicationScoped
public class SurveyTemplates {
    static final String ENTITY = "survey-template";
    static final String OVERALL = "OVERALL";

    /** The R-FUP-2 survey: speed at reception, completion and checkout; prices; staff; quality; arrival; overall 1-10 and comments. */
    static final List<SurveyQuestion> DEFAULT = List.of(
            q("RECEPTION_SPEED", Kind.SCORE, "接待速度满意吗？", "Speed at reception", Department.RECEPTION, Attribution.ADVISOR),
            q("COMPLETION_SPEED", Kind.SCORE, "维修完工速度满意吗？", "Speed of completing the work", Department.WORKSHOP, Attribution.TECHNICIANS),
            q("CHECKOUT_SPEED", Kind.SCORE, "结账速度满意吗？", "Speed at checkout", Department.CASHIER, null),
            q("PARTS_PRICE", Kind.SCORE, "配件价格满意吗？", "Parts prices", Department.PARTS, null),
            q("LABOUR_PRICE", Kind.SCORE, "工时价格满意吗？", "Labour prices", Department.SERVICE, null),
            q("QUOTED_PROACTIVELY", Kind.YES_NO, "服务顾问是否主动报价？", "Did the advisor quote proactively?", Department.RECEPTION, Attribution.ADVISOR),
            q("EXPLAINED_ITEMS", Kind.YES_NO, "是否逐项解释维修项目？", "Was the work explained item by item?", Department.RECEPTION, Attribution.ADVISOR),
            q("REPAIR_QUALITY", Kind.SCORE, "维修质量满意吗？", "Repair quality", Department.WORKSHOP, Attribution.TECHNICIANS),
            q("PAINT_QUALITY", Kind.SCORE, "喷漆质量满意吗？（无喷漆可跳过）", "Paint quality (skip when no paintwork)", Department.WORKSHOP, Attribution.TECHNICIANS),
            q("CLEANLINESS", Kind.SCORE, "车辆清洁满意吗？", "Cleanliness of the car", Department.WORKSHOP, null),
            q("ARRIVAL_EXPERIENCE", Kind.SCORE, "到店体验满意吗？", "Experience on arrival", Department.RECEPTION, null),
            new SurveyQuestion(OVERALL, Kind.SCORE, "总体评分（1-10 分）", "Overall rating (1-10)", Department.SERVICE, null, true),
            q("COMMENTS", Kind.TEXT, "其他意见或建议", "Comments", null, null));

    private static SurveyQuestion q(String key, Kind kind, String zh, String en, Department d, Attribution a) {
        return new SurveyQuestion(key, kind, zh, en, d, a, false);
    }

    @Inject
    EntityManager em;

    @Inject
    StoreAccess access;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** A version of a store's template. */
    public record Template(int version, List<SurveyQuestion> questions, Instant createdAt, String createdBy) {
        public SurveyQuestion question(String key) {
            return questions.stream().filter(q -> q.key().equals(key)).findFirst().orElse(null);
        }
    }

    public Template current(String store) {
        access.require(store);
        return latest(store);
    }

    Template latest(String store) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select version, cast(questions as text), created_at, created_by from survey_template where store_code = ?1 order by version desc limit 1""")
                .setParameter(1, store).getResultList();
        return rows.isEmpty() ? new Template(0, DEFAULT, null, null) : template(rows.get(0));
    }

    /** The version a response answered (0 = the shipped survey); 404 when the store has no such version. */
    Template version(String store, int version) {
        if (version == 0) {
            return new Template(0, DEFAULT, null, null);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select version, cast(questions as text), created_at, created_by from survey_template where store_code = ?1 and version = ?2""")
                .setParameter(1, store).setParameter(2, version).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.validation(List.of(new Violation("templateVersion", "the store has no survey version " + version)));
        }
        return template(rows.get(0));
    }

    private Template template(Object[] r) {
        try {
            return new Template(((Number) r[0]).intValue(), json.readValue((String) r[1], new TypeReference<List<SurveyQuestion>>() {}),
                    r[2] instanceof Instant i ? i : ((java.sql.Timestamp) r[2]).toInstant(), (String) r[3]);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("survey template of version " + r[0] + " is not readable", e);
        }
    }

    /** A new version with these questions; {@code expectedVersion} is the version the editor read. */
    @Transactional
    public Template save(String store, int expectedVersion, List<FeedbackApi.QuestionRequest> questions) {
        access.require(store);
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended('feedback:survey-template:' || ?1, 0))").setParameter(1, store).getSingleResult();
        Template current = latest(store);
        if (current.version() != expectedVersion) {
            throw new ProblemException(412, "version-mismatch", "Precondition failed",
                    "The survey is at version " + current.version() + "; you edited version " + expectedVersion + ". Reload and edit again.");
        }
        List<Violation> v = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        List<SurveyQuestion> out = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            FeedbackApi.QuestionRequest q = questions.get(i);
            String key = q.key().strip().toUpperCase(java.util.Locale.ROOT);
            if (!keys.add(key)) {
                v.add(new Violation("questions[" + i + "].key", "appears twice"));
            }
            if (q.kind() != Kind.TEXT && q.department() == null) {
                v.add(new Violation("questions[" + i + "].department", "a scored or yes/no question counts for a department (R-FUP-2)"));
            }
            if (q.attributedTo() != null && q.kind() == Kind.TEXT) {
                v.add(new Violation("questions[" + i + "].attributedTo", "a text answer is not attributed to people"));
            }
            out.add(new SurveyQuestion(key, q.kind(), q.textZh().strip(), q.textEn().strip(), q.department(), q.attributedTo(),
                    OVERALL.equals(key) || Boolean.TRUE.equals(q.required())));
        }
        SurveyQuestion overall = out.stream().filter(q -> OVERALL.equals(q.key())).findFirst().orElse(null);
        if (overall == null || overall.kind() != Kind.SCORE) {
            v.add(new Violation("questions", "the survey keeps the OVERALL score (1-10) question: low scores open complaints (R-FUP-2, R-FUP-5)"));
        }
        if (!v.isEmpty()) {
            throw ProblemException.validation(v);
        }
        int next = current.version() + 1;
        Instant now = clock.instant();
        try {
            em.createNativeQuery("insert into survey_template (store_code, version, questions, created_at, created_by) values (?1, ?2, cast(?3 as jsonb), ?4, ?5)")
                    .setParameter(1, store).setParameter(2, next).setParameter(3, json.writeValueAsString(out)).setParameter(4, now)
                    .setParameter(5, user.username()).executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        audit.action(store, ENTITY, store, "version-created", Map.of("version", next, "questions", out.stream().map(SurveyQuestion::key).toList()));
        return new Template(next, out, now, user.username());
    }
}
