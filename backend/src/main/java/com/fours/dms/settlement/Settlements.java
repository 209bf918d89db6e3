package com.fours.dms.settlement;

import com.fours.dms.approval.AuthorizationPolicy;
import com.fours.dms.approval.Authorizations;
import com.fours.dms.approval.api.ApprovalApi;
import com.fours.dms.repairorder.LineKind;
import com.fours.dms.repairorder.PayType;
import com.fours.dms.repairorder.RepairOrderStatus;
import com.fours.dms.repairorder.SettlementOrders;
import com.fours.dms.settlement.api.SettlementApi.*;
import com.fours.dms.receivable.Receivables;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.http.SignaturePng;
import com.fours.dms.shared.persistence.ConstraintViolations;
import com.fours.dms.shared.persistence.Page;
import com.fours.dms.shared.persistence.PageRequest;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.shared.security.StoreAccess;
import com.fours.dms.store.StoreService;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Settlement and delivery (issue 10): the statement drawn up from a ready-for-delivery order, the
 * R-DEL-1 gate against the customer's authorization, discounts within the limit or by the service
 * manager (R-DEL-2), finalisation with a gap-free number, payments by several tenders with the
 * appointment's deposit (R-DEL-3), void and refund, fapiao, the release note (R-DEL-4) and the
 * advisor's delivery checklist that closes the order (R-DEL-5, R-REP-4). Every change is audited.
 */
@ApplicationScoped
public class Settlements {
    static final String ENTITY = "settlement";

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

    @Inject
    SettlementOrders orders;

    @Inject
    Authorizations authorizations;

    @Inject
    StoreService stores;

    @Inject
    SettlementSettings settings;

    @Inject
    SettlementNumbers numbers;

    @Inject
    DepositSource deposits;

    @Inject
    FapiaoIssuer fapiao;

    @Inject
    ObjectMapper mapper;

    @Inject
    Event<SettlementFinalised> finalised;

    @Inject
    Receivables receivables;

    // ---- reading ----------------------------------------------------------------------------

    public Queue queue(String store, PageRequest page) {
        Page<SettlementOrders.Order> found = orders.awaitingSettlement(store, page);
        List<SettlementOrders.Order> ready = found.items();
        Map<UUID, Settlement> bills = new HashMap<>();
        if (!ready.isEmpty()) {
            Settlement.<Settlement>list("storeCode = ?1 and repairOrderId in ?2 and status <> ?3", store, ready.stream().map(SettlementOrders.Order::id).toList(),
                    SettlementStatus.VOID).forEach(s -> bills.put(s.repairOrderId, s));
        }
        return new Queue(ready.stream().map(o -> {
            Settlement s = bills.get(o.id());
            return new QueueItem(o.id(), o.number(), o.status(), o.plate(), o.model(), s == null ? null : s.id, s == null ? null : s.status,
                    s == null ? null : s.number, s == null ? null : s.balance());
        }).toList(), found.nextCursor());
    }

    public View get(String store, UUID id) {
        return view(load(store, id));
    }

    /** The bills the service manager has to look at: discount requests waiting, and drafts blocked by R-DEL-1. */
    public Inbox inbox(String store) {
        access.require(store);
        List<InboxItem> items = new ArrayList<>();
        for (Settlement s : Settlement.<Settlement>list("storeCode = ?1 and status = ?2 order by createdAt, id", store, SettlementStatus.DRAFT)) {
            s.discounts.stream().filter(d -> d.status == DiscountStatus.PENDING)
                    .forEach(d -> items.add(new InboxItem(s.id, s.repairOrderId, s.orderNumber, "DISCOUNT", discount(d), null)));
            Gate g = gate(s, authorizations.status(store, s.repairOrderId));
            if (g.blocked()) {
                items.add(new InboxItem(s.id, s.repairOrderId, s.orderNumber, "OVER_AUTHORIZATION", null, g));
            }
        }
        return new Inbox(items);
    }

    // ---- the statement ----------------------------------------------------------------------

