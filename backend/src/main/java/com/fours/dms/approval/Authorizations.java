package com.fours.dms.approval;

import com.fours.dms.approval.api.ApprovalApi.Authorization;
import com.fours.dms.approval.api.ApprovalApi.DeclinedSafetyItem;
import com.fours.dms.approval.api.ApprovalApi.DeclinedSafetyItems;
import com.fours.dms.approval.api.ApprovalApi.Evidence;
import com.fours.dms.approval.api.ApprovalApi.LedgerEntryDetail;
import com.fours.dms.approval.api.ApprovalApi.LedgerEntryView;
import com.fours.dms.approval.api.ApprovalApi.LedgerItem;
import com.fours.dms.repairorder.SupplementaryWork;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.security.StoreAccess;
import com.fours.dms.store.StoreService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * R-REP-3 / R-REP-4 / R-DEL-1: what the customer authorized for an order, read from the ledger:
 * the authorized total and whether the order is still within it (for settlement and dispatch), the
 * authorization history for the order page and the print, one decision with what was shown, and the
 * declined safety-critical items the customer signs for at delivery.
 */
@ApplicationScoped
public class Authorizations {
    @Inject
    SupplementaryWork work;

    @Inject
    ApprovalSheets sheets;

    @Inject
    StoreService stores;

    @Inject
    StoreAccess access;

    /** For settlement and dispatch: whether an order may go on (R-DEL-1). A caller whose store was already checked. */
    public record Status(BigDecimal authorizedTotal, BigDecimal currentTotal, BigDecimal tolerance, boolean withinAuthorization, BigDecimal exceededBy,
            int pendingItems) {}

    public Status status(String store, UUID orderId) {
        SupplementaryWork.OrderFacts o = work.facts(store, orderId);
        BigDecimal authorized = AuthorizationPolicy.total(sheets.authorizedCustomerPay(o), o.taxRatePercent());
        BigDecimal tolerance = stores.approvalSettings(store).authorizationTolerance();
        int pending = (int) SupplementaryItem.count("repairOrderId = ?1 and status = ?2", o.id(), ItemStatus.AWAITING_DECISION);
        return new Status(authorized, o.currentPayable(), tolerance, AuthorizationPolicy.withinAuthorization(o.currentPayable(), authorized, tolerance),
                AuthorizationPolicy.exceededBy(o.currentPayable(), authorized, tolerance), pending);
    }

    public Authorization authorization(String store, UUID orderId) {
        access.require(store);
        SupplementaryWork.OrderFacts o = work.facts(store, orderId);
        Status s = status(store, orderId);
        return new Authorization(o.id(), o.number(), o.currency(), AuthorizationPolicy.total(o.signedCustomerPay(), o.taxRatePercent()),
                s.authorizedTotal(), s.currentTotal(), s.tolerance(), s.withinAuthorization(), s.exceededBy(), s.pendingItems(), history(o.id()));
    }

    public LedgerEntryDetail entry(String store, UUID orderId, UUID entryId) {
        LedgerEntry e = load(store, orderId, entryId);
        return new LedgerEntryDetail(views(List.of(e)).get(0), sheets.read(e.snapshot));
    }

    public byte[] signature(String store, UUID orderId, UUID entryId) {
        LedgerEntry e = load(store, orderId, entryId);
        if (e.signaturePng == null) {
            throw new ProblemException(404, "no-signature", "No signature", "A decision by phone has no drawn signature; its evidence is the call record");
        }
        return e.signaturePng;
    }

    /** R-REP-4: safety-critical items the customer declined (and did not approve later), for the signature at delivery. */
    public DeclinedSafetyItems declinedSafety(String store, UUID orderId) {
        access.require(store);
        SupplementaryWork.OrderFacts o = work.facts(store, orderId);
        Map<UUID, SupplementaryItem> declined = new LinkedHashMap<>();
        SupplementaryItem.<SupplementaryItem>list("repairOrderId = ?1 and status = ?2 order by reportedAt, id", o.id(), ItemStatus.DECLINED)
                .forEach(i -> declined.put(i.id, i));
        if (declined.isEmpty()) {
            return new DeclinedSafetyItems(List.of());
        }
        Map<UUID, com.fours.dms.approval.LedgerItem> latest = new LinkedHashMap<>();
        com.fours.dms.approval.LedgerItem.<com.fours.dms.approval.LedgerItem>list(
                "itemId in ?1 and decision = ?2 order by entry.recordedAt, id", declined.keySet(), ItemDecision.DECLINED)
                .forEach(l -> latest.put(l.itemId, l));
        List<DeclinedSafetyItem> out = new ArrayList<>();
        declined.values().forEach(i -> {
            com.fours.dms.approval.LedgerItem l = latest.get(i.id);
            if (l != null && l.safetyCritical) {
                out.add(new DeclinedSafetyItem(i.id, l.versionNo, l.description, l.requirement, l.customerPay, l.entry.decidedAt, l.entry.channel,
                        l.entry.authorizerName, l.entry.id, l.findingId));
            }
        });
        return new DeclinedSafetyItems(out);
    }

    private List<LedgerEntryView> history(UUID orderId) {
        return views(LedgerEntry.list("repairOrderId = ?1 order by recordedAt, id", orderId));
    }

    private LedgerEntry load(String store, UUID orderId, UUID entryId) {
        access.require(store);
        work.facts(store, orderId);
        LedgerEntry e = LedgerEntry.findById(entryId);
        if (e == null || !e.repairOrderId.equals(orderId)) {
            throw ProblemException.notFound("Approval ledger entry", entryId);
        }
        return e;
    }

    private static List<LedgerEntryView> views(List<LedgerEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<LedgerItem>> items = new LinkedHashMap<>();
        com.fours.dms.approval.LedgerItem.<com.fours.dms.approval.LedgerItem>list("entry.id in ?1 order by id", entries.stream().map(e -> e.id).toList())
                .forEach(l -> items.computeIfAbsent(l.entry.id, k -> new ArrayList<>()).add(new LedgerItem(l.itemId, l.versionNo, l.decision, l.description,
                        l.safetyCritical, l.requirement, l.extraMinutes, l.customerPay, l.lines, l.orderLineIds, l.replacedLineIds, l.findingId)));
        return entries.stream().map(e -> new LedgerEntryView(e.id, e.orderNumber, e.channel, e.decidedAt, e.recordedAt, e.authorizerName,
                e.authorizerRelation, e.contactUsed, e.recordedBy, e.workshopTold, e.customerWords, e.currency, e.authorizedTotalBefore,
                e.authorizedTotalAfter, e.difference, e.promisedBefore, e.promisedAfter, e.extraMinutes, items.getOrDefault(e.id, List.of()),
                new Evidence(e.signatureSha256 != null, e.signatureSha256, e.device, e.clientIp, e.userAgent, e.linkId, e.messageIds),
                e.snapshotSha256)).toList();
    }
}
