package com.fours.dms.settlement;

import com.fours.dms.repairorder.PayType;
import com.fours.dms.shared.error.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * 结算清单 / the bill of one repair order. State changes only through the named transitions below,
 * each checked by the one guard {@link #require}; a refusal is a 409 problem with the rule id.
 *
 * <pre>
 * DRAFT → FINALISED (numbered) → PAID (→ release note → delivered)
 * FINALISED | PAID (before the release note) → VOID (keeps its number; payments refunded)
 * </pre>
 */
@Entity
@Table(name = "settlement")
public class Settlement extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    @Column(name = "repair_order_id")
    public UUID repairOrderId;

    @Column(name = "order_number")
    public String orderNumber;

    @Enumerated(EnumType.STRING)
    public SettlementStatus status;

    public String number;

    @Column(name = "sequence_no")
    public Long sequenceNo;

    public String currency;

    @Column(name = "prices_include_vat")
    public boolean pricesIncludeVat;

    @Column(name = "tax_rate_percent")
    public BigDecimal taxRatePercent;

    @Column(name = "discount_limit_percent")
    public BigDecimal discountLimitPercent;

    @Column(name = "discount_limit_amount")
    public BigDecimal discountLimitAmount;

    @Column(name = "appointment_id")
    public UUID appointmentId;

    @Column(name = "override_reason")
    public String overrideReason;

    @Column(name = "override_by")
    public String overrideBy;

    @Column(name = "override_at")
    public Instant overrideAt;

    /** R-DEL-1: the comparable customer total the manager's override covers; a later rise needs a new one. */
    @Column(name = "override_covers")
    public BigDecimal overrideCovers;

    /** Fixed at finalisation: what the customer owes. */
    @Column(name = "customer_payable")
    public BigDecimal customerPayable;

    @Column(name = "finalised_by")
    public String finalisedBy;

    @Column(name = "finalised_at")
    public Instant finalisedAt;

    @Column(name = "paid_at")
    public Instant paidAt;

    @Column(name = "void_reason")
    public String voidReason;

    @Column(name = "voided_by")
    public String voidedBy;

    @Column(name = "voided_at")
    public Instant voidedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "fapiao_status")
    public FapiaoStatus fapiaoStatus = FapiaoStatus.NONE;

    @Column(name = "fapiao_number")
    public String fapiaoNumber;

    @Column(name = "fapiao_date")
    public LocalDate fapiaoDate;

    @Column(name = "fapiao_recorded_by")
    public String fapiaoRecordedBy;

    @Column(name = "fapiao_red_number")
    public String fapiaoRedNumber;

    @Column(name = "fapiao_red_date")
    public LocalDate fapiaoRedDate;

    @Column(name = "fapiao_red_reason")
    public String fapiaoRedReason;

    @Column(name = "release_note_at")
    public Instant releaseNoteAt;

    @Column(name = "release_note_by")
    public String releaseNoteBy;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "settlement", cascade = CascadeType.ALL)
    @OrderBy("position")
    public List<SettlementLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "settlement", cascade = CascadeType.ALL)
    @OrderBy("requestedAt, id")
    public List<SettlementDiscount> discounts = new ArrayList<>();

    @OneToMany(mappedBy = "settlement", cascade = CascadeType.ALL)
    @OrderBy("recordedAt, id")
    public List<SettlementPayment> payments = new ArrayList<>();

    // ---- figures ----------------------------------------------------------------------------

    public SettlementMoney.Totals totals() {
        List<SettlementMoney.Billed> billed = lines.stream().map(l -> new SettlementMoney.Billed(l.payType, l.amount, lineDiscount(l.id))).toList();
        BigDecimal total = discounts.stream().filter(d -> d.lineId == null && d.status.counts()).map(d -> d.amount).reduce(SettlementMoney.ZERO, BigDecimal::add);
        return SettlementMoney.totals(billed, total, pricesIncludeVat, taxRatePercent);
    }

    BigDecimal lineDiscount(UUID lineId) {
        return discounts.stream().filter(d -> lineId.equals(d.lineId) && d.status.counts()).map(d -> d.amount).reduce(SettlementMoney.ZERO, BigDecimal::add);
    }

    /** What the customer owes: fixed once finalised, as priced now before. */
    public BigDecimal payable() {
        return customerPayable != null ? customerPayable : totals().customerPayable();
    }

    public BigDecimal paid() {
        BigDecimal in = payments.stream().filter(p -> p.kind == PaymentKind.PAYMENT).map(p -> p.amount).reduce(SettlementMoney.ZERO, BigDecimal::add);
        BigDecimal out = payments.stream().filter(p -> p.kind == PaymentKind.REFUND).map(p -> p.amount).reduce(SettlementMoney.ZERO, BigDecimal::add);
        return in.subtract(out);
    }

    public BigDecimal balance() {
        return status == SettlementStatus.VOID ? SettlementMoney.ZERO : payable().subtract(paid());
    }

    /** The discounts applied or approved so far (line and total). */
    public BigDecimal discountsGiven() {
        return discounts.stream().filter(d -> d.status.counts()).map(d -> d.amount).reduce(SettlementMoney.ZERO, BigDecimal::add);
    }

    public boolean pendingDiscount() {
        return discounts.stream().anyMatch(d -> d.status == DiscountStatus.PENDING);
    }

    // ---- named transitions ------------------------------------------------------------------

    /** R-DEL-1: the cashier adds a difference from what was authorized (e.g. a part issued in a larger quantity), with its reason. */
    public void addAdjustment(SettlementLine l, Instant now) {
        require(EnumSet.of(SettlementStatus.DRAFT), "R-DEL-1", "add a line");
        l.settlement = this;
        l.position = lines.stream().mapToInt(x -> x.position).max().orElse(0) + 1;
        lines.add(l);
        updatedAt = now;
    }

    /** R-DEL-2: a discount, APPLIED within the limit or PENDING the manager's decision (the caller decides which). */
    public void addDiscount(SettlementDiscount d, Instant now) {
        require(EnumSet.of(SettlementStatus.DRAFT), "R-DEL-2", "give a discount");
        d.settlement = this;
        discounts.add(d);
        updatedAt = now;
    }

    /** R-DEL-2: the service manager approves or refuses a pending discount, with a reason. */
    public void decideDiscount(SettlementDiscount d, boolean approve, String by, String reason, Instant now) {
        require(EnumSet.of(SettlementStatus.DRAFT), "R-DEL-2", "decide a discount");
        if (d.status != DiscountStatus.PENDING) {
            throw ProblemException.rule("R-DEL-2", "The discount is " + d.status + "; only a pending request is decided");
        }
        d.status = approve ? DiscountStatus.APPROVED : DiscountStatus.REFUSED;
        d.decidedBy = by;
        d.decidedAt = now;
        d.decisionReason = reason;
        updatedAt = now;
    }

    /** R-DEL-1: the service manager lets a bill above the authorized total through, with a reason; it covers the total as it is now. */
    public void overrideAuthorization(BigDecimal covers, String by, String reason, Instant now) {
        require(EnumSet.of(SettlementStatus.DRAFT), "R-DEL-1", "override the authorization");
        overrideCovers = covers;
        overrideBy = by;
        overrideReason = reason;
        overrideAt = now;
        updatedAt = now;
    }

    /** DRAFT → FINALISED: numbered (gap-free per store), the customer payable fixed. The caller checked R-DEL-1. */
    public void finalise(long sequence, String assignedNumber, String by, Instant now) {
        require(EnumSet.of(SettlementStatus.DRAFT), "settlement-not-draft", "finalise");
        if (pendingDiscount()) {
            throw ProblemException.rule("R-DEL-2", "A discount request awaits the service manager's decision");
        }
        sequenceNo = sequence;
        number = assignedNumber;
        customerPayable = totals().customerPayable();
        finalisedBy = by;
        finalisedAt = now;
        status = SettlementStatus.FINALISED;
        updatedAt = now;
        if (balance().signum() == 0) {
            paidAt = now;
            status = SettlementStatus.PAID;
        }
    }

    /** R-DEL-3: a payment by one tender; the bill is PAID when nothing is left. */
    public void pay(SettlementPayment p, Instant now) {
        require(EnumSet.of(SettlementStatus.FINALISED), "R-DEL-3", "take a payment");
        if (p.amount.compareTo(balance()) > 0) {
            throw ProblemException.rule("R-DEL-3", "The payment of " + p.amount + " is more than the balance of " + balance() + " (cash gives change)");
        }
        p.settlement = this;
        payments.add(p);
        updatedAt = now;
        if (balance().signum() == 0) {
            paidAt = now;
            status = SettlementStatus.PAID;
        }
    }

    /** FINALISED | PAID → VOID by the service manager, before the car was released: it keeps its number; what was paid is refunded (given). */
    public void voidBill(List<SettlementPayment> refunds, String by, String reason, Instant now) {
        requireVoidable();
        refunds.forEach(r -> {
            r.settlement = this;
            payments.add(r);
        });
        status = SettlementStatus.VOID;
        voidReason = reason;
        voidedBy = by;
        voidedAt = now;
        updatedAt = now;
    }

    /** Before the void reaches out (e.g. to the receivables): final and not released. */
    public void requireVoidable() {
        require(EnumSet.of(SettlementStatus.FINALISED, SettlementStatus.PAID), "settlement-not-final", "void");
        if (releaseNoteAt != null) {
            throw ProblemException.rule("R-DEL-4", "The release note was issued and the car has left; the bill can no longer be voided");
        }
    }

    public void requireDraft(String action) {
        require(EnumSet.of(SettlementStatus.DRAFT), "settlement-not-draft", action);
    }

    /** A fapiao is issued once, for a final bill (checked before the provider is asked). */
    public void requireFapiaoAllowed() {
        require(EnumSet.of(SettlementStatus.FINALISED, SettlementStatus.PAID), "settlement-not-final", "record the fapiao");
        if (fapiaoStatus != FapiaoStatus.NONE) {
            throw ProblemException.conflict("fapiao-issued", "The bill has fapiao " + fapiaoNumber + "; correct it with a red-letter fapiao");
        }
    }

    /** The fapiao the tax platform issued for a final bill. */
    public void recordFapiao(String fapiao, LocalDate date, String by, Instant now) {
        requireFapiaoAllowed();
        fapiaoStatus = FapiaoStatus.ISSUED;
        fapiaoNumber = fapiao;
        fapiaoDate = date;
        fapiaoRecordedBy = by;
        updatedAt = now;
    }

    /** A red-letter correction of the issued fapiao: its own state, number and date. */
    public void redLetter(String red, LocalDate date, String reason, Instant now) {
        if (fapiaoStatus != FapiaoStatus.ISSUED) {
            throw ProblemException.conflict("fapiao-not-issued", "Only an issued fapiao is corrected by a red-letter fapiao");
        }
        fapiaoStatus = FapiaoStatus.RED_LETTER;
        fapiaoRedNumber = red;
        fapiaoRedDate = date;
        fapiaoRedReason = reason;
        updatedAt = now;
    }

    /** R-DEL-4: the release note (出厂通知单) exists only for a paid bill (paid in full, on account included: R-DEL-3). */
    public void issueReleaseNote(String by, Instant now) {
        require(EnumSet.of(SettlementStatus.PAID), "R-DEL-4", "issue the release note");
        if (releaseNoteAt != null) {
            throw ProblemException.rule("R-DEL-4", "The release note was issued at " + releaseNoteAt);
        }
        releaseNoteAt = now;
        releaseNoteBy = by;
        updatedAt = now;
    }

    public boolean released() {
        return releaseNoteAt != null;
    }

    /** What the bill's state allows, for the screens to offer (the server checks each anyway). */
    public List<String> availableActions(boolean delivered) {
        List<String> a = new ArrayList<>();
        switch (status) {
            case DRAFT -> {
                a.addAll(List.of("add-adjustment", "discount", "finalise"));
                if (pendingDiscount()) {
                    a.add("decide-discount");
                }
                a.add("override");
            }
            case FINALISED -> a.addAll(List.of("pay", "void"));
            case PAID -> {
                if (!released()) {
                    a.addAll(List.of("release-note", "void"));
                } else if (!delivered) {
                    a.add("deliver");
                }
            }
            case VOID -> { }
        }
        if ((status == SettlementStatus.FINALISED || status == SettlementStatus.PAID) && fapiaoStatus != FapiaoStatus.RED_LETTER) {
            a.add(fapiaoStatus == FapiaoStatus.NONE ? "fapiao" : "red-letter");
        }
        return a;
    }

    public boolean customerPay(SettlementLine l) {
        return l.payType == PayType.CUSTOMER;
    }

    private void require(Set<SettlementStatus> from, String code, String action) {
        if (!from.contains(status)) {
            throw new ProblemException(409, code, "Not allowed in this state",
                    "The bill is " + status + "; cannot " + action + " (allowed when " + from + ")");
        }
    }
}