    /** R-DEL-1: the statement of a ready-for-delivery order: the signed estimate and the approved supplementary items, itemised. */
    @Transactional
    public View draw(String store, UUID orderId) {
        SettlementOrders.Order o = orders.order(store, orderId);
        if (o.status() != RepairOrderStatus.READY_FOR_DELIVERY) {
            throw ProblemException.rule("R-DEL-1", "The order is " + o.status() + "; a bill is drawn up for an order ready for delivery");
        }
        if (Settlement.count("repairOrderId = ?1 and status <> ?2", orderId, SettlementStatus.VOID) > 0) {
            throw ProblemException.conflict("settlement-exists", "The order has a bill; void it to draw up a new one");
        }
        SettingsView cfg = settings.of(store);
        Instant now = clock.instant();
        Settlement s = new Settlement();
        s.id = UUID.randomUUID();
        s.storeCode = store;
        s.repairOrderId = o.id();
        s.orderNumber = o.number();
        s.status = SettlementStatus.DRAFT;
        s.currency = o.currency();
        s.pricesIncludeVat = cfg.pricesIncludeVat();
        s.taxRatePercent = o.taxRatePercent();
        s.discountLimitPercent = cfg.discountLimitPercent();
        s.discountLimitAmount = cfg.discountLimitAmount();
        s.appointmentId = o.appointmentId();
        s.createdBy = user.username();
        s.createdAt = now;
        s.updatedAt = now;
        int position = 0;
        for (SettlementOrders.Line l : orders.lines(store, orderId)) {
            SettlementLine line = new SettlementLine();
            line.id = UUID.randomUUID();
            line.settlement = s;
            line.position = ++position;
            line.orderLineId = l.id();
            line.kind = l.kind() == LineKind.JOB ? BillLineKind.LABOUR : l.kind() == LineKind.PART ? BillLineKind.MATERIAL : BillLineKind.FEE;
            line.payType = l.payType();
            line.source = l.supplementaryItemId() == null ? LineSource.ESTIMATE : LineSource.SUPPLEMENTARY;
            line.supplementaryItemId = l.supplementaryItemId();
            line.code = l.code();
            line.description = l.description();
            line.quantity = SettlementMoney.money(l.quantity());
            line.unitPrice = SettlementMoney.money(l.unitPrice());
            line.amount = l.amount();
            s.lines.add(line);
        }
        try {
            s.persist();
            em.flush();
        } catch (PersistenceException e) {
            if (ConstraintViolations.find(e).map(ConstraintViolations.Refused::unique).orElse(false)) {
                throw ProblemException.conflict("settlement-exists", "The order has a bill; void it to draw up a new one");
            }
            throw e;
        }
        audit.action(store, ENTITY, s.id, "drawn-up", Map.of("repairOrderId", orderId, "lines", s.lines.size()));
        return view(s);
    }

    /** R-DEL-1: a difference from what was authorized, with its reason. */
    @Transactional
    public View addAdjustment(String store, UUID id, long expected, AdjustmentRequest req) {
        Settlement s = locked(store, id, expected);
        SettlementLine l = new SettlementLine();
        l.id = UUID.randomUUID();
        l.kind = req.kind();
        l.payType = req.payType();
        l.source = LineSource.ADJUSTMENT;
        l.code = req.code();
        l.description = req.description().strip();
        l.quantity = SettlementMoney.money(req.quantity());
        l.unitPrice = SettlementMoney.money(req.unitPrice());
        l.amount = SettlementMoney.money(req.quantity().multiply(req.unitPrice()));
        l.reason = req.reason().strip();
        l.addedBy = user.username();
        s.addAdjustment(l, clock.instant());
        return saved(s, "adjustment-added", Map.of("lineId", l.id, "amount", l.amount, "payType", l.payType, "reason", l.reason));
    }

