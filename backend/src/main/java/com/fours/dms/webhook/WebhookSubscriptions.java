package com.fours.dms.webhook;

import com.fours.dms.events.EventFeed;
import com.fours.dms.events.EventTypes;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.persistence.ChangeFeed;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.persistence.PageRequest;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.shared.security.StoreAccess;
import com.fours.dms.webhook.api.WebhookApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Webhook subscriptions (issue 12): an integrator client subscribes in a store of its token and
 * sees only its own subscriptions (another client's is a 404, like another store's); the store's
 * service manager sees and manages all of them. Each change is audited; nothing is ever deleted.
 */
@ApplicationScoped
public class WebhookSubscriptions {
    static final String ENTITY = "webhook-subscription";

    @Inject
    StoreAccess access;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    EventFeed feed;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    /** Plain http to localhost is accepted only where this is on (tests, a developer's machine). */
    @ConfigProperty(name = "dms.webhooks.allow-http-localhost", defaultValue = "false")
    boolean allowHttpLocalhost;

    @Transactional
    public WebhookApi.Created create(String store, WebhookApi.CreateRequest req) {
        access.require(store);
        String client = user.clientId();
        if (!user.isIntegrator() || client == null) {
            throw new ProblemException(403, "integrator-only", "Forbidden", "Only an integrator client (client credentials) subscribes to webhooks; it owns the subscription.");
        }
        List<Violation> v = new ArrayList<>();
        String url = req == null ? null : req.url();
        checkUrl(url, v);
        Set<String> types = new LinkedHashSet<>();
        if (req == null || req.eventTypes() == null || req.eventTypes().isEmpty()) {
            v.add(new Violation("eventTypes", "name at least one event type"));
        } else {
            for (int i = 0; i < req.eventTypes().size(); i++) {
                String t = req.eventTypes().get(i);
                if (t == null || !EventTypes.ALL.contains(t)) {
                    v.add(new Violation("eventTypes[" + i + "]", "is not an event type: " + String.join(", ", EventTypes.ALL)));
                } else if (!types.add(t)) {
                    v.add(new Violation("eventTypes[" + i + "]", "is named twice"));
                }
            }
        }
        if (req != null && req.description() != null && req.description().length() > 300) {
            v.add(new Violation("description", "at most 300 characters"));
        }
        if (!v.isEmpty()) {
            throw ProblemException.validation(v);
        }
        Instant now = clock.instant();
        WebhookSubscription s = new WebhookSubscription();
        s.id = Ids.newId(clock);
        s.storeCode = store;
        s.clientId = client;
        s.url = url;
        s.description = req.description() == null || req.description().isBlank() ? null : req.description().strip();
        s.eventTypes = types.toArray(String[]::new);
        s.secret = WebhookSignature.newSecret();
        s.status = WebhookSubscription.Status.ACTIVE;
        s.lastSequence = feed.lastSequenceOf(store); // the events from now on
        s.createdAt = now;
        s.createdBy = user.username();
        s.updatedAt = now;
        s.persist();
        WebhookApi.View view = view(s);
        audit.created(store, ENTITY, s.id, view);
        return new WebhookApi.Created(view, s.secret);
    }

    private void checkUrl(String url, List<Violation> v) {
        if (url == null || url.isBlank()) {
            v.add(new Violation("url", "is required"));
            return;
        }
        if (url.length() > 2000) {
            v.add(new Violation("url", "at most 2000 characters"));
            return;
        }
        try {
            URI u = new URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            boolean local = "localhost".equals(u.getHost()) || "127.0.0.1".equals(u.getHost());
            if (u.getHost() == null || u.getHost().isBlank()) {
                v.add(new Violation("url", "is not an absolute URL with a host"));
            } else if (u.getUserInfo() != null) {
                v.add(new Violation("url", "must not carry credentials"));
            } else if (!"https".equals(scheme) && !("http".equals(scheme) && local && allowHttpLocalhost)) {
                v.add(new Violation("url", "must be https"));
            }
        } catch (java.net.URISyntaxException e) {
            v.add(new Violation("url", "is not a URL"));
        }
    }

