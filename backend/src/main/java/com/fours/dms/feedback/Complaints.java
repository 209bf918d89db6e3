package com.fours.dms.feedback;

import com.fours.dms.customer.CustomerService;
import com.fours.dms.customer.VehicleService;
import com.fours.dms.feedback.api.FeedbackApi;
import com.fours.dms.feedback.api.FeedbackApi.ComplaintView;
import com.fours.dms.followup.DeskSettingsService;
import com.fours.dms.followup.NewTask;
import com.fours.dms.followup.PostServiceSettings;
import com.fours.dms.followup.SubjectType;
import com.fours.dms.followup.TaskPriority;
import com.fours.dms.followup.TaskService;
import com.fours.dms.followup.TaskType;
import com.fours.dms.notification.Channel;
import com.fours.dms.notification.Notifications;
import com.fours.dms.notification.OutgoingMessage;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.shared.security.StoreAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * R-FUP-5: complaint cases. Opened by a low survey score or by customer service; taken on by an
 * owner who commits to a resolution deadline; resolving opens the second follow-up call (first in
 * customer service's queue, R-FUP-6's ordering), whose answer confirms or reopens the case; the service
 * manager closes it. Every change is a named transition of {@link Complaint}, audited, store-scoped.
 */
@ApplicationScoped
public class Complaints {
    static final String ENTITY = "complaint";

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
    DeskSettingsService settings;

    @Inject
    TaskService tasks;

    @Inject
    Notifications notifications;

    @Inject
    CustomerService customers;

    @Inject
    VehicleService vehicles;

    /** Opens a case in the caller's transaction (from a survey or the desk); the store's default deadline when none was committed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Complaint open(String store, String source, UUID customerId, UUID vehicleId, UUID repairOrderId, UUID surveyResponseId,
            FeedbackApi.ComplaintDetails d) {
        Instant now = clock.instant();
        PostServiceSettings s = settings.postService(store);
        Instant deadline = d.deadline() != null ? d.deadline() : now.plus(Duration.ofHours(s.complaintResolutionHours()));
        if (!deadline.isAfter(now)) {
            throw ProblemException.validation(List.of(new com.fours.dms.shared.error.Violation("complaint.deadline", "must be in the future (R-FUP-5)")));
        }
        UUID id = Ids.newId(clock);
        String number = "TS-" + id.toString().replace("-", "").substring(24).toUpperCase(Locale.ROOT);
        Complaint c = Complaint.open(id, store, number, source, customerId, vehicleId, repairOrderId, d.category().strip().toUpperCase(Locale.ROOT),
                d.department(), d.description().strip(), d.repairOrderLineId(), d.technicianId(), blankToNull(d.owner()), deadline, user.username(), now);
        c.surveyResponseId = surveyResponseId;
        c.persist();
        em.flush();
        audit.created(store, ENTITY, c.id, view(c));
        return c;
    }

    @Transactional
    public ComplaintView create(String store, FeedbackApi.ComplaintRequest r) {
        access.require(store);
        customers.requireReference(store, r.customerId(), "customerId");
        return view(open(store, "DESK", r.customerId(), r.vehicleId(), r.repairOrderId(), null, r.details()));
    }

    /** The board: cases by status (default the ones still being handled), soonest deadline first; overdue only on request. */
    public FeedbackApi.ComplaintPage board(String store, List<ComplaintStatus> statuses, boolean overdueOnly, UUID customerId, int limit) {
        access.require(store);
        StringBuilder q = new StringBuilder("storeCode = :store and status in :statuses");
        Map<String, Object> p = new HashMap<>();
        p.put("store", store);
        p.put("statuses", statuses == null || statuses.isEmpty()
                ? List.of(ComplaintStatus.OPEN, ComplaintStatus.IN_PROGRESS, ComplaintStatus.RESOLVED, ComplaintStatus.CONFIRMED) : statuses);
        if (overdueOnly) {
            q.append(" and deadline <= :now and status in :handling");
            p.put("now", clock.instant());
            p.put("handling", List.of(ComplaintStatus.OPEN, ComplaintStatus.IN_PROGRESS));
        }
        if (customerId != null) {
            q.append(" and customerId = :customer");
            p.put("customer", customerId);
        }
        List<Complaint> rows = Complaint.<Complaint>find(q + " order by deadline, id", p).range(0, Math.max(1, Math.min(limit, 200)) - 1).list();
        return new FeedbackApi.ComplaintPage(views(rows));
    }

