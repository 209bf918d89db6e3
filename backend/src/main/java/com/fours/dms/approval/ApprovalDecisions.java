package com.fours.dms.approval;

import com.fours.dms.approval.api.ApprovalApi.Choice;
import com.fours.dms.approval.api.ApprovalApi.DecisionResult;
import com.fours.dms.approval.api.ApprovalApi.InPersonRequest;
import com.fours.dms.approval.api.ApprovalApi.ItemLine;
import com.fours.dms.approval.api.ApprovalApi.LedgerLine;
import com.fours.dms.approval.api.ApprovalApi.PhoneRequest;
import com.fours.dms.approval.api.ApprovalApi.SheetItem;
import com.fours.dms.approval.api.ApprovalApi.SheetView;
import com.fours.dms.followup.TaskService;
import com.fours.dms.repairorder.SupplementaryWork;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.http.SignaturePng;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.shared.security.StoreAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * R-REP-3: the customer's decision on each supplementary item version — on the advisor's tablet
 * (signed), by phone (with the number, who consented, their words), or through the link (signed, IP
 * and browser kept) — written to the append-only ledger with what the customer was shown, and its
 * effects: approved lines join the order (the workshop may work on them), the promised time moves
 * and the customer is told, declined items are found-not-fixed on the vehicle (R-PRE-3). The items
 * are locked first, so two decisions at the same moment leave exactly one (the other gets 409).
 */
@ApplicationScoped
public class ApprovalDecisions {
    static final String ENTITY = "approval-ledger";
    static final String LINK_ACTOR = "customer-link";

    @Inject
    SupplementaryWork work;

    @Inject
    ApprovalSheets sheets;

    @Inject
    ApprovalNotices notices;

    @Inject
    TaskService tasks;

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
    Event<SupplementaryItemsDecided> decided;

    /** Everything a decision records besides the choices. {@code link} is set for a decision by link; {@code actor} null = the signed-in staff. */
    record Decision(DecisionChannel channel, Instant decidedAt, String authorizerName, AuthorizerRelation relation, String contactUsed,
            String recordedBy, String workshopTold, String customerWords, byte[] signaturePng, String device, String clientIp, String userAgent,
            ApprovalLink link, String language, String actor) {}

    /** The sheet of every item awaiting the customer's decision, for the tablet and the phone call. */
    public SheetView sheet(String store, UUID orderId) {
        access.require(store);
        SupplementaryWork.OrderFacts o = work.facts(store, orderId);
        ApprovalSheets.Built b = sheets.build(o, pending(SupplementaryItem.list("repairOrderId = ?1", o.id())));
        return new SheetView(b.sheet(), b.sha256());
    }

    /** R-REP-3 (a): decided and signed on the advisor's tablet. */
    @Transactional
    public DecisionResult inPerson(String store, UUID orderId, InPersonRequest r, String userAgent) {
        access.require(store);
        byte[] png = SignaturePng.decode(r.signaturePng(), "signaturePng");
        Instant now = clock.instant();
        Decision d = new Decision(DecisionChannel.IN_PERSON, now, r.signerName().strip(),
                r.signerRelation() == null ? AuthorizerRelation.CUSTOMER : r.signerRelation(), null, user.username(), r.workshopTold().strip(),
                blankToNull(r.note()), png, blankToNull(r.device()), null, truncate(userAgent, 500), null, null, null);
        return decide(store, orderId, r.decisions(), r.sheetHash(), d);
    }

    /** R-REP-3 (b): decided by phone; the advisor records the call. */
    @Transactional
    public DecisionResult phone(String store, UUID orderId, PhoneRequest r) {
        access.require(store);
        if (r.calledAt().isAfter(clock.instant())) {
            throw ProblemException.validation(List.of(new Violation("calledAt", "must not be in the future")));
        }
        Decision d = new Decision(DecisionChannel.PHONE, r.calledAt(), r.consentGivenBy().strip(), r.consentBy(), r.phoneNumber().strip(),
                user.username(), r.workshopTold().strip(), r.customerWords().strip(), null, null, null, null, null, null, null);
        return decide(store, orderId, r.decisions(), r.sheetHash(), d);
    }

