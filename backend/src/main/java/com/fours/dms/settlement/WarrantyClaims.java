package com.fours.dms.settlement;

import com.fours.dms.repairorder.PayType;
import com.fours.dms.settlement.api.WarrantyClaimApi.*;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.persistence.Cursor;
import com.fours.dms.shared.persistence.Page;
import com.fours.dms.shared.persistence.PageRequest;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.shared.security.StoreAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Warranty claims (issue 10, R-CHK-7): a bill's warranty lines are claimed from the manufacturer
 * with the op code, the causal part, the labour hours and links to the photos; the claim moves
 * DRAFT → SUBMITTED → ACCEPTED | REJECTED by named transitions, each audited. The bill's
 * customer part is paid, released and delivered meanwhile: the claim never holds the car.
 */
@ApplicationScoped
public class WarrantyClaims {
    static final String ENTITY = "warranty-claim";

    @Inject
    EntityManager em;

    @Inject
    StoreAccess access;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The store's claims, the newest first, in keyset pages on (created at, exact; id): never cut short. */
    public ClaimList list(String store, WarrantyClaimStatus status, PageRequest page) {
        access.require(store);
        StringBuilder q = new StringBuilder("storeCode = :store");
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("store", store);
        if (status != null) {
            q.append(" and status = :status");
            p.put("status", status);
        }
        if (page.cursor() != null) {
            q.append(" and (createdAt < :ca or (createdAt = :ca and id > :cid))");
            p.put("ca", page.cursor().exactInstantKey());
            p.put("cid", page.cursor().id());
        }
        List<WarrantyClaim> rows = WarrantyClaim.<WarrantyClaim>find(q + " order by createdAt desc, id", p).page(0, page.fetch()).list();
        Page<ClaimView> found = page.pageByKey(rows, c -> Cursor.afterExactly(c.createdAt, c.id), this::view);
        return new ClaimList(found.items(), found.nextCursor());
    }

    public ClaimView get(String store, UUID id) {
        access.require(store);
        return view(find(store, id));
    }

    /** A draft claim for the warranty lines of a final bill; details left out are taken from those lines. */
    @Transactional
    public ClaimView open(String store, UUID settlementId, ClaimRequest req) {
        access.require(store);
        Settlement s = Settlement.findById(settlementId);
        if (s == null || !s.storeCode.equals(store)) {
            throw ProblemException.notFound("Settlement", settlementId);
        }
        if (s.status == SettlementStatus.DRAFT || s.status == SettlementStatus.VOID) {
            throw new ProblemException(422, WarrantyClaim.RULE, "Refused by business rule " + WarrantyClaim.RULE,
                    "The bill is " + s.status + "; a warranty claim is opened for a finalised bill");
        }
        List<SettlementLine> lines = warrantyLines(s);
        if (lines.isEmpty()) {
            throw new ProblemException(422, WarrantyClaim.RULE, "Refused by business rule " + WarrantyClaim.RULE, "The bill has no warranty line to claim");
        }
        if (WarrantyClaim.count("settlementId", settlementId) > 0) {
            throw ProblemException.conflict("warranty-claim-exists", "The bill has a warranty claim");
        }
        Instant now = clock.instant();
        WarrantyClaim c = new WarrantyClaim();
        c.id = UUID.randomUUID();
        c.storeCode = store;
        c.settlementId = s.id;
        c.repairOrderId = s.repairOrderId;
        c.orderNumber = s.orderNumber;
        c.billNumber = s.number;
        c.status = WarrantyClaimStatus.DRAFT;
        c.claimedAmount = lines.stream().map(l -> l.amount).reduce(SettlementMoney.ZERO, BigDecimal::add);
        c.createdBy = user.username();
        c.createdAt = now;
        c.updatedAt = now;
        ClaimRequest r = req == null ? new ClaimRequest(null, null, null, null, null) : req;
        String op = r.opCode() != null ? r.opCode() : lines.stream().filter(l -> l.kind == BillLineKind.LABOUR && l.code != null).map(l -> l.code).findFirst().orElse(null);
        String part = r.causalPart() != null ? r.causalPart()
                : lines.stream().filter(l -> l.kind == BillLineKind.MATERIAL && l.code != null).map(l -> l.code).findFirst().orElse(null);
        BigDecimal hours = r.labourHours() != null ? r.labourHours()
                : lines.stream().filter(l -> l.kind == BillLineKind.LABOUR).map(l -> l.quantity).reduce(SettlementMoney.ZERO, BigDecimal::add);
        c.edit(blankToNull(op), blankToNull(part), SettlementMoney.money(hours), r.photoLinks() == null ? List.of() : r.photoLinks(), blankToNull(r.notes()), now);
        try {
            c.persist();
            em.flush();
        } catch (PersistenceException e) {
            throw ProblemException.conflict("warranty-claim-exists", "The bill has a warranty claim");
        }
        audit.created(store, ENTITY, c.id, Map.of("settlementId", s.id, "claimedAmount", c.claimedAmount, "lines", lines.size()));
        return view(c);
    }