    public ComplaintView get(String store, UUID id) {
        return view(load(store, id, LockModeType.NONE));
    }

    @Transactional
    public ComplaintView start(String store, UUID id, long expected, FeedbackApi.StartRequest r) {
        return change(store, id, expected, "started", c -> c.start(r.owner() == null || r.owner().isBlank() ? user.username() : r.owner().strip(),
                r.deadline(), blankToNull(r.note()), user.username(), clock.instant()));
    }

    @Transactional
    public ComplaintView reassign(String store, UUID id, long expected, FeedbackApi.ReassignRequest r) {
        return change(store, id, expected, "reassigned", c -> c.reassign(blankToNull(r.owner()), r.deadline(), r.note().strip(), user.username(), clock.instant()));
    }

    /** IN_PROGRESS → RESOLVED, and the second follow-up call opens at once, first in customer service's queue. */
    @Transactional
    public ComplaintView resolve(String store, UUID id, long expected, FeedbackApi.NoteRequest r) {
        return change(store, id, expected, "resolved", c -> {
            Instant now = clock.instant();
            c.resolve(r.note().strip(), user.username(), now);
            tasks.opened(new NewTask(store, TaskType.COMPLAINT_CALLBACK, SubjectType.COMPLAINT, c.id, c.customerId, c.vehicleId,
                    "投诉二次回访：" + c.number + "（" + c.category + "）", Roles.CUSTOMER_SERVICE, TaskPriority.HIGH, now, null,
                    NewTask.key(TaskType.COMPLAINT_CALLBACK, SubjectType.COMPLAINT, c.id) + ":round:" + c.round, user.username()))
                    .ifPresent(c::callbackOpened);
        });
    }

    /** The second follow-up's answer: satisfied confirms, not satisfied reopens with a new default deadline; the call is done either way. */
    @Transactional
    public ComplaintView secondFollowUp(String store, UUID id, long expected, FeedbackApi.SecondFollowUpRequest r) {
        return change(store, id, expected, r.satisfied() ? "confirmed" : "reopened", c -> {
            Instant now = clock.instant();
            UUID task = c.callbackTaskId;
            if (r.satisfied()) {
                c.confirm(r.note().strip(), user.username(), now);
            } else {
                c.reopen(r.note().strip(), now.plus(Duration.ofHours(settings.postService(store).complaintResolutionHours())), user.username(), now);
            }
            if (task != null) {
                tasks.closeAnswered(store, task, true, r.satisfied() ? "COMPLAINT_CONFIRMED" : "COMPLAINT_REOPENED", null);
            }
        });
    }

    @Transactional
    public ComplaintView close(String store, UUID id, long expected, FeedbackApi.NoteRequest r) {
        return change(store, id, expected, "closed", c -> c.close(r.note().strip(), user.username(), clock.instant()));
    }

    @Transactional
    public ComplaintView reopen(String store, UUID id, long expected, FeedbackApi.NoteRequest r) {
        return change(store, id, expected, "reopened", c -> c.reopen(r.note().strip(),
                clock.instant().plus(Duration.ofHours(settings.postService(store).complaintResolutionHours())), user.username(), clock.instant()));
    }

