package com.fours.dms.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fours.dms.events.EventFeed;
import com.fours.dms.followup.NewTask;
import com.fours.dms.followup.SubjectType;
import com.fours.dms.followup.TaskPriority;
import com.fours.dms.followup.TaskService;
import com.fours.dms.followup.TaskType;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Delivers webhooks from the store's domain-event feed (issue 12), on a schedule, never from a
 * request. Each run first copies, for every subscription that is not deleted, the committed events
 * of its types after its cursor into deliveries (the subscription row locked {@code for update
 * skip locked}, so two instances never copy the same events; a unique key makes a repeat harmless).
 * Then it claims due deliveries with a lease ({@code for update skip locked}) whose subject has no
 * earlier undelivered event in the same subscription, so a later event of a subject never
 * overtakes an earlier one that is failing; POSTs each outside any transaction, signed per Standard
 * Webhooks, with a timeout; and records the attempt. A failure is retried after an exponential
 * backoff ({@code dms.webhooks.backoff} × 2^(attempts-1), at most {@code dms.webhooks.max-backoff},
 * with jitter between half and all of it) until {@code dms.webhooks.retry-window} (24 h) since its
 * first attempt has passed; then the delivery gives up, the subscription is paused and the store's
 * service manager gets a task. Times come from the injected Clock.
 */
