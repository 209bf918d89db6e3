package com.fours.dms.followup;

import com.fours.dms.followup.api.TaskView;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.persistence.Page;
import com.fours.dms.shared.persistence.PageRequest;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.store.StoreAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class TaskService {
    public static final String REBOOK = "REBOOK";
    public static final String TELL_CUSTOMER_NOT_READY = "TELL_CUSTOMER_NOT_READY";

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

    /** Opens a task once per appointment and kind (a second call, e.g. from a second scheduler, does nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean open(String store, String kind, String role, UUID appointmentId, UUID customerId, String title, Instant dueAt, String actor) {
        UUID id = Ids.newId(clock);
        int inserted = em.createNativeQuery("""
                insert into staff_task (id, store_code, kind, assignee_role, appointment_id, customer_id, title, status, due_at, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'OPEN', ?8, ?9) on conflict (appointment_id, kind) do nothing""")
                .setParameter(1, id).setParameter(2, store).setParameter(3, kind).setParameter(4, role).setParameter(5, appointmentId)
                .setParameter(6, customerId).setParameter(7, title).setParameter(8, dueAt).setParameter(9, clock.instant())
                .executeUpdate();
        if (inserted == 1) {
            audit.system(store, "task", id, "created", Map.of("kind", kind, "assigneeRole", role, "title", title), actor);
        }
        return inserted == 1;
    }

    public Page<TaskView> list(String store, String role, String status, PageRequest page) {
        access.require(store);
        StringBuilder q = new StringBuilder("storeCode = :store");
        Map<String, Object> p = new HashMap<>();
        p.put("store", store);
        if (role != null) {
            q.append(" and assigneeRole = :role");
            p.put("role", role);
        }
        if (status != null) {
            q.append(" and status = :status");
            p.put("status", status);
        }
        if (page.after() != null) {
            q.append(" and id > :after");
            p.put("after", page.after());
        }
        List<StaffTask> rows = StaffTask.find(q + " order by id", p).range(0, page.limit()).list();
        return page.page(rows, t -> t.id, TaskView::of);
    }

    @Transactional
    public TaskView complete(String store, UUID id, long expectedVersion) {
        access.require(store);
        StaffTask t = StaffTask.findById(id);
        if (t == null || !t.storeCode.equals(store)) {
            throw ProblemException.notFound("Task", id);
        }
        ETags.check(expectedVersion, t.version);
        if (!"OPEN".equals(t.status)) {
            throw ProblemException.conflict("task-done", "The task is already done");
        }
        t.status = "DONE";
        t.doneAt = clock.instant();
        t.doneBy = user.username();
        em.flush();
        audit.action(store, "task", id, "completed", Map.of("kind", t.kind));
        return TaskView.of(t);
    }
}