    /**
     * R-FUP-5: the store's cases past their deadline while open or in progress, not yet escalated for
     * that deadline, each escalated once: a task for the service manager and, when the store named an
     * address, an e-mail through the outbox. Rows are taken FOR UPDATE SKIP LOCKED, so two instances
     * never escalate one case twice; the task and the message carry dedupe keys as well.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int escalateOverdue(String store, String actor) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                select id from complaint
                where store_code = ?1 and status in ('OPEN', 'IN_PROGRESS') and deadline <= ?2
                  and (escalated_deadline is null or escalated_deadline <> deadline)
                order by deadline, id limit 500 for update skip locked""").setParameter(1, store).setParameter(2, now).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        PostServiceSettings s = settings.postService(store);
        List<Complaint> cases = Complaint.<Complaint>list("id in ?1", ids);
        Map<UUID, CustomerService.Summary> people = customers.summaries(cases.stream().map(c -> c.customerId).toList());
        Map<UUID, VehicleService.Summary> cars = vehicles.summaries(cases.stream().map(c -> c.vehicleId).filter(Objects::nonNull).toList());
        for (Complaint c : cases) {
            String deadlineKey = Long.toString(c.deadline.getEpochSecond());
            c.escalated(actor, now);
            CustomerService.Summary who = people.get(c.customerId);
            VehicleService.Summary car = c.vehicleId == null ? null : cars.get(c.vehicleId);
            // The service manager's call-back on the case (a task type of its own would break the released contract's TaskType enum).
            tasks.opened(new NewTask(store, TaskType.COMPLAINT_CALLBACK, SubjectType.COMPLAINT, c.id, c.customerId, c.vehicleId,
                    "投诉超期：" + c.number + "（" + c.category + "，负责人 " + (c.owner == null ? "未指定" : c.owner) + "）", Roles.SERVICE_MANAGER,
                    TaskPriority.URGENT, now, null, "COMPLAINT_ESCALATION:complaint:" + c.id + ":" + deadlineKey, actor));
            if (s.escalationEmail() != null) {
                notifications.queue(OutgoingMessage.of(store, "COMPLAINT_ESCALATED", Notifications.Audience.MANAGER, Channel.EMAIL)
                        .about(ENTITY, c.id).discriminator(deadlineKey).to(s.escalationEmail())
                        .value("number", c.number).value("category", c.category).value("owner", c.owner == null ? "-" : c.owner)
                        .value("deadline", c.deadline).value("customer", who == null ? "" : who.name()).value("plate", car == null ? "" : car.plate())
                        .value("description", c.description));
            }
            audit.system(store, ENTITY, c.id, "escalated", Map.of("deadline", c.deadline.toString(), "owner", c.owner == null ? "" : c.owner), actor);
        }
        em.flush();
        return cases.size();
    }

    private ComplaintView change(String store, UUID id, long expected, String action, Consumer<Complaint> transition) {
        Complaint c = load(store, id, LockModeType.PESSIMISTIC_WRITE);
        ETags.check(expected, c.version);
        ComplaintView before = view(c);
        transition.accept(c);
        em.flush();
        ComplaintView after = view(c);
        audit.changed(store, ENTITY, c.id, action, before, after);
        return after;
    }

    private Complaint load(String store, UUID id, LockModeType lock) {
        access.require(store);
        Complaint c = Complaint.findById(id, lock);
        return access.owned(store, c, x -> x.storeCode, "Complaint", id);
    }

    ComplaintView view(Complaint c) {
        return views(List.of(c)).get(0);
    }

    private List<ComplaintView> views(List<Complaint> rows) {
        Map<UUID, CustomerService.Summary> people = customers.summaries(rows.stream().map(c -> c.customerId).toList());
        Map<UUID, VehicleService.Summary> cars = vehicles.summaries(rows.stream().map(c -> c.vehicleId).filter(Objects::nonNull).toList());
        Instant now = clock.instant();
        List<ComplaintView> out = new ArrayList<>();
        for (Complaint c : rows) {
            CustomerService.Summary p = people.get(c.customerId);
            VehicleService.Summary v = c.vehicleId == null ? null : cars.get(c.vehicleId);
            out.add(new ComplaintView(c.id, c.number, c.source, c.customerId, p == null ? null : p.name(), p == null ? null : p.phone(), c.vehicleId,
                    v == null ? null : v.plate(), c.repairOrderId, c.surveyResponseId, c.category, c.department, c.description, c.repairOrderLineId,
                    c.technicianId, c.owner, c.deadline, c.status, c.overdue(now), c.round, c.resolution, c.resolvedAt, c.resolvedBy, c.callbackTaskId,
                    c.escalatedAt, c.history.stream().map(t -> new FeedbackApi.Step(t.action, t.fromStatus, t.toStatus, t.note, t.deadline, t.owner, t.byUser,
                            t.at)).toList(), c.availableActions(), c.createdAt, c.createdBy, c.version));
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