@ApplicationScoped
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    static final String ACTOR = "system:webhooks";

    public enum Outcome { DELIVERED, RETRY, GAVE_UP, LOST_LEASE }

    @Inject
    EntityManager em;

    @Inject
    EventFeed feed;

    @Inject
    TaskService tasks;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @ConfigProperty(name = "dms.webhooks.backoff", defaultValue = "PT30S")
    Duration backoff;

    @ConfigProperty(name = "dms.webhooks.max-backoff", defaultValue = "PT2H")
    Duration maxBackoff;

    @ConfigProperty(name = "dms.webhooks.retry-window", defaultValue = "PT24H")
    Duration window;

    @ConfigProperty(name = "dms.webhooks.timeout", defaultValue = "PT10S")
    Duration timeout;

    @ConfigProperty(name = "dms.webhooks.lease", defaultValue = "PT2M")
    Duration lease;

    @ConfigProperty(name = "dms.webhooks.batch-size", defaultValue = "50")
    int batchSize;

    private HttpClient http;

    @jakarta.annotation.PostConstruct
    void client() {
        http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(every = "${dms.webhooks.every:10s}", delayed = "${dms.jobs.delay:30s}", identity = "webhook-dispatcher",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = com.fours.dms.shared.time.ScheduledJobsDisabled.class)
    void run() {
        Map<Outcome, Integer> done = dispatch();
        if (!done.isEmpty()) {
            LOG.infof("webhooks: %s", done);
        }
    }

    /** One run: queue new events, then deliver what is due, round after round while there is some (each round one event per subject). */
    @jakarta.enterprise.context.control.ActivateRequestContext
    public Map<Outcome, Integer> dispatch() {
        return dispatch(null);
    }

    /**
     * The same run limited to one store's subscriptions ({@code null}: every store). Lets a store's
     * deliveries be driven on their own, e.g. by a test, without waiting behind other stores' failing receivers.
     */
    @jakarta.enterprise.context.control.ActivateRequestContext
    public Map<Outcome, Integer> dispatch(String storeCode) {
        queue(storeCode);
        Map<Outcome, Integer> done = new EnumMap<>(Outcome.class);
        for (int round = 0; round < 20; round++) {
            UUID token = UUID.randomUUID();
            List<UUID> claimed = claim(token, storeCode);
            if (claimed.isEmpty()) {
                break;
            }
            for (UUID id : claimed) {
                done.merge(deliver(token, id), 1, Integer::sum);
            }
        }
        return done;
    }

    /** Copies the new events of every live subscription into its deliveries. */
    void queue(String storeCode) {
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select s.id from WebhookSubscription s where s.status <> ?1 and (?2 = '' or s.storeCode = ?2) order by s.id", UUID.class)
                .setParameter(1, WebhookSubscription.Status.DELETED).setParameter(2, storeCode == null ? "" : storeCode).getResultList());
        for (UUID id : ids) {
            boolean more = true;
            for (int i = 0; more && i < 20; i++) {
                more = QuarkusTransaction.requiringNew().call(() -> queueOne(id));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private boolean queueOne(UUID id) {
        List<UUID> locked = em.createNativeQuery("select id from webhook_subscription where id = ?1 and status <> 'DELETED' for update skip locked")
                .setParameter(1, id).getResultList();
        if (locked.isEmpty()) {
            return false; // another instance is copying it right now, or it was deleted
        }
        WebhookSubscription s = em.find(WebhookSubscription.class, id);
        em.refresh(s);
        List<EventFeed.Committed> events = feed.committedAfter(s.storeCode, s.lastSequence, List.of(s.eventTypes), batchSize);
        Instant now = clock.instant();
        for (EventFeed.Committed e : events) {
            em.createNativeQuery("""
                    insert into webhook_delivery (id, subscription_id, store_code, event_id, sequence, event_type, subject_id, body, status,
                        attempts, window_started_at, next_attempt_at, updated_at)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'PENDING', 0, ?9, ?9, ?9)
                    on conflict (subscription_id, event_id) do nothing""")
                    .setParameter(1, Ids.newId(clock)).setParameter(2, s.id).setParameter(3, s.storeCode).setParameter(4, e.id())
                    .setParameter(5, e.sequence()).setParameter(6, e.type()).setParameter(7, e.subjectId()).setParameter(8, envelope(e))
                    .setParameter(9, now).executeUpdate();
            s.advanceTo(e.sequence());
        }
        return events.size() == batchSize;
    }

    /** The body integrators receive: the event's envelope and its facts under {@code data}. */
    String envelope(EventFeed.Committed e) {
        try {
            ObjectNode n = mapper.createObjectNode();
            n.put("id", e.id().toString());
            n.put("type", e.type());
            n.put("sequence", e.sequence());
            n.put("occurredAt", e.occurredAt().toString());
            n.put("store", e.store());
            n.put("subjectType", e.subjectType());
            n.put("subjectId", e.subjectId().toString());
            if (e.repairOrderId() == null) {
                n.putNull("repairOrderId");
            } else {
                n.put("repairOrderId", e.repairOrderId().toString());
            }
            n.set("data", mapper.readTree(e.payload()));
            return mapper.writeValueAsString(n);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("event " + e.id() + " cannot be written as a webhook body", ex);
        }
    }

    /** Leases up to a batch of due deliveries of active subscriptions whose subject has no earlier undelivered event. */
    @SuppressWarnings("unchecked")
    List<UUID> claim(UUID token, String storeCode) {
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                update webhook_delivery d set claimed_until = ?2, claim_token = ?3
                where d.id in (select w.id from webhook_delivery w join webhook_subscription s on s.id = w.subscription_id
                               where w.status = 'PENDING' and w.next_attempt_at <= ?1 and s.status = 'ACTIVE'
                                 and (?5 = '' or w.store_code = ?5)
                                 and (w.claimed_until is null or w.claimed_until <= ?1)
                                 and not exists (select 1 from webhook_delivery e
                                                 where e.subscription_id = w.subscription_id and e.subject_id = w.subject_id
                                                   and e.status <> 'DELIVERED' and e.sequence < w.sequence)
                               order by w.sequence limit ?4 for update of w skip locked)
                returning d.id""")
                .setParameter(1, now).setParameter(2, now.plus(lease)).setParameter(3, token).setParameter(4, batchSize)
                .setParameter(5, storeCode == null ? "" : storeCode).getResultList());
    }

    record Target(String url, String secret, UUID eventId, String body) {}

    private Outcome deliver(UUID token, UUID id) {
        Target t = QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery d = em.find(WebhookDelivery.class, id);
            WebhookSubscription s = em.find(WebhookSubscription.class, d.subscriptionId);
            return new Target(s.url, s.secret, d.eventId, d.body);
        });
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        Integer status = null;
        String error = null;
        try {
            long ts = started.getEpochSecond();
            HttpRequest req = HttpRequest.newBuilder(URI.create(t.url())).timeout(timeout)
                    .header("content-type", "application/json")
                    .header("user-agent", "dms-webhooks/1")
                    .header("webhook-id", t.eventId().toString())
                    .header("webhook-timestamp", Long.toString(ts))
                    .header("webhook-signature", WebhookSignature.sign(t.secret(), t.eventId().toString(), ts, t.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(t.body())).build();
            HttpResponse<Void> res = http.send(req, HttpResponse.BodyHandlers.discarding());
            status = res.statusCode();
            if (status < 200 || status > 299) {
                error = "HTTP " + status;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Integer code = status;
        String failure = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
        return QuarkusTransaction.requiringNew().call(() -> record(token, id, started, code, ms, failure));
    }

    private Outcome record(UUID token, UUID id, Instant at, Integer status, long ms, String error) {
        WebhookDelivery d = em.find(WebhookDelivery.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (!d.claimedBy(token)) {
            LOG.warnf("webhooks: lease on delivery %s ran out before its answer was recorded", id);
            return Outcome.LOST_LEASE;
        }
        WebhookAttempt a = new WebhookAttempt();
        a.id = Ids.newId(clock);
        a.deliveryId = id;
        a.attemptedAt = at;
        a.statusCode = status;
        a.durationMs = ms;
        a.error = error;
        a.persist();
        Instant now = clock.instant();
        WebhookSubscription s = em.find(WebhookSubscription.class, d.subscriptionId, LockModeType.PESSIMISTIC_WRITE);
        if (error == null) {
            d.delivered(status, now);
            s.attemptSucceeded(now);
            return Outcome.DELIVERED;
        }
        s.attemptFailed(now);
        Instant end = d.windowStartedAt.plus(window);
        if (!now.isBefore(end)) {
            d.gaveUp(status, error, now);
            audit.system(d.storeCode, "webhook-delivery", d.id, "gave-up", Map.of("attempts", d.attempts, "error", error), ACTOR);
            if (s.status == WebhookSubscription.Status.ACTIVE) {
                String reason = "kept failing for " + window.toHours() + " h: " + error;
                s.pause(reason, ACTOR, true, now);
                audit.system(s.storeCode, WebhookSubscriptions.ENTITY, s.id, "paused", Map.of("reason", reason, "delivery", d.id.toString()), ACTOR);
                tasks.open(new NewTask(s.storeCode, TaskType.WEBHOOK_FAILING, SubjectType.WEBHOOK_SUBSCRIPTION, s.id, null, null,
                        "Webhook 订阅连续失败已暂停（" + s.clientId + "）：请与对接方修复接收地址后恢复 / Webhook paused after failing: " + host(s.url),
                        Roles.SERVICE_MANAGER, TaskPriority.HIGH, now, null,
                        NewTask.key(TaskType.WEBHOOK_FAILING, SubjectType.WEBHOOK_SUBSCRIPTION, s.id) + ":" + d.id, ACTOR));
            }
            return Outcome.GAVE_UP;
        }
        Instant next = now.plus(delay(d.attempts + 1));
        d.retryAt(status, error, next.isAfter(end) ? end : next, now);
        return Outcome.RETRY;
    }

    /** The wait after the n-th failed attempt: backoff × 2^(n-1), at most max-backoff, with jitter between half and all of it. */
    Duration delay(int attempt) {
        Duration full = backoff.multipliedBy(1L << Math.min(attempt - 1, 20));
        if (full.compareTo(maxBackoff) > 0) {
            full = maxBackoff;
        }
        long ms = full.toMillis();
        return Duration.ofMillis(ms / 2 + ThreadLocalRandom.current().nextLong(ms / 2 + 1));
    }

    private static String host(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return "?";
        }
    }
}