    /** R-DEL-2: a discount; within the limit (or by the service manager) it applies, above it it waits for the service manager. */
    @Transactional
    public View discount(String store, UUID id, long expected, DiscountRequest req) {
        Settlement s = locked(store, id, expected);
        if ((req.amount() == null) == (req.percent() == null)) {
            throw ProblemException.validation(List.of(new Violation("amount", "give either amount or percent")));
        }
        SettlementMoney.Totals t = s.totals();
        BigDecimal base;
        BigDecimal room;
        if (req.lineId() != null) {
            SettlementLine l = s.lines.stream().filter(x -> x.id.equals(req.lineId())).findFirst()
                    .orElseThrow(() -> ProblemException.validation(List.of(new Violation("lineId", "is not a line of this bill"))));
            if (l.payType != PayType.CUSTOMER) {
                throw ProblemException.validation(List.of(new Violation("lineId", "only a customer-pay line is discounted; this one is " + l.payType)));
            }
            base = l.amount;
            room = l.amount.subtract(s.lineDiscount(l.id));
        } else {
            base = t.customerLines();
            room = t.customerLines().subtract(t.lineDiscounts()).subtract(t.totalDiscount());
        }
        BigDecimal amount = req.amount() != null ? SettlementMoney.money(req.amount()) : SettlementMoney.percentOf(base, req.percent());
        if (amount.signum() <= 0 || amount.compareTo(room) > 0) {
            throw ProblemException.validation(List.of(new Violation(req.amount() != null ? "amount" : "percent",
                    "must take off more than 0 and at most " + room + " (what is left of " + (req.lineId() != null ? "the line" : "the customer-pay lines") + ")")));
        }
        boolean manager = user.hasRole(Roles.SERVICE_MANAGER);
        boolean within = SettlementMoney.withinLimit(s.discountsGiven().add(amount), t.customerLines(), s.discountLimitPercent, s.discountLimitAmount);
        Instant now = clock.instant();
        SettlementDiscount d = new SettlementDiscount();
        d.id = UUID.randomUUID();
        d.lineId = req.lineId();
        d.amount = amount;
        d.percent = req.percent() == null ? null : SettlementMoney.money(req.percent());
        d.reason = req.reason().strip();
        d.status = within || manager ? DiscountStatus.APPLIED : DiscountStatus.PENDING;
        d.requestedBy = user.username();
        d.requestedAt = now;
        if (manager && !within) {
            d.decidedBy = user.username();
            d.decidedAt = now;
            d.decisionReason = d.reason;
        }
        s.addDiscount(d, now);
        return saved(s, d.status == DiscountStatus.PENDING ? "discount-requested" : "discount-applied",
                Map.of("discountId", d.id, "amount", amount, "reason", d.reason, "withinLimit", within));
    }

