package com.fours.dms.followup;

import com.fours.dms.customer.CustomerService;
import com.fours.dms.customer.VehicleService;
import com.fours.dms.followup.api.TaskApi.*;
import com.fours.dms.followup.api.TaskApi;
import com.fours.dms.followup.api.TaskApiViewBuilder;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.persistence.PageRequest;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.shared.security.StoreAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** The task desk: tasks other contexts open, and the named transitions people apply to them. */
@ApplicationScoped
public class TaskService {
    static final String ENTITY = "task";

    @Inject
    StoreAccess access;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    CustomerService customers;

    @Inject
    VehicleService vehicles;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DeskSettingsService deskSettings;

    @Inject
    ConsentService consents;

    @Inject
    com.fours.dms.notification.Notifications notifications;

    @Inject
    com.fours.dms.store.StoreService stores;

    /** Opens the task unless one with the same dedupe key exists in the store (a second call, e.g. from a second scheduler, does nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean open(NewTask t) {
        return opened(t).isPresent();
    }

    /** Opens the task unless one with the same dedupe key exists in the store; its id, or empty when it existed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Optional<UUID> opened(NewTask t) {
        UUID id = Ids.newId(clock);
        Instant now = clock.instant();
        int inserted = em.createNativeQuery("""
                insert into task (id, store_code, type, subject_type, subject_id, customer_id, vehicle_id, title, assignee_role, priority,
                                  status, due_from, due_until, dedupe_key, created_at, created_by, updated_at, assignee_user, purpose)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'OPEN', ?11, ?12, ?13, ?14, ?15, ?14, ?16, ?17)
                on conflict (store_code, dedupe_key) do nothing""")
                .setParameter(1, id).setParameter(2, t.store()).setParameter(3, t.type().name()).setParameter(4, t.subjectType().name())
                .setParameter(5, t.subjectId()).setParameter(6, t.customerId()).setParameter(7, t.vehicleId()).setParameter(8, t.title())
                .setParameter(9, t.assigneeRole()).setParameter(10, t.priority().name()).setParameter(11, t.dueFrom())
                .setParameter(12, t.dueUntil()).setParameter(13, t.dedupeKey()).setParameter(14, now).setParameter(15, t.actor())
                .setParameter(16, new org.hibernate.query.TypedParameterValue<>(org.hibernate.type.StandardBasicTypes.STRING, t.assigneeUser()))
                .setParameter(17, new org.hibernate.query.TypedParameterValue<>(org.hibernate.type.StandardBasicTypes.STRING, t.purpose())).executeUpdate();
        if (inserted == 1) {
            Map<String, Object> d = new java.util.LinkedHashMap<>();
            d.put("type", t.type().name());
            d.put("assigneeRole", t.assigneeRole());
            d.put("assigneeUser", t.assigneeUser());
            d.put("title", t.title());
            d.put("dedupeKey", t.dedupeKey());
            audit.system(t.store(), ENTITY, id, "created", d, t.actor());
        }
        return inserted == 1 ? java.util.Optional.of(id) : java.util.Optional.empty();
    }

    /**
     * Opens many tasks at once (a scheduled generator's day of reminder calls) with one statement per
     * thousand; a task whose dedupe key exists in its store is skipped, so a second run opens nothing.
     * One audit entry per batch lists the keys opened. Returns how many were opened.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int openAll(List<NewTask> batch, String actor) {
        Instant now = clock.instant();
        int opened = 0;
        for (int from = 0; from < batch.size(); from += 1000) {
            List<NewTask> chunk = batch.subList(from, Math.min(batch.size(), from + 1000));
            int nowParam = chunk.size() * 14 + 1;
            StringBuilder sql = new StringBuilder("""
                    insert into task (id, store_code, type, subject_type, subject_id, customer_id, vehicle_id, title, assignee_role, priority,
                                      due_from, dedupe_key, due_until, purpose, status, created_at, created_by, updated_at) values\s""");
            List<Object> params = new java.util.ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                NewTask t = chunk.get(i);
                int p = params.size();
                sql.append(i == 0 ? "" : ", ").append('(');
                for (int k = 1; k <= 12; k++) {
                    sql.append('?').append(p + k).append(", ");
                }
                sql.append("cast(?").append(p + 13).append(" as timestamptz), ");
                sql.append("cast(?").append(p + 14).append(" as varchar), ");
                sql.append("'OPEN', ?").append(nowParam).append(", ?").append(nowParam + 1).append(", ?").append(nowParam).append(')');
                params.addAll(java.util.Arrays.asList(Ids.newId(clock), t.store(), t.type().name(), t.subjectType().name(), t.subjectId(), t.customerId(),
                        t.vehicleId(), t.title(), t.assigneeRole(), t.priority().name(), t.dueFrom(), t.dedupeKey(),
                        new org.hibernate.query.TypedParameterValue<>(org.hibernate.type.StandardBasicTypes.INSTANT, t.dueUntil()),
                        new org.hibernate.query.TypedParameterValue<>(org.hibernate.type.StandardBasicTypes.STRING, t.purpose())));
            }
            sql.append(" on conflict (store_code, dedupe_key) do nothing returning store_code, dedupe_key");
            var q = em.createNativeQuery(sql.toString());
            for (int i = 0; i < params.size(); i++) {
                q.setParameter(i + 1, params.get(i));
            }
            q.setParameter(nowParam, now).setParameter(nowParam + 1, actor);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = q.getResultList();
            opened += rows.size();
            rows.stream().collect(java.util.stream.Collectors.groupingBy(r -> (String) r[0], java.util.stream.Collectors.mapping(r -> (String) r[1],
                    java.util.stream.Collectors.toList()))).forEach((store, keys) -> audit.system(store, ENTITY, store, "opened-batch",
                            Map.of("count", keys.size(), "dedupeKeys", keys), actor));
        }
        return opened;
    }

    /**
     * R-REP-2: the context the task is about answered it with its own action (the progress check was
     * recorded: done; the job finished before anyone asked: cancelled with the reason). Audited as
     * the signed-in user, or as {@code systemActor} when a job or event closes it. False when the task
     * was already closed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean closeAnswered(String store, UUID taskId, boolean done, String reason, String systemActor) {
        Task t = Task.findById(taskId);
        if (t == null || !t.storeCode.equals(store) || t.status.isClosed()) {
            return false;
        }
        View before = view(t);
        Instant now = clock.instant();
        t.closeAnswered(done, reason, systemActor == null ? user.username() : systemActor, now);
        t.updatedAt = now;
        em.flush();
        if (systemActor == null) {
            audit.changed(store, ENTITY, t.id, done ? "completed" : "cancelled", before, view(t));
        } else {
            audit.system(store, ENTITY, t.id, done ? "completed" : "cancelled", Map.of("reason", reason), systemActor);
        }
        return true;
    }

    /**
     * The thing the task asked for happened elsewhere (e.g. the customer decided the supplementary
     * item): the open task with this dedupe key is done, audited as done by {@code actor}. False when none was open.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean completeByKey(String store, String dedupeKey, String actor, String reason) {
        Task t = Task.<Task>find("storeCode = ?1 and dedupeKey = ?2", store, dedupeKey).firstResult();
        if (t == null || !t.availableActions().contains("complete")) {
            return false;
        }
        t.complete(actor, clock.instant());
        t.updatedAt = clock.instant();
        audit.system(store, ENTITY, t.id, "completed", Map.of("by", actor, "reason", reason), actor);
        return true;
    }

    /** Filters for the desk; every field is optional. */
    public record Filter(String assigneeUser, String assigneeRole, List<TaskStatus> statuses, TaskType type, Instant dueBefore,
            SubjectType subjectType, UUID subjectId, UUID customerId) {}

