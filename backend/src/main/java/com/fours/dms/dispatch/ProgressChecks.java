package com.fours.dms.dispatch;

import com.fours.dms.customer.VehicleService;
import com.fours.dms.dispatch.api.DispatchApi;
import com.fours.dms.dispatch.api.DispatchApi.CustomerMessage;
import com.fours.dms.dispatch.api.DispatchApi.ProgressCheckPage;
import com.fours.dms.dispatch.api.DispatchApi.ProgressCheckRequest;
import com.fours.dms.dispatch.api.DispatchApiProgressCheckViewBuilder;
import com.fours.dms.followup.TaskService;
import com.fours.dms.notification.NotificationTemplates;
import com.fours.dms.notification.Notifications;
import com.fours.dms.repairorder.DeliveryLateness;
import com.fours.dms.repairorder.PromisedDeliveries;
import com.fours.dms.repairorder.PromisedDeliveryReason;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.persistence.PageRequest;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.shared.security.StoreAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * R-REP-2: the advisor's side of the progress check (the scheduler raises them, {@link ProgressCheckJobs}).
 * The advisor records what the workshop expects and what went wrong; an expected completion after
 * the promised time moves the promise (the repair order's named transition, with the reason, kept in
 * its history) and tells the customer through the outbox; the PROGRESS_CHECK task closes. A job that
 * finishes before anyone answered cancels its open check and task. Every change is audited.
 */
@ApplicationScoped
public class ProgressChecks {
    static final String ENTITY = "job-progress-check";

    @Inject
    EntityManager em;

    @Inject
    StoreAccess access;

    @Inject
    CurrentUser user;

    @Inject
    PromisedDeliveries promises;

    @Inject
    VehicleService vehicles;

    @Inject
    TaskService tasks;

    @Inject
    ProgressCheckNotices notices;

    @Inject
    Notifications notifications;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The store's checks, newest first; optionally of one order, for one task, or in one state. */
    public ProgressCheckPage list(String store, UUID repairOrderId, UUID taskId, ProgressCheckStatus status, PageRequest page) {
        access.require(store);
        StringBuilder q = new StringBuilder("storeCode = :store");
        Map<String, Object> p = new HashMap<>();
        p.put("store", store);
        if (repairOrderId != null) {
            q.append(" and repairOrderId = :order");
            p.put("order", repairOrderId);
        }
        if (taskId != null) {
            q.append(" and taskId = :task");
            p.put("task", taskId);
        }
        if (status != null) {
            q.append(" and status = :status");
            p.put("status", status);
        }
        if (page.after() != null) {
            q.append(" and id < :after");
            p.put("after", page.after());
        }
        List<JobProgressCheck> rows = JobProgressCheck.<JobProgressCheck>find(q + " order by id desc", p).range(0, page.limit()).list();
        Views views = views(store, rows.subList(0, Math.min(rows.size(), page.limit())));
        var result = page.page(rows, c -> c.id, views::of);
        return new ProgressCheckPage(result.items(), result.nextCursor());
    }

    public DispatchApi.ProgressCheckView get(String store, UUID id) {
        return view(access.owned(store, JobProgressCheck.<JobProgressCheck>findById(id), c -> c.storeCode, "Progress check", id));
    }

    /**
     * R-REP-2: the advisor's answer (see {@link ProgressCheckRequest}). 400 names the field; 409 when the
     * check is closed or the order can no longer be revised; 412 when the check changed since it was read.
     */
    @Transactional
    public DispatchApi.ProgressCheckView complete(String store, UUID id, long expectedVersion, ProgressCheckRequest r) {
        JobProgressCheck c = access.owned(store, em.find(JobProgressCheck.class, id, LockModeType.PESSIMISTIC_WRITE), x -> x.storeCode, "Progress check", id);
        ETags.check(expectedVersion, c.version);
        Instant now = clock.instant();
        PromisedDeliveries.Promise order = promises.promise(store, c.repairOrderId);
        Instant expected = r.expectedCompletionAt();
        boolean late = DeliveryLateness.expectedAfterPromise(order.promisedDeliveryAt(), expected);
        String person = blankToNull(r.workshopPerson());
        String reason = blankToNull(r.revisionReason());
        Instant revisedTo = late ? (r.revisedPromisedAt() == null ? expected : r.revisedPromisedAt()) : null;
        List<Violation> v = new ArrayList<>();
        if (!expected.isAfter(now)) {
            v.add(new Violation("expectedCompletionAt", "must be in the future"));
        }
        if (r.workshopAsked() && person == null) {
            v.add(new Violation("workshopPerson", "say who in the workshop was asked"));
        }
        if (late && reason == null) {
            v.add(new Violation("revisionReason", "is required: the expected completion is after the promised time " + order.promisedDeliveryAt()
                    + ", so the promise moves and the customer is told why (R-REP-2)"));
        }
        if (late && revisedTo.isBefore(expected)) {
            v.add(new Violation("revisedPromisedAt", "must not be before the expected completion " + expected));
        }
        if (!late && r.revisedPromisedAt() != null) {
            v.add(new Violation("revisedPromisedAt", "the promise moves only when the expected completion is after the promised time"));
        }
        if (!late && reason != null) {
            v.add(new Violation("revisionReason", "the promise moves only when the expected completion is after the promised time"));
        }
        if (!v.isEmpty()) {
            throw ProblemException.validation(v);
        }
        String language = r.language() == null ? NotificationTemplates.DEFAULT_LANGUAGE : r.language();
        c.record(new JobProgressCheck.Answer(expected, blankToNull(r.anomalies()), r.workshopAsked(), person, order.promisedDeliveryAt(), late ? revisedTo
                : order.promisedDeliveryAt(), late, reason, language), user.username(), now);
        if (late) {
            PromisedDeliveries.Revision moved = promises.revise(store, c.repairOrderId, revisedTo, PromisedDeliveryReason.PROGRESS_CHECK, reason, c.id.toString());
            c.customerTold(notices.promiseRevised(c.id, order, moved.previousAt(), moved.revisedTo(), reason, language).orElse(null));
        }
        promises.expectCompletion(store, c.repairOrderId, expected, c.id.toString());
        if (c.taskId != null) {
            tasks.closeAnswered(store, c.taskId, true, "progress check recorded", null);
        }
        em.flush();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("expectedCompletionAt", expected.toString());
        d.put("anomalies", c.anomalies);
        d.put("workshopAsked", c.workshopAsked);
        d.put("workshopPerson", c.workshopPerson);
        d.put("late", late);
        d.put("promisedBefore", c.promisedBefore == null ? null : c.promisedBefore.toString());
        d.put("promisedAfter", c.promisedAfter == null ? null : c.promisedAfter.toString());
        d.put("revisionReason", reason);
        d.put("notificationId", c.notificationId == null ? null : c.notificationId.toString());
        audit.action(store, ENTITY, c.id, "recorded", d);
        return view(c);
    }