    /** R-DEL-2: the service manager decides a discount request. */
    @Transactional
    public View decideDiscount(String store, UUID id, UUID discountId, long expected, DecisionRequest req) {
        Settlement s = locked(store, id, expected);
        SettlementDiscount d = s.discounts.stream().filter(x -> x.id.equals(discountId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Discount", discountId));
        s.decideDiscount(d, req.approve(), user.username(), req.reason().strip(), clock.instant());
        return saved(s, req.approve() ? "discount-approved" : "discount-refused", Map.of("discountId", d.id, "amount", d.amount, "reason", d.decisionReason));
    }

    /** R-DEL-1: the service manager lets a bill above the authorization through, with a reason. */
    @Transactional
    public View override(String store, UUID id, long expected, ReasonRequest req) {
        Settlement s = locked(store, id, expected);
        Gate g = gate(s, authorizations.status(store, s.repairOrderId));
        if (g.exceededBy().signum() == 0) {
            throw ProblemException.rule("R-DEL-1", "The bill is within what the customer authorized; there is nothing to override");
        }
        s.overrideAuthorization(g.comparableTotal(), user.username(), req.reason().strip(), clock.instant());
        return saved(s, "authorization-overridden", Map.of("covers", g.comparableTotal(), "authorized", g.authorizedTotal(), "reason", s.overrideReason));
    }

    /** DRAFT → FINALISED: R-DEL-1 gate, no pending discount, then the store's next number in this transaction. */
    @Transactional
    public View finalise(String store, UUID id, long expected) {
        Settlement s = locked(store, id, expected);
        if (s.status == SettlementStatus.DRAFT) {
            Gate g = gate(s, authorizations.status(store, s.repairOrderId));
            if (g.pendingItems() > 0) {
                throw ProblemException.rule("R-DEL-1", g.pendingItems() + " supplementary item(s) await the customer's decision");
            }
            if (g.blocked()) {
                throw ProblemException.rule("R-DEL-1", "The customer-pay total " + g.comparableTotal() + " is above the authorized " + g.authorizedTotal()
                        + " plus the tolerance " + g.tolerance() + " by " + g.exceededBy()
                        + "; the customer re-approves or the service manager overrides with a reason");
            }
        }
        if (s.pendingDiscount()) {
            throw ProblemException.rule("R-DEL-2", "A discount request awaits the service manager's decision");
        }
        s.requireDraft("finalise");
        SettlementNumbers.Assigned n = numbers.next(store);
        s.finalise(n.sequence(), n.number(), user.username(), clock.instant());
        View v = saved(s, "finalised", Map.of("number", s.number, "customerPayable", s.customerPayable));
        finalised.fire(new SettlementFinalised(store, s.id, s.repairOrderId, s.number, s.currency, s.customerPayable));
        return v;
    }

    /** R-DEL-3: one tender; cash gives change; DEPOSIT applies the appointment's deposit (R-APT-4). */
    @Transactional
    public View pay(String store, UUID id, PaymentRequest req) {
        Settlement s = locked(store, id, -1);
        BigDecimal balance = s.balance();
        SettlementPayment p = new SettlementPayment();
        p.id = UUID.randomUUID();
        p.kind = PaymentKind.PAYMENT;
        p.tender = req.tender();
        p.reference = req.reference();
        p.recordedBy = user.username();
        p.recordedAt = clock.instant();
        switch (req.tender()) {
            case CASH -> {
                BigDecimal given = req.tendered() != null ? req.tendered() : req.amount();
                if (given == null) {
                    throw ProblemException.validation(List.of(new Violation("tendered", "enter what the customer handed over")));
                }
                SettlementMoney.Cash c = SettlementMoney.cash(SettlementMoney.money(given), balance);
                p.tendered = SettlementMoney.money(given);
                p.amount = c.applied();
                p.changeGiven = c.change();
            }
            case DEPOSIT -> {
                BigDecimal available = depositAvailable(s);
                if (available.signum() <= 0) {
                    throw ProblemException.rule("R-DEL-3", "The order's appointment has no deposit left to apply");
                }
                BigDecimal want = req.amount() != null ? SettlementMoney.money(req.amount()) : available.min(balance);
                if (want.compareTo(available) > 0) {
                    throw ProblemException.validation(List.of(new Violation("amount", "at most the deposit left, " + available)));
                }
                p.amount = want;
            }
            case INSURER -> throw ProblemException.validation(List.of(new Violation("tender", "the insurer's share is billed through …/insurer with the insurer's account")));
            case ON_ACCOUNT -> {
                p.amount = req.amount() != null ? SettlementMoney.money(req.amount()) : balance;
            }
            default -> {
                if (req.amount() == null) {
                    throw ProblemException.validation(List.of(new Violation("amount", "is required for " + req.tender())));
                }
                p.amount = SettlementMoney.money(req.amount());
            }
        }
        if (p.amount.signum() <= 0) {
            throw ProblemException.rule("R-DEL-3", "Nothing is left to pay on this bill");
        }
        s.pay(p, p.recordedAt);
        if (p.tender == Tender.ON_ACCOUNT) {
            // R-DEL-3: within the credit still available, or the whole payment is refused (422) and rolled back.
            p.receivableId = receivables.chargeOnAccount(store, orders.order(store, s.repairOrderId).customerId(), s.id, s.number, p.amount);
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("paymentId", p.id);
        d.put("tender", p.tender);
        d.put("amount", p.amount);
        d.put("change", p.changeGiven);
        d.put("receivableId", p.receivableId);
        d.put("balance", s.balance());
        return saved(s, "payment-taken", d);
    }

    /** R-DEL-3: the insurer's share of a final bill, billed to the insurer's credit account as a receivable; the customer pays the rest. */
    @Transactional
    public View billInsurer(String store, UUID id, com.fours.dms.settlement.api.WarrantyClaimApi.InsurerRequest req) {
        Settlement s = locked(store, id, -1);
        SettlementPayment p = new SettlementPayment();
        p.id = UUID.randomUUID();
        p.kind = PaymentKind.PAYMENT;
        p.tender = Tender.INSURER;
        p.amount = SettlementMoney.money(req.amount());
        p.reference = req.claimNumber() == null || req.claimNumber().isBlank() ? null : req.claimNumber().strip();
        p.recordedBy = user.username();
        p.recordedAt = clock.instant();
        s.pay(p, p.recordedAt);
        p.receivableId = receivables.billInsurer(store, req.accountId(), s.id, s.number,
                "保险理赔 / insurer" + (p.reference == null ? "" : " " + p.reference), p.amount);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("paymentId", p.id);
        d.put("accountId", req.accountId());
        d.put("amount", p.amount);
        d.put("claimNumber", p.reference);
        d.put("receivableId", p.receivableId);
        d.put("balance", s.balance());
        return saved(s, "insurer-billed", d);
    }

    /** FINALISED | PAID → VOID by the service manager with a reason; what was paid is refunded by the same tenders. */
    @Transactional
    public View voidBill(String store, UUID id, long expected, ReasonRequest req) {
        Settlement s = locked(store, id, expected);
        Instant now = clock.instant();
        Map<Tender, BigDecimal> net = new EnumMap<>(Tender.class);
        s.payments.forEach(p -> net.merge(p.tender, p.kind == PaymentKind.PAYMENT ? p.amount : p.amount.negate(), BigDecimal::add));
        List<SettlementPayment> refunds = new ArrayList<>();
        net.forEach((tender, amount) -> {
            if (amount.signum() > 0) {
                SettlementPayment r = new SettlementPayment();
                r.id = UUID.randomUUID();
                r.kind = PaymentKind.REFUND;
                r.tender = tender;
                r.amount = amount;
                r.reason = req.reason().strip();
                r.recordedBy = user.username();
                r.recordedAt = now;
                refunds.add(r);
            }
        });
        if (net.getOrDefault(Tender.ON_ACCOUNT, BigDecimal.ZERO).signum() > 0 || net.getOrDefault(Tender.INSURER, BigDecimal.ZERO).signum() > 0) {
            s.requireVoidable();
            receivables.cancelForSettlement(store, s.id, req.reason().strip());
        }
        s.voidBill(refunds, user.username(), req.reason().strip(), now);
        return saved(s, "voided", Map.of("number", s.number, "reason", s.voidReason, "refunded",
                refunds.stream().map(r -> r.amount).reduce(SettlementMoney.ZERO, BigDecimal::add)));
    }

    /** The fapiao through {@link FapiaoIssuer} (by default: what the cashier entered), or its red-letter correction. */
    @Transactional
    public View recordFapiao(String store, UUID id, long expected, FapiaoRequest req) {
        Settlement s = locked(store, id, expected);
        SettlementMoney.Totals t = s.totals();
        FapiaoIssuer.Request r = new FapiaoIssuer.Request(store, s.number, s.payable(), t.vat(), req.number().strip(), req.date());
        if (Boolean.TRUE.equals(req.redLetter())) {
            if (req.reason() == null || req.reason().isBlank()) {
                throw ProblemException.validation(List.of(new Violation("reason", "a red-letter correction needs its reason")));
            }
            FapiaoIssuer.Issued red = fapiao.redLetter(r, s.fapiaoNumber);
            s.redLetter(red.number(), red.date(), req.reason().strip(), clock.instant());
            return saved(s, "fapiao-red-letter", Map.of("number", red.number(), "original", s.fapiaoNumber));
        }
        s.requireFapiaoAllowed();
        FapiaoIssuer.Issued issued = fapiao.issue(r);
        s.recordFapiao(issued.number(), issued.date(), user.username(), clock.instant());
        return saved(s, "fapiao-recorded", Map.of("number", issued.number(), "date", issued.date().toString()));
    }

    /** R-DEL-4: the release note for a paid bill: the order is settled, its key tag and slot are freed. */
    @Transactional
    public View releaseNote(String store, UUID id, long expected) {
        Settlement s = locked(store, id, expected);
        s.issueReleaseNote(user.username(), clock.instant());
        orders.settle(store, s.repairOrderId, s.number);
        return saved(s, "release-note-issued", Map.of("number", s.number));
    }

    /** R-DEL-5 / R-REP-4: the advisor's delivery checklist with the customer's signature closes the order. */
    @Transactional
    public View deliver(String store, UUID id, long expected, DeliveryRequest req) {
        Settlement s = locked(store, id, expected);
        if (!s.released()) {
            throw ProblemException.rule("R-DEL-4", "No release note: a car without one is not delivered (the bill is " + s.status + ")");
        }
        if (delivery(s.id) != null) {
            throw ProblemException.rule("R-DEL-5", "The car was delivered already");
        }
        List<Violation> v = new ArrayList<>();
        if (!req.workExplained()) {
            v.add(new Violation("workExplained", "explain the work to the customer first (R-DEL-5)"));
        }
        if (!req.oldPartsShown()) {
            v.add(new Violation("oldPartsShown", "show the customer the old parts first (R-DEL-5, R-REP-5)"));
        }
        if (!req.walkAroundDone()) {
            v.add(new Violation("walkAroundDone", "do the final walk-around with the customer first (R-DEL-4)"));
        }
        List<String> declined = authorizations.declinedSafety(store, s.repairOrderId).items().stream().map(ApprovalApi.DeclinedSafetyItem::description).toList();
        if (!declined.isEmpty() && !Boolean.TRUE.equals(req.declinedSafetyAcknowledged())) {
            v.add(new Violation("declinedSafetyAcknowledged", "the customer signs for the declined safety-critical items (R-REP-4): " + String.join("; ", declined)));
        }
        if (!v.isEmpty()) {
            throw ProblemException.validation(v);
        }
        byte[] png = SignaturePng.decode(req.signaturePng(), "signaturePng");
        Instant now = clock.instant();
        String json;
        try {
            json = mapper.writeValueAsString(declined);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        em.createNativeQuery("""
                insert into settlement_delivery (settlement_id, work_explained, old_parts_shown, walk_around_done, brake_front_mm, brake_rear_mm,
                    tyre_tread_mm, tyre_life_percent, next_service_date, next_service_km, declined_safety_items, notes, signer_name, signature_png,
                    delivered_by, delivered_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, cast(?11 as jsonb), ?12, ?13, ?14, ?15, ?16)""")
                .setParameter(1, s.id).setParameter(2, true).setParameter(3, true).setParameter(4, true).setParameter(5, req.brakeFrontMm())
                .setParameter(6, req.brakeRearMm()).setParameter(7, req.tyreTreadMm()).setParameter(8, req.tyreLifePercent())
                .setParameter(9, req.nextServiceDate()).setParameter(10, req.nextServiceKm()).setParameter(11, json).setParameter(12, req.notes())
                .setParameter(13, req.signerName().strip()).setParameter(14, png).setParameter(15, user.username()).setParameter(16, now)
                .executeUpdate();
        orders.close(store, s.repairOrderId, s.number, s.paid());
        s.updatedAt = now;
        return saved(s, "delivered", Map.of("signer", req.signerName().strip(), "declinedSafetyItems", declined.size()));
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** R-DEL-1: the bill's customer-pay lines priced by the estimate's rule against the authorization plus the tolerance. */
    Gate gate(Settlement s, Authorizations.Status a) {
        BigDecimal customerLines = s.lines.stream().filter(l -> l.payType == PayType.CUSTOMER).map(l -> l.amount).reduce(SettlementMoney.ZERO, BigDecimal::add);
        BigDecimal comparable = AuthorizationPolicy.total(customerLines, s.taxRatePercent);
        BigDecimal exceeded = AuthorizationPolicy.exceededBy(comparable, a.authorizedTotal(), a.tolerance());
        boolean covered = s.overrideCovers != null && comparable.compareTo(s.overrideCovers) <= 0;
        boolean blocked = s.status == SettlementStatus.DRAFT && (a.pendingItems() > 0 || (exceeded.signum() > 0 && !covered));
        return new Gate(a.authorizedTotal(), comparable, a.tolerance(), exceeded, a.pendingItems(), blocked, s.overrideBy, s.overrideReason, s.overrideAt);
    }

    /** R-APT-4: the appointment's deposit less what bills of this order applied (and did not refund). */
    BigDecimal depositAvailable(Settlement s) {
        BigDecimal paid = deposits.paid(s.storeCode, s.appointmentId).map(DepositSource.Deposit::amount).orElse(BigDecimal.ZERO);
        if (paid.signum() <= 0) {
            return SettlementMoney.ZERO;
        }
        BigDecimal used = SettlementMoney.ZERO;
        for (SettlementPayment p : SettlementPayment.<SettlementPayment>list("settlement.repairOrderId = ?1 and tender = ?2", s.repairOrderId, Tender.DEPOSIT)) {
            used = p.kind == PaymentKind.PAYMENT ? used.add(p.amount) : used.subtract(p.amount);
        }
        return SettlementMoney.money(paid.subtract(used).max(BigDecimal.ZERO));
    }

    private Settlement load(String store, UUID id) {
        access.require(store);
        Settlement s = Settlement.findById(id);
        if (s == null || !s.storeCode.equals(store)) {
            throw ProblemException.notFound("Settlement", id);
        }
        return s;
    }

    /** Locked for the change; expected -1 skips the If-Match check (a payment carries an Idempotency-Key instead). */
    private Settlement locked(String store, UUID id, long expected) {
        access.require(store);
        Settlement s = em.find(Settlement.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null || !s.storeCode.equals(store)) {
            throw ProblemException.notFound("Settlement", id);
        }
        if (expected >= 0) {
            ETags.check(expected, s.version);
        }
        return s;
    }

    private View saved(Settlement s, String action, Map<String, ?> details) {
        em.flush();
        em.lock(s, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.action(s.storeCode, ENTITY, s.id, action, details);
        return view(s);
    }

    View view(Settlement s) {
        SettlementOrders.Order o = orders.order(s.storeCode, s.repairOrderId);
        ApprovalApi.Authorization a = authorizations.authorization(s.storeCode, s.repairOrderId);
        Authorizations.Status st = new Authorizations.Status(a.authorizedTotal(), a.currentTotal(), a.tolerance(), a.withinAuthorization(), a.exceededBy(),
                a.pendingItems());
        SettlementMoney.Totals t = s.totals();
        BigDecimal labour = SettlementMoney.ZERO;
        BigDecimal materials = SettlementMoney.ZERO;
        BigDecimal fees = SettlementMoney.ZERO;
        List<LineView> lines = new ArrayList<>();
        for (SettlementLine l : s.lines) {
            if (l.payType == PayType.CUSTOMER) {
                switch (l.kind) {
                    case LABOUR -> labour = labour.add(l.amount);
                    case MATERIAL -> materials = materials.add(l.amount);
                    case FEE -> fees = fees.add(l.amount);
                }
            }
            lines.add(new LineView(l.id, l.position, l.kind, l.payType, l.source, l.orderLineId, l.supplementaryItemId, l.code, l.description, l.quantity,
                    l.unitPrice, l.amount, s.lineDiscount(l.id), l.reason));
        }
        BigDecimal deposit = s.status == SettlementStatus.VOID ? SettlementMoney.ZERO : depositAvailable(s);
        Totals totals = new Totals(labour, materials, fees, t.customerLines(), t.lineDiscounts().add(t.totalDiscount()), t.net(), t.vat(), s.payable(),
                t.byPayType().get(PayType.WARRANTY), t.byPayType().get(PayType.INTERNAL), t.byPayType().get(PayType.GOODWILL), s.paid(), s.balance(), deposit);
        DeliveryView delivery = delivery(s.id);
        return new View(s.id, s.storeCode, s.repairOrderId, s.orderNumber, o.status(), o.plate(), o.model(), o.advisorId(), o.signedBy(), o.signedAt(),
                s.status, s.number, s.currency, s.pricesIncludeVat, s.taxRatePercent, lines, totals, a.signedTotal(), differences(s, a), gate(s, st),
                s.discounts.stream().map(Settlements::discount).toList(), s.discountLimitPercent, s.discountLimitAmount,
                s.payments.stream().map(p -> new PaymentView(p.id, p.kind, p.tender, p.amount, p.tendered, p.changeGiven, p.reference, p.reason, p.recordedBy,
                        p.recordedAt, p.receivableId)).toList(),
                new Fapiao(s.fapiaoStatus, s.fapiaoNumber, s.fapiaoDate, s.fapiaoRedNumber, s.fapiaoRedDate, s.fapiaoRedReason), s.finalisedBy, s.finalisedAt,
                s.voidReason, s.voidedBy, s.voidedAt, s.releaseNoteAt, s.releaseNoteBy, delivery, a.history(), s.availableActions(delivery != null), s.version);
    }

    /** R-DEL-1: every difference from the signed estimate with its reason: approved items (from the ledger), adjustments, discounts. */
    private static List<Difference> differences(Settlement s, ApprovalApi.Authorization a) {
        Map<UUID, ApprovalApi.LedgerEntryView> entryOfLine = new HashMap<>();
        for (ApprovalApi.LedgerEntryView e : a.history()) {
            e.items().forEach(i -> i.orderLineIds().forEach(id -> entryOfLine.put(id, e)));
        }
        List<Difference> out = new ArrayList<>();
        for (SettlementLine l : s.lines) {
            BigDecimal amount = l.payType == PayType.CUSTOMER ? l.amount : SettlementMoney.ZERO;
            if (l.source == LineSource.SUPPLEMENTARY) {
                ApprovalApi.LedgerEntryView e = l.orderLineId == null ? null : entryOfLine.get(l.orderLineId);
                out.add(e == null ? new Difference("SUPPLEMENTARY", l.id, l.description, amount, "supplementary item approved", null, null)
                        : new Difference("SUPPLEMENTARY", l.id, l.description, amount,
                                "supplementary item approved by " + e.authorizerName() + " (" + e.channel() + ")"
                                        + (e.customerWords() == null ? "" : ": " + e.customerWords()), e.recordedBy(), e.decidedAt()));
            } else if (l.source == LineSource.ADJUSTMENT) {
                out.add(new Difference("ADJUSTMENT", l.id, l.description, amount, l.reason, l.addedBy, null));
            }
        }
        for (SettlementDiscount d : s.discounts) {
            if (d.status.counts()) {
                out.add(new Difference("DISCOUNT", d.lineId, d.lineId == null ? "discount on the total" : "discount on a line", d.amount.negate(), d.reason,
                        d.decidedBy != null ? d.decidedBy : d.requestedBy, d.decidedAt != null ? d.decidedAt : d.requestedAt));
            }
        }
        return out;
    }

    private static DiscountView discount(SettlementDiscount d) {
        return new DiscountView(d.id, d.lineId, d.amount, d.percent, d.reason, d.status, d.requestedBy, d.requestedAt, d.decidedBy, d.decidedAt, d.decisionReason);
    }

    @SuppressWarnings("unchecked")
    private DeliveryView delivery(UUID settlementId) {
        List<Object[]> rows = em.createNativeQuery("""
                select work_explained, old_parts_shown, walk_around_done, brake_front_mm, brake_rear_mm, tyre_tread_mm, tyre_life_percent,
                    next_service_date, next_service_km, cast(declined_safety_items as text), notes, signer_name, delivered_by, delivered_at
                from settlement_delivery where settlement_id = ?1""").setParameter(1, settlementId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        List<String> declined;
        try {
            declined = List.of(mapper.readValue((String) r[9], String[].class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new DeliveryView((Boolean) r[0], (Boolean) r[1], (Boolean) r[2], (BigDecimal) r[3], (BigDecimal) r[4], (BigDecimal) r[5],
                r[6] == null ? null : ((Number) r[6]).intValue(), r[7] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[7],
                r[8] == null ? null : ((Number) r[8]).intValue(), declined, (String) r[10], (String) r[11], (String) r[12],
                com.fours.dms.shared.persistence.SqlValues.instant(r[13]));
    }
}
