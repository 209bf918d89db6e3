package com.fours.dms.approval;

import com.fours.dms.approval.api.ApprovalApi.DecisionResult;
import com.fours.dms.approval.api.ApprovalApi.ItemVersionRef;
import com.fours.dms.approval.api.ApprovalApi.LinkDecisionRequest;
import com.fours.dms.approval.api.ApprovalApi.LinkList;
import com.fours.dms.approval.api.ApprovalApi.LinkMessage;
import com.fours.dms.approval.api.ApprovalApi.LinkView;
import com.fours.dms.approval.api.ApprovalApi.PublicApproval;
import com.fours.dms.approval.api.ApprovalApi.SendLinkRequest;
import com.fours.dms.notification.NotificationTemplates;
import com.fours.dms.notification.Notifications;
import com.fours.dms.repairorder.SupplementaryWork;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.http.SignaturePng;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.shared.security.StoreAccess;
import com.fours.dms.store.StoreService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * R-REP-3 (c): the link a customer decides through on their phone, without a login. The token has
 * 256 random bits (SecureRandom), travels only in the message, and is kept as its SHA-256; the link
 * expires after the store's setting (default 24 h) and decides once. A used, expired, tampered or
 * other store's link gets a problem and never data; a client presenting bad tokens again and again
 * gets 429 ({@link LinkAttemptLimiter}).
 */
@ApplicationScoped
public class ApprovalLinks {
    static final String ENTITY = "approval-link";
    /** 32 bytes, base64url without padding. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SupplementaryWork work;

    @Inject
    ApprovalSheets sheets;

    @Inject
    ApprovalDecisions decisions;

    @Inject
    ApprovalNotices notices;

    @Inject
    SupplementaryItems items;

    @Inject
    Notifications notifications;

    @Inject
    LinkAttemptLimiter limiter;

    @Inject
    StoreService stores;

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

    /** The advisor sends the customer a link to every item awaiting a decision (SMS and e-mail as the customer has them). */
    @Transactional
    public LinkView send(String store, UUID orderId, SendLinkRequest req) {
        access.require(store);
        SupplementaryWork.OrderFacts o = work.facts(store, orderId);
        SupplementaryItems.requireWorkshop(o, "send an approval link");
        List<SupplementaryItem> pending = ApprovalDecisions.pending(SupplementaryItem.list("repairOrderId = ?1", o.id()));
        if (pending.isEmpty()) {
            throw ProblemException.rule("R-REP-3", "No supplementary item awaits the customer's decision on this order");
        }
        if (notices.contacts(o.customerId()).isEmpty()) {
            throw ProblemException.conflict("customer-unreachable", "The customer has neither a phone nor an e-mail address for the link; decide in person or by phone");
        }
        ApprovalSheets.Built built = sheets.build(o, pending);
        String token = token();
        Instant now = clock.instant();
        ApprovalLink l = new ApprovalLink();
        l.id = Ids.newId(clock);
        l.storeCode = store;
        l.repairOrderId = o.id();
        l.tokenSha256 = ApprovalSheets.sha256(token);
        l.language = req == null || req.language() == null ? NotificationTemplates.DEFAULT_LANGUAGE : req.language();
        l.snapshot = built.text();
        l.snapshotSha256 = built.sha256();
        l.itemVersions = pending.stream().map(i -> new ItemVersionRef(i.id, i.currentVersion)).toList();
        l.createdBy = user.username();
        l.createdAt = now;
        l.expiresAt = now.plus(Duration.ofHours(stores.approvalSettings(store).linkValidHours()));
        List<ApprovalNotices.Sent> sent = notices.link(o, l.id, token, l.language, pending.size(), l.expiresAt);
        l.recipients = sent.stream().map(s -> s.channel() + ":" + s.recipient()).toList();
        l.messageIds = sent.stream().map(ApprovalNotices.Sent::id).toList();
        l.persist();
        em.flush();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("repairOrderId", o.id().toString());
        d.put("items", l.itemVersions.stream().map(r -> r.itemId() + " v" + r.version()).toList());
        d.put("recipients", l.recipients);
        d.put("expiresAt", l.expiresAt.toString());
        d.put("snapshotSha256", l.snapshotSha256);
        audit.action(store, ENTITY, l.id, "sent", d);
        return view(l);
    }

    public LinkList list(String store, UUID orderId) {
        access.require(store);
        work.facts(store, orderId);
        return new LinkList(ApprovalLink.<ApprovalLink>list("repairOrderId = ?1 order by createdAt desc, id desc", orderId).stream().map(this::view).toList());
    }

    // ---- the customer's side (no login) ----------------------------------------------------------