    /** A job finished before its check was answered: nothing is left to ask; the check and its task are cancelled. */
    void onJobChanged(@Observes WorkshopJobChanged e) {
        if (e.to() == null || !JobStatus.FINISHED.contains(e.to()) || (e.from() != null && JobStatus.FINISHED.contains(e.from()))) {
            return;
        }
        JobProgressCheck c = JobProgressCheck.<JobProgressCheck>find("jobId = ?1 and status = ?2", e.jobId(), ProgressCheckStatus.OPEN).firstResult();
        if (c == null) {
            return;
        }
        String reason = "job finished before the progress check was answered";
        c.cancel(reason);
        if (c.taskId != null) {
            tasks.closeAnswered(c.storeCode, c.taskId, false, reason, ProgressCheckJobs.ACTOR);
        }
        em.flush();
        audit.system(c.storeCode, ENTITY, c.id, "cancelled", Map.of("reason", reason, "jobId", e.jobId().toString()), ProgressCheckJobs.ACTOR);
    }

    private DispatchApi.ProgressCheckView view(JobProgressCheck c) {
        return views(c.storeCode, List.of(c)).of(c);
    }

    /** Jobs, orders, plates and messages of a page of checks: one query each. */
    private Views views(String store, List<JobProgressCheck> checks) {
        Map<UUID, WorkshopJob> jobs = checks.isEmpty() ? Map.of()
                : WorkshopJob.<WorkshopJob>list("id in ?1", checks.stream().map(c -> c.jobId).toList()).stream()
                        .collect(Collectors.toMap(j -> j.id, Function.identity()));
        Map<UUID, PromisedDeliveries.Promise> orders = promises.promises(checks.stream().map(c -> c.repairOrderId).toList());
        Map<UUID, VehicleService.Summary> cars = vehicles.summaries(orders.values().stream().map(PromisedDeliveries.Promise::vehicleId).toList());
        Map<UUID, Notifications.Delivery> messages = notifications.deliveries(store, checks.stream().map(c -> c.notificationId).filter(Objects::nonNull).toList())
                .stream().collect(Collectors.toMap(Notifications.Delivery::id, Function.identity()));
        return new Views(jobs, orders, cars, messages, clock.instant());
    }

    /** Maps a check to its API view by name. */
    record Views(Map<UUID, WorkshopJob> jobs, Map<UUID, PromisedDeliveries.Promise> orders, Map<UUID, VehicleService.Summary> cars,
            Map<UUID, Notifications.Delivery> messages, Instant now) {
        DispatchApi.ProgressCheckView of(JobProgressCheck c) {
            WorkshopJob j = jobs.get(c.jobId);
            PromisedDeliveries.Promise o = orders.get(c.repairOrderId);
            VehicleService.Summary v = o == null ? null : cars.get(o.vehicleId());
            Notifications.Delivery m = c.notificationId == null ? null : messages.get(c.notificationId);
            return DispatchApiProgressCheckViewBuilder.stagedBuilder()
                    .id(c.id).jobId(c.jobId).jobDescription(j == null ? "" : j.description).repairOrderId(c.repairOrderId)
                    .orderNumber(o == null ? null : o.number()).plate(v == null ? null : v.plate()).taskId(c.taskId).status(c.status)
                    .startedFrom(c.startedFrom).soldHours(c.soldHours).percent(c.percent).dueAt(c.dueAt).raisedAt(c.raisedAt)
                    .promisedDeliveryAt(o == null ? null : o.promisedDeliveryAt())
                    .orderLate(o != null && DeliveryLateness.late(o.status(), o.promisedDeliveryAt(), o.expectedCompletionAt(), now))
                    .expectedCompletionAt(c.expectedCompletionAt).anomalies(c.anomalies).workshopAsked(c.workshopAsked).workshopPerson(c.workshopPerson)
                    .late(c.late).promisedBefore(c.promisedBefore).promisedAfter(c.promisedAfter).revisionReason(c.revisionReason)
                    .customerMessage(m == null ? null : new CustomerMessage(m.id(), m.channel(), m.recipient(), m.status(), m.sentAt()))
                    .recordedBy(c.recordedBy).recordedAt(c.recordedAt).closedReason(c.closedReason).availableActions(c.availableActions())
                    .version(c.version)
                    .build();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