    /**
     * The caller's subscriptions (an integrator's own client's, the manager all of the store's), oldest
     * first; with {@code updatedSince}, the change feed: each one again whenever it changed (paused after
     * failing, resumed, deleted …), in commit order.
     */
    public WebhookApi.Page list(String store, String updatedSince, String cursor, Integer limit) {
        access.require(store);
        ChangeFeed feed = ChangeFeed.of(updatedSince, cursor, limit);
        Map<String, Object> p = feed == null ? new HashMap<>() : feed.parameters();
        StringBuilder q = new StringBuilder("storeCode = :store");
        p.put("store", store);
        if (user.isIntegrator()) {
            q.append(" and clientId = :client");
            p.put("client", user.clientId());
        }
        if (feed != null) {
            List<WebhookSubscription> rows = WebhookSubscription.<WebhookSubscription>find(q + " and " + feed.condition("updatedAt") + ChangeFeed.ORDER, p)
                    .page(0, feed.fetch()).list();
            var changed = feed.page(rows, s -> s.changeSeq, WebhookSubscriptions::view, em, "webhook_subscription", store);
            return new WebhookApi.Page(changed.items(), changed.nextCursor(), changed.syncCursor());
        }
        PageRequest page = PageRequest.of(cursor, limit);
        p.put("after", after(page));
        List<WebhookSubscription> rows = WebhookSubscription.<WebhookSubscription>find(q + " and id > :after order by id", p).page(0, page.fetch()).list();
        var found = page.page(rows, s -> s.id, WebhookSubscriptions::view);
        return new WebhookApi.Page(found.items(), found.nextCursor(), null);
    }

    public WebhookApi.View get(String store, UUID id) {
        return view(visible(store, id));
    }

    @Transactional
    public WebhookApi.View pause(String store, UUID id) {
        WebhookSubscription s = visible(store, id);
        if (s.status != WebhookSubscription.Status.ACTIVE) {
            throw ProblemException.conflict("webhook-not-active", "Only an active subscription can be paused; this one is " + s.status + ".");
        }
        WebhookApi.View before = view(s);
        s.pause("paused by " + user.username(), user.username(), false, clock.instant());
        return changed(s, "paused", before);
    }

    /** Resumed: what waited meanwhile is sent, and deliveries that had given up are tried again with a fresh window. */
    @Transactional
    public WebhookApi.View resume(String store, UUID id) {
        WebhookSubscription s = visible(store, id);
        if (s.status != WebhookSubscription.Status.PAUSED) {
            throw ProblemException.conflict("webhook-not-paused", "Only a paused subscription can be resumed; this one is " + s.status + ".");
        }
        WebhookApi.View before = view(s);
        Instant now = clock.instant();
        s.resume(now);
        WebhookDelivery.<WebhookDelivery>list("subscriptionId = ?1 and status = ?2", s.id, WebhookDelivery.Status.FAILED).forEach(d -> d.replay(now));
        return changed(s, "resumed", before);
    }

    /** Deactivated for good (the row and its log stay; nothing is sent any more). */
    @Transactional
    public void deactivate(String store, UUID id) {
        WebhookSubscription s = visible(store, id);
        if (s.status == WebhookSubscription.Status.DELETED) {
            return;
        }
        WebhookApi.View before = view(s);
        s.deactivate(clock.instant());
        changed(s, "deleted", before);
    }