    public TaskApi.Page list(String store, Filter f, PageRequest page) {
        access.require(store);
        StringBuilder q = new StringBuilder("storeCode = :store");
        Map<String, Object> p = new HashMap<>();
        p.put("store", store);
        where(q, p, "assigneeUser", f.assigneeUser());
        where(q, p, "assigneeRole", f.assigneeRole());
        where(q, p, "type", f.type());
        where(q, p, "subjectType", f.subjectType());
        where(q, p, "subjectId", f.subjectId());
        where(q, p, "customerId", f.customerId());
        if (f.statuses() != null && !f.statuses().isEmpty()) {
            q.append(" and status in :statuses");
            p.put("statuses", f.statuses());
        }
        if (f.dueBefore() != null) {
            q.append(" and dueFrom <= :dueBefore");
            p.put("dueBefore", f.dueBefore());
        }
        if (page.after() != null) {
            q.append(" and id > :after");
            p.put("after", page.after());
        }
        List<Task> rows = Task.find(q + " order by id", p).range(0, page.limit()).list();
        List<Task> shown = rows.subList(0, Math.min(rows.size(), page.limit()));
        Views views = views(shown);
        return TaskApi.Page.of(page.page(rows, t -> t.id, views::of));
    }

    private static void where(StringBuilder q, Map<String, Object> p, String field, Object value) {
        if (value != null) {
            q.append(" and ").append(field).append(" = :").append(field);
            p.put(field, value);
        }
    }