    /**
     * The one way a decision is recorded. {@code expectedHash} is the SHA-256 of the sheet the
     * customer was shown (for a link: the link's frozen snapshot).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    DecisionResult decide(String store, UUID orderId, List<Choice> choices, String expectedHash, Decision d) {
        SupplementaryWork.OrderFacts o = work.facts(store, orderId);
        SupplementaryItems.requireWorkshop(o, "record the customer's decision");
        // Every item of the order, locked in id order: a second decision at the same moment waits here, then finds them decided.
        List<SupplementaryItem> all = SupplementaryItem.<SupplementaryItem>find("repairOrderId = ?1 order by id", o.id())
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        Map<UUID, SupplementaryItem> byId = new LinkedHashMap<>();
        all.forEach(i -> byId.put(i.id, i));
        Map<UUID, Choice> chosen = new LinkedHashMap<>();
        List<Violation> invalid = new ArrayList<>();
        for (int n = 0; n < choices.size(); n++) {
            Choice c = choices.get(n);
            SupplementaryItem i = byId.get(c.itemId());
            if (i == null) {
                throw new ProblemException(422, "unknown-reference", "Unknown reference", "No supplementary item " + c.itemId() + " on this order",
                        List.of(new Violation("decisions[" + n + "].itemId", "no such item on this order")), null);
            }
            i.awaiting(c.version());
            if (chosen.put(c.itemId(), c) != null) {
                invalid.add(new Violation("decisions[" + n + "].itemId", "appears twice"));
            }
        }
        List<SupplementaryItem> shown = d.link() == null ? pending(all)
                : d.link().itemVersions.stream().map(ref -> byId.get(ref.itemId())).toList();
        for (SupplementaryItem i : shown) {
            if (!chosen.containsKey(i.id)) {
                invalid.add(new Violation("decisions", "decide every item shown: item " + i.id + " version " + i.currentVersion + " has no decision"));
            }
        }
        chosen.keySet().stream().filter(id -> shown.stream().noneMatch(i -> i.id.equals(id)))
                .forEach(id -> invalid.add(new Violation("decisions", "item " + id + " was not on the sheet shown")));
        if (!invalid.isEmpty()) {
            throw ProblemException.validation(invalid);
        }
        ApprovalSheets.Built built = sheets.build(o, shown);
        if (!built.sha256().equals(expectedHash)) {
            throw d.link() == null
                    ? ProblemException.conflict("approval-sheet-changed", "What awaits the customer's decision changed since the sheet was shown (a new item, version, photo or price); show the sheet again")
                    : ProblemException.conflict("approval-link-outdated", "The items of this link were changed or decided since it was sent; the store will contact you");
        }
        if (d.channel() == DecisionChannel.PHONE) {
            Instant reported = shown.stream().map(i -> i.version(i.currentVersion).createdAt).max(Comparator.naturalOrder()).orElseThrow();
            if (d.decidedAt().isBefore(reported)) {
                throw ProblemException.validation(List.of(new Violation("calledAt", "is before the item (version) was reported at " + reported)));
            }
        }
        return record(o, built, shown, chosen, d);
    }

    private DecisionResult record(SupplementaryWork.OrderFacts o, ApprovalSheets.Built built, List<SupplementaryItem> shown, Map<UUID, Choice> chosen, Decision d) {
        Instant now = clock.instant();
        UUID entryId = Ids.newId(clock);
        String ref = entryId.toString();
        Map<UUID, SheetItem> sheetItems = new LinkedHashMap<>();
        built.sheet().items().forEach(s -> sheetItems.put(s.itemId(), s));
        List<SupplementaryItem> approved = shown.stream().filter(i -> chosen.get(i.id).decision() == ItemDecision.APPROVED).toList();
        List<SupplementaryItem> declined = shown.stream().filter(i -> chosen.get(i.id).decision() == ItemDecision.DECLINED).toList();
        BigDecimal before = built.sheet().authorizedCustomerPay();
        BigDecimal after = approved.stream().map(i -> sheetItems.get(i.id).addsCustomerPay()).reduce(before, BigDecimal::add);
        int minutes = approved.stream().mapToInt(i -> sheetItems.get(i.id).addsMinutes()).sum();
        String actor = d.actor();

        // Effects on the order, before the ledger so the ledger names them.
        Map<UUID, List<UUID>> lines = approved.isEmpty() ? Map.of() : work.authorize(o.storeCode(), o.id(), approved.stream()
                .map(i -> new SupplementaryWork.AuthorizedItem(i.id, i.version(i.currentVersion).lines.stream().map(ItemLine::toRequest).toList(),
                        i.inForce() == null ? List.of() : List.copyOf(i.orderLineIds), i.inForce() == null ? i.findingId : null))
                .toList(), ref, actor);
        Instant promisedAfter = minutes > 0 ? work.extendPromise(o.storeCode(), o.id(), minutes, ref, actor) : o.promisedDeliveryAt();
        Map<UUID, UUID> findings = new LinkedHashMap<>();
        for (SupplementaryItem i : declined) {
            if (i.inForce() == null) {
                SupplementaryItemVersion v = i.version(i.currentVersion);
                findings.put(i.id, i.findingId != null ? i.findingId
                        : work.declined(o.storeCode(), o.id(), v.description, v.safetyCritical, v.total, ref, actor, d.recordedBy() == null ? LINK_ACTOR : d.recordedBy()));
            }
        }
        BigDecimal totalBefore = built.sheet().authorizedTotal();
        BigDecimal totalAfter = AuthorizationPolicy.total(after, o.taxRatePercent());
        List<UUID> messages = new ArrayList<>(d.link() == null ? List.of() : d.link().messageIds);
        messages.addAll(notices.decided(o, entryId, approved.stream().map(i -> i.version(i.currentVersion).description).toList(),
                declined.stream().map(i -> i.version(i.currentVersion).description).toList(), totalAfter, promisedAfter,
                d.language() == null ? com.fours.dms.notification.NotificationTemplates.DEFAULT_LANGUAGE : d.language()));

        LedgerEntry e = new LedgerEntry();
        e.id = entryId;
        e.storeCode = o.storeCode();
        e.repairOrderId = o.id();
        e.orderNumber = o.number();
        e.channel = d.channel();
        e.decidedAt = d.decidedAt();
        e.recordedAt = now;
        e.authorizerName = d.authorizerName();
        e.authorizerRelation = d.relation();
        e.contactUsed = d.contactUsed();
        e.recordedBy = d.recordedBy();
        e.workshopTold = d.workshopTold();
        e.customerWords = d.customerWords();
        e.currency = o.currency();
        e.taxRatePercent = o.taxRatePercent();
        e.authorizedCustomerPayBefore = before;
        e.authorizedCustomerPayAfter = after;
        e.authorizedTotalBefore = totalBefore;
        e.authorizedTotalAfter = totalAfter;
        e.difference = totalAfter.subtract(totalBefore);
        e.promisedBefore = o.promisedDeliveryAt();
        e.promisedAfter = promisedAfter;
        e.extraMinutes = minutes;
        e.snapshot = d.link() == null ? built.text() : d.link().snapshot;
        e.snapshotSha256 = built.sha256();
        e.signaturePng = d.signaturePng();
        e.signatureSha256 = d.signaturePng() == null ? null : ApprovalSheets.sha256(d.signaturePng());
        e.device = d.device();
        e.clientIp = d.clientIp();
        e.userAgent = d.userAgent();
        e.linkId = d.link() == null ? null : d.link().id;
        e.messageIds = messages;
        e.persist();
        for (SupplementaryItem i : shown) {
            SupplementaryItemVersion v = i.version(i.currentVersion);
            ItemDecision decision = chosen.get(i.id).decision();
            LedgerItem li = new LedgerItem();
            li.id = Ids.newId(clock);
            li.entry = e;
            li.itemId = i.id;
            li.itemVersionId = v.id;
            li.versionNo = v.versionNo;
            li.decision = decision;
            li.description = v.description;
            li.safetyCritical = v.safetyCritical;
            li.requirement = v.requirement;
            li.extraMinutes = v.extraMinutes;
            li.customerPay = v.customerPay;
            li.lines = v.lines.stream().map(l -> new LedgerLine(l, decision)).toList();
            li.orderLineIds = lines.getOrDefault(i.id, List.of());
            li.replacedLineIds = decision == ItemDecision.APPROVED && i.inForce() != null ? List.copyOf(i.orderLineIds) : List.of();
            li.findingId = findings.get(i.id);
            li.persist();
        }

        // The items' new state, their tasks done, the link used up.
        for (SupplementaryItem i : shown) {
            String task = SupplementaryItems.taskKey(i);
            if (chosen.get(i.id).decision() == ItemDecision.APPROVED) {
                i.approved(i.currentVersion, lines.get(i.id), now);
            } else {
                i.declined(i.currentVersion, findings.get(i.id), now);
            }
            tasks.completeByKey(o.storeCode(), task, actor == null ? user.username() : actor, "customer decided (" + d.channel() + ")");
        }
        if (d.link() != null) {
            d.link().used(entryId, now);
        }
        em.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("repairOrderId", o.id().toString());
        details.put("channel", d.channel().name());
        details.put("authorizer", d.authorizerName());
        details.put("approved", approved.stream().map(i -> i.id + " v" + i.currentVersion).toList());
        details.put("declined", declined.stream().map(i -> i.id + " v" + i.currentVersion).toList());
        details.put("authorizedTotalBefore", totalBefore);
        details.put("authorizedTotalAfter", totalAfter);
        details.put("snapshotSha256", built.sha256());
        if (actor == null) {
            audit.action(o.storeCode(), ENTITY, entryId, "decision-recorded", details);
        } else {
            audit.system(o.storeCode(), ENTITY, entryId, "decision-recorded", details, actor);
        }
        decided.fire(new SupplementaryItemsDecided(o.storeCode(), o.id(), entryId, d.channel(), approved.stream().map(i -> i.id).toList(),
                declined.stream().map(i -> i.id).toList()));
        return new DecisionResult(entryId, d.channel(), approved.size(), declined.size(), o.currency(), totalAfter, e.difference, promisedAfter, d.decidedAt());
    }

    /** The items awaiting a decision, as the sheet lists them: oldest report first. */
    static List<SupplementaryItem> pending(List<SupplementaryItem> items) {
        return items.stream().filter(i -> i.status == ItemStatus.AWAITING_DECISION)
                .sorted(Comparator.comparing((SupplementaryItem i) -> i.reportedAt).thenComparing(i -> i.id)).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String truncate(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }
}