    /**
     * The subscription's delivery log, oldest first; with {@code updatedSince}, the change feed: each
     * delivery again after every attempt, delivery, give-up or replay, in commit order.
     */
    public WebhookApi.DeliveryPage deliveries(String store, UUID id, String updatedSince, String cursor, Integer limit) {
        WebhookSubscription s = visible(store, id);
        ChangeFeed feed = ChangeFeed.of(updatedSince, cursor, limit);
        if (feed != null) {
            Map<String, Object> p = feed.parameters();
            p.put("subscription", s.id);
            List<WebhookDelivery> rows = WebhookDelivery.<WebhookDelivery>find("subscriptionId = :subscription and " + feed.condition("updatedAt") + ChangeFeed.ORDER, p)
                    .page(0, feed.fetch()).list();
            Map<UUID, List<WebhookApi.Attempt>> log = attempts(rows);
            var changed = feed.page(rows, d -> d.changeSeq, d -> delivery(d, log.getOrDefault(d.id, List.of())), em, "webhook_delivery", store);
            return new WebhookApi.DeliveryPage(changed.items(), changed.nextCursor(), changed.syncCursor());
        }
        PageRequest page = PageRequest.of(cursor, limit);
        List<WebhookDelivery> rows = WebhookDelivery.<WebhookDelivery>find("subscriptionId = ?1 and id > ?2 order by id", s.id, after(page))
                .range(0, page.fetch() - 1).list();
        Map<UUID, List<WebhookApi.Attempt>> log = attempts(rows);
        var p = page.page(rows, d -> d.id, d -> delivery(d, log.getOrDefault(d.id, List.of())));
        return new WebhookApi.DeliveryPage(p.items(), p.nextCursor(), null);
    }

    /** Every attempt of these deliveries (at most a page of them), oldest first, in one query. */
    private static Map<UUID, List<WebhookApi.Attempt>> attempts(List<WebhookDelivery> rows) {
        Map<UUID, List<WebhookApi.Attempt>> log = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            WebhookAttempt.<WebhookAttempt>list("deliveryId in ?1 order by attemptedAt, id", rows.stream().map(d -> d.id).toList())
                    .forEach(a -> log.computeIfAbsent(a.deliveryId, k -> new ArrayList<>())
                            .add(new WebhookApi.Attempt(a.attemptedAt, a.statusCode, a.durationMs, a.error)));
        }
        return log;
    }

    /** Sends the delivery again from now (whatever its state), with a fresh retry window; it keeps its place in its subject's order. */
    @Transactional
    public WebhookApi.Delivery replay(String store, UUID id, UUID deliveryId) {
        WebhookSubscription s = visible(store, id);
        if (s.status == WebhookSubscription.Status.DELETED) {
            throw ProblemException.conflict("webhook-deleted", "The subscription was deleted; nothing is sent for it any more.");
        }
        WebhookDelivery d = WebhookDelivery.findById(deliveryId);
        if (d == null || !d.subscriptionId.equals(s.id)) {
            throw ProblemException.notFound("WebhookDelivery", deliveryId);
        }
        String from = d.status.name();
        d.replay(clock.instant());
        audit.action(store, "webhook-delivery", d.id, "replayed", Map.of("subscription", s.id.toString(), "from", from));
        return delivery(d, List.of());
    }

    /** The subscription, if the caller may see it: the store's manager sees all, an integrator only its own client's. */
    private WebhookSubscription visible(String store, UUID id) {
        WebhookSubscription s = access.owned(store, WebhookSubscription.<WebhookSubscription>findById(id), x -> x.storeCode, "WebhookSubscription", id);
        if (user.isIntegrator() && !s.clientId.equals(user.clientId())) {
            throw ProblemException.notFound("WebhookSubscription", id);
        }
        return s;
    }

    private WebhookApi.View changed(WebhookSubscription s, String action, WebhookApi.View before) {
        WebhookApi.View after = view(s);
        audit.changed(s.storeCode, ENTITY, s.id, action, before, after);
        return after;
    }

    private static UUID after(PageRequest page) {
        UUID after = page.after();
        return after == null ? new UUID(0, 0) : after;
    }

    static WebhookApi.View view(WebhookSubscription s) {
        return new WebhookApi.View(s.id, s.storeCode, s.clientId, s.url, s.description, List.of(s.eventTypes), s.status.name(), s.pausedReason,
                s.createdAt, s.updatedAt, s.pausedAt, s.pausedBy, s.pausedForFailing, s.failingSince, s.consecutiveFailures);
    }

    static WebhookApi.Delivery delivery(WebhookDelivery d, List<WebhookApi.Attempt> log) {
        return new WebhookApi.Delivery(d.id, d.eventId, d.eventType, d.sequence, d.subjectId, d.status.name(), d.attempts,
                d.status == WebhookDelivery.Status.PENDING ? d.nextAttemptAt : null, d.deliveredAt, d.lastStatusCode, d.lastError, log, d.updatedAt);
    }
}