    /** What the link shows, exactly as it was sent; a problem and no data for anything but an active link. */
    public PublicApproval open(String store, String token, String client) {
        ApprovalLink l = usable(store, token, client);
        return new PublicApproval(sheets.read(l.snapshot), l.expiresAt, l.language);
    }

    /** R-REP-3 (c): the customer decides each item of the link and signs; the link is used up. */
    @Transactional
    public DecisionResult decide(String store, String token, LinkDecisionRequest req, String client, String userAgent) {
        ApprovalLink l = usable(store, token, client);
        // Two taps at once on one link: the second waits here and then finds it used.
        em.lock(l, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(l);
        requireActive(l);
        byte[] png = SignaturePng.decode(req.signaturePng(), "signaturePng");
        String contact = String.join(", ", l.recipients.stream().map(r -> r.substring(r.indexOf(':') + 1)).toList());
        ApprovalDecisions.Decision d = new ApprovalDecisions.Decision(DecisionChannel.LINK, clock.instant(), req.signerName().strip(),
                AuthorizerRelation.CUSTOMER, contact.isEmpty() ? null : contact, null, "工位看板 / workshop board", null, png, null,
                ApprovalDecisions.truncate(client, 64), ApprovalDecisions.truncate(userAgent, 500), l, l.language, ApprovalDecisions.LINK_ACTOR);
        return decisions.decide(store, l.repairOrderId, req.decisions(), l.snapshotSha256, d);
    }

    /** A photo the link shows (only those in its snapshot). */
    public com.fours.dms.shared.image.StoredPhoto photo(String store, String token, UUID photoId, boolean thumbnail, String client) {
        ApprovalLink l = usable(store, token, client);
        UUID item = sheets.read(l.snapshot).items().stream().filter(i -> i.photoIds().contains(photoId)).map(i -> i.itemId()).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Photo", photoId));
        return items.photoOf(store, item, photoId, thumbnail);
    }

    /** The link for a token, or a problem: invalid (404, counts against the client), used (409), expired (410), outdated (409). */
    private ApprovalLink usable(String store, String token, String client) {
        limiter.check(client);
        ApprovalLink l = token != null && TOKEN.matcher(token).matches()
                ? ApprovalLink.<ApprovalLink>find("tokenSha256", ApprovalSheets.sha256(token)).firstResult() : null;
        if (l == null || !l.storeCode.equals(store)) {
            limiter.failed(client);
            throw new ProblemException(404, "approval-link-invalid", "Link not valid",
                    "This approval link is not valid. Please use the link from the latest message of the store, or contact your service advisor.");
        }
        requireActive(l);
        return l;
    }

    private void requireActive(ApprovalLink l) {
        if (l.usedAt != null) {
            throw new ProblemException(409, "approval-link-used", "Already decided",
                    "A decision was already given through this link; the store has it. Contact your service advisor to change it.");
        }
        if (l.expired(clock.instant())) {
            throw new ProblemException(410, "approval-link-expired", "Link expired",
                    "This approval link has expired. Contact your service advisor for a new one.");
        }
        if (outdated(l)) {
            throw new ProblemException(409, "approval-link-outdated", "Items changed",
                    "The items of this link were changed or decided since it was sent. The store will contact you.");
        }
    }

    /** The link's items are no longer all awaiting a decision at the versions it showed. */
    private static boolean outdated(ApprovalLink l) {
        List<UUID> ids = l.itemVersions.stream().map(ItemVersionRef::itemId).toList();
        Map<UUID, SupplementaryItem> now = new LinkedHashMap<>();
        SupplementaryItem.<SupplementaryItem>list("id in ?1", ids).forEach(i -> now.put(i.id, i));
        return l.itemVersions.stream().anyMatch(r -> {
            SupplementaryItem i = now.get(r.itemId());
            return i == null || i.status != ItemStatus.AWAITING_DECISION || i.currentVersion != r.version();
        });
    }

    private LinkView view(ApprovalLink l) {
        Instant now = clock.instant();
        LinkStatus status = l.usedAt != null ? LinkStatus.USED : l.expired(now) ? LinkStatus.EXPIRED : outdated(l) ? LinkStatus.OUTDATED : LinkStatus.ACTIVE;
        List<LinkMessage> messages = notifications.deliveries(l.storeCode, l.messageIds).stream()
                .map(m -> new LinkMessage(m.id(), m.channel(), m.recipient(), m.status(), m.attempts(), m.lastError(), m.sentAt())).toList();
        return new LinkView(l.id, status, l.language, l.itemVersions, messages, l.createdBy, l.createdAt, l.expiresAt, l.usedAt, l.ledgerEntryId);
    }

    static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