    public View get(String store, UUID id) {
        return view(load(store, id));
    }

    @Transactional
    public View recordAttempt(String store, UUID id, long expectedVersion, AttemptRequest req) {
        Task t = locked(store, id, expectedVersion);
        View before = view(t);
        Instant now = clock.instant();
        t.recordAttempt(req.outcome(), blankToNull(req.note()), req.callBackAt(), user.username(), now);
        if (req.outcome() == AttemptOutcome.DO_NOT_CALL && t.customerId != null) {
            // The customer said so on the phone: the call channel is opted out for every later task too.
            consents.record(t.storeCode, t.customerId, OutreachChannel.CALL, false, "DESK", req.note() == null ? "DO_NOT_CALL" : req.note().strip(),
                    user.username(), false);
        }
        if (req.outcome() == AttemptOutcome.NO_ANSWER && t.type.isDeskCall()) {
            return noAnswer(t, before, now);
        }
        return changed(t, before, "attempt-recorded");
    }

    @Transactional
    public View complete(String store, UUID id, long expectedVersion) {
        Task t = locked(store, id, expectedVersion);
        View before = view(t);
        t.complete(user.username(), clock.instant());
        return changed(t, before, "completed");
    }

    @Transactional
    public View cancel(String store, UUID id, long expectedVersion, CancelRequest req) {
        Task t = locked(store, id, expectedVersion);
        View before = view(t);
        t.cancel(req.reason().strip(), user.username(), clock.instant());
        return changed(t, before, "cancelled");
    }

    /**
     * R-FUP-4: nobody answered a desk call. It comes back later the same day while the store's call window
     * is open, else at the next day's opening; after the store's number of unanswered calls the desk
     * writes to the customer instead (SMS, or e-mail when preferred, on a channel they did not opt out of)
     * and the call task is done with the reason.
     */
    private View noAnswer(Task t, View before, Instant now) {
        DeskSettings s = deskSettings.settings(t.storeCode);
        if (t.unanswered() < s.noAnswerMaxAttempts()) {
            java.time.ZoneId zone = stores.quietHours(t.storeCode).zone();
            t.comeBackAt(s.callWindow().retryAfterNoAnswer(now, java.time.Duration.ofMinutes(s.noAnswerRetryMinutes()), zone), now);
            return changed(t, before, "attempt-recorded");
        }
        String reason = "NO_CHANNEL_CONSENT";
        CustomerService.Summary c = t.customerId == null ? null : customers.summaries(List.of(t.customerId)).get(t.customerId);
        if (c != null) {
            java.util.Set<OutreachChannel> out = consents.optOuts(List.of(c.id())).getOrDefault(c.id(), java.util.Set.of());
            boolean email = c.email() != null && !c.email().isBlank() && !out.contains(OutreachChannel.EMAIL);
            boolean sms = c.phone() != null && !c.phone().isBlank() && !out.contains(OutreachChannel.SMS);
            if (email || sms) {
                boolean byEmail = email && (c.prefersEmail() || !sms);
                VehicleService.Summary v = t.vehicleId == null ? null : vehicles.summaries(List.of(t.vehicleId)).get(t.vehicleId);
                notifications.queue(com.fours.dms.notification.OutgoingMessage.of(t.storeCode, "FOLLOW_UP_MISSED_CALL",
                                com.fours.dms.notification.Notifications.Audience.CUSTOMER,
                                byEmail ? com.fours.dms.notification.Channel.EMAIL : com.fours.dms.notification.Channel.SMS)
                        .about("task", t.id).to(byEmail ? c.email() : c.phone())
                        .value("customer", c.name()).value("plate", v == null ? "" : v.plate()));
                reason = byEmail ? "SWITCHED_TO_EMAIL" : "SWITCHED_TO_SMS";
            }
        }
        t.switchToMessage(reason, user.username(), now);
        return changed(t, before, "switched-to-message");
    }