    @Transactional
    public ClaimView edit(String store, UUID id, long expected, ClaimRequest req) {
        WarrantyClaim c = locked(store, id, expected);
        c.edit(blankToNull(req.opCode()), blankToNull(req.causalPart()), req.labourHours() == null ? null : SettlementMoney.money(req.labourHours()),
                req.photoLinks() == null ? List.of() : req.photoLinks(), blankToNull(req.notes()), clock.instant());
        return saved(c, "edited", Map.of("opCode", String.valueOf(c.opCode), "causalPart", String.valueOf(c.causalPart)));
    }

    @Transactional
    public ClaimView submit(String store, UUID id, long expected, SubmitRequest req) {
        WarrantyClaim c = locked(store, id, expected);
        c.submit(req == null ? null : blankToNull(req.claimReference()), user.username(), clock.instant());
        return saved(c, "submitted", Map.of("claimedAmount", c.claimedAmount, "claimReference", String.valueOf(c.claimReference)));
    }

    @Transactional
    public ClaimView accept(String store, UUID id, long expected, AcceptRequest req) {
        WarrantyClaim c = locked(store, id, expected);
        BigDecimal paid = SettlementMoney.money(req.paidAmount());
        if (paid.compareTo(c.claimedAmount) > 0) {
            throw ProblemException.validation(List.of(new Violation("paidAmount", "at most what was claimed, " + c.claimedAmount)));
        }
        c.accept(paid, blankToNull(req.reason()), user.username(), clock.instant());
        return saved(c, "accepted", Map.of("paidAmount", paid, "claimedAmount", c.claimedAmount));
    }

    @Transactional
    public ClaimView reject(String store, UUID id, long expected, RejectRequest req) {
        WarrantyClaim c = locked(store, id, expected);
        c.reject(req.reason().strip(), user.username(), clock.instant());
        return saved(c, "rejected", Map.of("reason", c.decisionReason));
    }

    private static List<SettlementLine> warrantyLines(Settlement s) {
        return s.lines.stream().filter(l -> l.payType == PayType.WARRANTY).toList();
    }

    private WarrantyClaim find(String store, UUID id) {
        WarrantyClaim c = WarrantyClaim.findById(id);
        if (c == null || !c.storeCode.equals(store)) {
            throw ProblemException.notFound("Warranty claim", id);
        }
        return c;
    }

    private WarrantyClaim locked(String store, UUID id, long expected) {
        access.require(store);
        WarrantyClaim c = em.find(WarrantyClaim.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !c.storeCode.equals(store)) {
            throw ProblemException.notFound("Warranty claim", id);
        }
        ETags.check(expected, c.version);
        return c;
    }

    private ClaimView saved(WarrantyClaim c, String action, Map<String, ?> details) {
        em.flush();
        Map<String, Object> d = new LinkedHashMap<>(details);
        d.put("status", c.status);
        audit.action(c.storeCode, ENTITY, c.id, action, d);
        return view(c);
    }

    ClaimView view(WarrantyClaim c) {
        Settlement s = Settlement.findById(c.settlementId);
        List<ClaimLine> lines = warrantyLines(s).stream().map(l -> new ClaimLine(l.id, l.kind.name(), l.code, l.description, l.quantity, l.amount)).toList();
        return new ClaimView(c.id, c.settlementId, c.repairOrderId, c.orderNumber, c.billNumber, c.status, c.opCode, c.causalPart, c.labourHours, c.claimedAmount,
                lines, List.copyOf(c.photoLinks), c.notes, c.claimReference, c.paidAmount, c.decisionReason, c.submittedBy, c.submittedAt, c.decidedBy,
                c.decidedAt, c.createdBy, c.createdAt, c.availableActions(), c.version);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
