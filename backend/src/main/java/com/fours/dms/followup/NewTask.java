package com.fours.dms.followup;

import com.fours.dms.shared.security.Roles;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A task another context asks for. The dedupe key says "the same task": a second request with the
 * same key in the same store (a second scheduler run, a second readiness check) opens nothing.
 */
public record NewTask(String store, TaskType type, SubjectType subjectType, UUID subjectId, UUID customerId, UUID vehicleId,
        String title, String assigneeRole, TaskPriority priority, Instant dueFrom, Instant dueUntil, String dedupeKey, String actor,
        String assigneeUser, String purpose) {

    /** A task taken by one member of its queue, or by nobody (null), of no particular purpose within its type. */
    public NewTask(String store, TaskType type, SubjectType subjectType, UUID subjectId, UUID customerId, UUID vehicleId,
            String title, String assigneeRole, TaskPriority priority, Instant dueFrom, Instant dueUntil, String dedupeKey, String actor,
            String assigneeUser) {
        this(store, type, subjectType, subjectId, customerId, vehicleId, title, assigneeRole, priority, dueFrom, dueUntil, dedupeKey, actor, assigneeUser, null);
    }

    /** A task in a role's queue, taken by nobody yet. */
    public NewTask(String store, TaskType type, SubjectType subjectType, UUID subjectId, UUID customerId, UUID vehicleId,
            String title, String assigneeRole, TaskPriority priority, Instant dueFrom, Instant dueUntil, String dedupeKey, String actor) {
        this(store, type, subjectType, subjectId, customerId, vehicleId, title, assigneeRole, priority, dueFrom, dueUntil, dedupeKey, actor, null);
    }

    /** The same task, taken by one member of its queue (e.g. the order's own advisor). */
    public NewTask assignedTo(String username) {
        return new NewTask(store, type, subjectType, subjectId, customerId, vehicleId, title, assigneeRole, priority, dueFrom, dueUntil, dedupeKey, actor, username,
                purpose);
    }

    /**
     * The same task with its purpose within the type (issue 11: a SERVICE_REMINDER about declined work, a first
     * service, a retention call …): the desk picks the call's script and what the call records by it.
     */
    public NewTask withPurpose(TaskPurpose p) {
        return new NewTask(store, type, subjectType, subjectId, customerId, vehicleId, title, assigneeRole, priority, dueFrom, dueUntil, dedupeKey, actor,
                assigneeUser, p == null ? null : p.name());
    }

    /** How long customer service has to reach a no-show (R-APT-7 leaves it open; one working day). */
    static final Duration REBOOK_WITHIN = Duration.ofDays(1);

    public static String key(TaskType type, SubjectType subject, UUID id) {
        return type.name() + ":" + subject.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }

    /** R-APT-7: customer service calls the no-show to rebook, within a day. */
    public static NewTask rebookNoShow(String store, UUID appointmentId, UUID customerId, UUID vehicleId, Instant now, String actor) {
        return new NewTask(store, TaskType.REBOOK_NO_SHOW, SubjectType.APPOINTMENT, appointmentId, customerId, vehicleId,
                "客户预约爽约：请联系客户重新预约", Roles.CUSTOMER_SERVICE, TaskPriority.NORMAL, now, now.plus(REBOOK_WITHIN),
                key(TaskType.REBOOK_NO_SHOW, SubjectType.APPOINTMENT, appointmentId), actor);
    }

    /** R-PRE-4: the advisor tells the customer at once (high priority), before the booked arrival. */
    public static NewTask tellCustomerNotReady(String store, UUID appointmentId, UUID customerId, UUID vehicleId, String missing,
            Instant arrivalAt, Instant now, String actor) {
        return new NewTask(store, TaskType.TELL_CUSTOMER_NOT_READY, SubjectType.APPOINTMENT, appointmentId, customerId, vehicleId,
                "预约准备未就绪（" + missing + "）：请立即告知客户并提供新的时间", Roles.ADVISOR, TaskPriority.HIGH, now,
                arrivalAt == null || arrivalAt.isBefore(now) ? null : arrivalAt,
                key(TaskType.TELL_CUSTOMER_NOT_READY, SubjectType.APPOINTMENT, appointmentId), actor);
    }

    /**
     * R-REP-2: the order's advisor asks the workshop about one job at once (high priority), before the
     * promised time when that comes sooner than {@code answerWithin}.
     */
    public static NewTask progressCheck(String store, UUID orderId, UUID jobId, UUID customerId, UUID vehicleId, String orderNumber,
            String jobDescription, Instant promisedAt, Duration answerWithin, Instant now, String actor) {
        Instant due = now.plus(answerWithin);
        if (promisedAt != null && promisedAt.isAfter(now) && promisedAt.isBefore(due)) {
            due = promisedAt;
        }
        return new NewTask(store, TaskType.PROGRESS_CHECK, SubjectType.REPAIR_ORDER, orderId, customerId, vehicleId,
                "进度检查（" + orderNumber + "）：" + (jobDescription.length() > 120 ? jobDescription.substring(0, 120) + "…" : jobDescription)
                        + " — 请向车间确认预计完工时间及异常", Roles.ADVISOR, TaskPriority.HIGH, now, due,
                key(TaskType.PROGRESS_CHECK, SubjectType.REPAIR_ORDER, orderId) + ":job:" + jobId, actor);
    }

    /** R-QC-4: the order's advisor is briefed that the car is ready for delivery (high priority, within the hour or by the promised time). */
    public static NewTask readyForDelivery(String store, UUID orderId, UUID customerId, UUID vehicleId, String orderNumber, String plate,
            String parkingSpot, Instant promisedAt, Instant now, String actor) {
        Instant due = now.plus(Duration.ofHours(1));
        if (promisedAt != null && promisedAt.isAfter(now) && promisedAt.isBefore(due)) {
            due = promisedAt;
        }
        return new NewTask(store, TaskType.READY_FOR_DELIVERY, SubjectType.REPAIR_ORDER, orderId, customerId, vehicleId,
                "可交车（" + orderNumber + (plate == null ? "" : " " + plate) + "）：质检通过，车辆已清洁，停放于 " + parkingSpot + " — 请准备交车并通知客户",
                Roles.ADVISOR, TaskPriority.HIGH, now, due, key(TaskType.READY_FOR_DELIVERY, SubjectType.REPAIR_ORDER, orderId), actor);
    }
}