    /**
     * The desk's calls for the work queue: open customer-service calls in the role's queue or taken by
     * {@code username}, due before {@code until}, soonest first (at most 500).
     */
    public List<View> deskCalls(String store, String username, Instant until) {
        access.require(store);
        List<TaskType> types = java.util.Arrays.stream(TaskType.values()).filter(TaskType::isDeskCall).toList();
        List<Task> rows = Task.<Task>find("storeCode = ?1 and status in ?2 and type in ?3 and dueFrom < ?4"
                + " and ((assigneeRole = ?5 and assigneeUser is null) or assigneeUser = ?6) order by dueFrom, id",
                store, List.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS), types, until, Roles.CUSTOMER_SERVICE, username).range(0, 499).list();
        Views v = views(rows);
        return rows.stream().map(v::of).toList();
    }

    /** Only the service manager or a member of the task's current queue may hand it on (audited). */
    @Transactional
    public View assign(String store, UUID id, long expectedVersion, AssignRequest req) {
        Task t = locked(store, id, expectedVersion);
        View before = view(t);
        t.assign(req.role() == null ? t.assigneeRole : req.role(), req.username(), clock.instant());
        return changed(t, before, "assigned");
    }

    private Task load(String store, UUID id) {
        return access.owned(store, Task.<Task>findById(id), x -> x.storeCode, "Task", id);
    }

    /** Loads for a change: the caller must work the task's queue (or be it its assignee, or the service manager), and have read its current version. */
    private Task locked(String store, UUID id, long expectedVersion) {
        Task t = load(store, id);
        if (!mayWork(t)) {
            throw new ProblemException(403, "task-not-yours", "Not your task",
                    "Task " + id + " is in the " + t.assigneeRole + " queue" + (t.assigneeUser == null ? "" : " (" + t.assigneeUser + ")")
                            + "; only its members or the service manager may work or reassign it");
        }
        ETags.check(expectedVersion, t.version);
        return t;
    }

    private boolean mayWork(Task t) {
        return user.hasRole(Roles.SERVICE_MANAGER) || user.hasRole(t.assigneeRole) || Objects.equals(user.username(), t.assigneeUser);
    }

    private View changed(Task t, View before, String action) {
        t.updatedAt = clock.instant();
        em.flush();
        View after = view(t);
        audit.changed(t.storeCode, ENTITY, t.id, action, before, after);
        return after;
    }

    private View view(Task t) {
        return views(List.of(t)).of(t);
    }

    /** Names, phones and plates for a page of tasks, read through the customer context in one query each. */
    private Views views(List<Task> tasks) {
        return new Views(customers.summaries(tasks.stream().map(t -> t.customerId).filter(Objects::nonNull).toList()),
                vehicles.summaries(tasks.stream().map(t -> t.vehicleId).filter(Objects::nonNull).toList()));
    }

    /** Maps a task to its API view by name. */
    record Views(Map<UUID, CustomerService.Summary> people, Map<UUID, VehicleService.Summary> cars) {
        View of(Task t) {
            CustomerService.Summary c = t.customerId == null ? null : people.get(t.customerId);
            VehicleService.Summary v = t.vehicleId == null ? null : cars.get(t.vehicleId);
            CustomerRef customer = c == null ? null : new CustomerRef(c.id(), c.name(), c.phone());
            VehicleRef vehicle = v == null ? null : new VehicleRef(v.id(), v.plate(), v.model());
            List<Attempt> attempts = t.attempts.stream()
                    .map(a -> new Attempt(a.outcome, a.note, a.callBackAt, a.recordedBy, a.recordedAt)).toList();
            return TaskApiViewBuilder.stagedBuilder()
                    .id(t.id).type(t.type).title(t.title).status(t.status).priority(t.priority)
                    .subject(new Subject(t.subjectType, t.subjectId)).customer(customer).vehicle(vehicle)
                    .assignee(new Assignee(t.assigneeRole, t.assigneeUser)).dueFrom(t.dueFrom).dueUntil(t.dueUntil)
                    .attempts(attempts).availableActions(t.availableActions()).createdAt(t.createdAt)
                    .createdBy(t.createdBy).closedAt(t.closedAt).closedBy(t.closedBy).closeReason(t.closeReason)
                    .purpose(t.purpose).version(t.version)
                    .build();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
