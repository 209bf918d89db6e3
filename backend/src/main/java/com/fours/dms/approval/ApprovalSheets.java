package com.fours.dms.approval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fours.dms.approval.api.ApprovalApi.ApprovalSheet;
import com.fours.dms.approval.api.ApprovalApi.PromiseOption;
import com.fours.dms.approval.api.ApprovalApi.SheetItem;
import com.fours.dms.approval.api.ApprovalApi.TotalOption;
import com.fours.dms.customer.CustomerService;
import com.fours.dms.customer.VehicleService;
import com.fours.dms.repairorder.EstimatePricing;
import com.fours.dms.repairorder.SupplementaryWork;
import com.fours.dms.store.StoreService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * R-REP-3: the sheet a customer decides on — exactly what the tablet, the phone call and the link
 * show: the item versions with lines, prices, photos and added time, the authorized total now, and
 * the new total and promised time for every choice. Its JSON text is what the ledger keeps; its
 * SHA-256 is what a decision names, so a decision is refused when what is decided is not what was shown.
 */
@ApplicationScoped
public class ApprovalSheets {
    @Inject
    SupplementaryWork work;

    @Inject
    StoreService stores;

    @Inject
    CustomerService customers;

    @Inject
    VehicleService vehicles;

    @Inject
    ObjectMapper json;

    /** A sheet with the text it is kept as and that text's SHA-256. */
    public record Built(ApprovalSheet sheet, String text, String sha256) {}

    /** The customer-pay subtotal authorized so far: the latest decision's, else the signed estimate's. */
    BigDecimal authorizedCustomerPay(SupplementaryWork.OrderFacts o) {
        LedgerEntry last = LedgerEntry.<LedgerEntry>find("repairOrderId = ?1 order by recordedAt desc, id desc", o.id()).firstResult();
        return last == null ? o.signedCustomerPay() : last.authorizedCustomerPayAfter;
    }

    /** The sheet for these items, each at its version awaiting a decision, in the order given. */
    Built build(SupplementaryWork.OrderFacts o, List<SupplementaryItem> items) {
        BigDecimal authorized = authorizedCustomerPay(o);
        List<SheetItem> shown = new ArrayList<>();
        Map<UUID, List<UUID>> photos = photoIds(items.stream().map(i -> i.id).toList());
        for (SupplementaryItem i : items) {
            SupplementaryItemVersion v = i.version(i.currentVersion);
            SupplementaryItemVersion inForce = i.inForce();
            shown.add(new SheetItem(i.id, v.versionNo, v.description, v.safetyCritical, v.requirement, v.extraMinutes, v.lines, v.customerPay,
                    inForce == null ? null : inForce.versionNo,
                    AuthorizationPolicy.adds(v.customerPay, inForce == null ? null : inForce.customerPay),
                    AuthorizationPolicy.addsMinutes(v.extraMinutes, inForce == null ? null : inForce.extraMinutes),
                    photos.getOrDefault(i.id, List.of())));
        }
        BigDecimal rate = o.taxRatePercent();
        BigDecimal authorizedTotal = AuthorizationPolicy.total(authorized, rate);
        List<TotalOption> totals = AuthorizationPolicy.tabulate(shown.stream().map(SheetItem::addsCustomerPay).toList(),
                EstimatePricing.money(BigDecimal.ZERO), BigDecimal::add, adds -> {
                    BigDecimal t = AuthorizationPolicy.total(authorized.add(adds), rate);
                    return new TotalOption(EstimatePricing.money(adds), t, t.subtract(authorizedTotal));
                });
        List<Integer> minutes = AuthorizationPolicy.subsetSums(shown.stream().map(SheetItem::addsMinutes).toList(), 0, Integer::sum);
        Map<Integer, Instant> times = work.promiseOptions(o.storeCode(), o.id(), minutes);
        List<PromiseOption> promises = minutes.stream().map(m -> new PromiseOption(m, times.get(m))).toList();
        BigDecimal allAdds = shown.stream().map(SheetItem::addsCustomerPay).reduce(BigDecimal.ZERO, BigDecimal::add);
        int allMinutes = shown.stream().mapToInt(SheetItem::addsMinutes).sum();
        CustomerService.Summary c = customers.summaries(List.of(o.customerId())).get(o.customerId());
        VehicleService.Summary car = vehicles.summaries(List.of(o.vehicleId())).get(o.vehicleId());
        com.fours.dms.store.ApprovalSettings settings = stores.approvalSettings(o.storeCode());
        ApprovalSheet sheet = new ApprovalSheet(o.id(), o.number(), settings.storeName(), settings.calendar().zone().getId(), car.plate(), car.model(),
                c.name(), o.currency(), rate, EstimatePricing.money(authorized), authorizedTotal, o.promisedDeliveryAt(), shown,
                AuthorizationPolicy.total(authorized.add(allAdds), rate), times.get(allMinutes), totals, promises);
        return of(sheet);
    }

    Built of(ApprovalSheet sheet) {
        try {
            String text = json.writeValueAsString(sheet);
            return new Built(sheet, text, sha256(text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the approval sheet", e);
        }
    }

    /** A kept sheet read back, exactly as it was shown. */
    ApprovalSheet read(String text) {
        try {
            return json.readValue(text, ApprovalSheet.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a kept approval sheet cannot be read", e);
        }
    }

    private static Map<UUID, List<UUID>> photoIds(List<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<UUID>> out = new java.util.HashMap<>();
        ItemPhoto.<ItemPhoto>find("itemId in ?1 order by createdAt, id", itemIds).stream()
                .forEach(p -> out.computeIfAbsent(p.itemId, k -> new ArrayList<>()).add(p.id));
        return out;
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
