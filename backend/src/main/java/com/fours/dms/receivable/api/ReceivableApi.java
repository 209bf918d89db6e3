package com.fours.dms.receivable.api;

import com.fours.dms.receivable.AccountKind;
import com.fours.dms.receivable.AgeingBucket;
import com.fours.dms.receivable.EntryKind;
import com.fours.dms.receivable.ReceivableSource;
import com.fours.dms.receivable.ReceivableTender;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API types of credit accounts and receivables (issue 10, R-DEL-3). Money to the fen; dates are the store's days. */
public final class ReceivableApi {
    private ReceivableApi() {}

    @Schema(name = "CreditAccountRequest", description = "A new credit account (service manager): a FLEET account of a fleet (COMPANY) customer (customerId; the name defaults to the customer's; a private customer is refused, R-DEL-3) or an INSURER account (name).")
    public record AccountRequest(
            @Schema(required = true) @NotNull AccountKind kind,
            @Schema(nullable = true, description = "The fleet (COMPANY) customer (FLEET only).") UUID customerId,
            @Schema(nullable = true, examples = "中国人民财产保险 北京分公司") @Size(max = 200) String name,
            @Schema(required = true, examples = "50000.00") @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal creditLimit,
            @Schema(required = true, examples = "30") @NotNull @Min(0) @Max(365) Integer paymentTermsDays) {}

    @Schema(name = "CreditAccountUpdate", description = "The service manager's change of an account's limit, terms or standing (audited; a lower limit than what is owed only stops new charges).")
    public record AccountUpdate(
            @Schema(required = true, examples = "50000.00") @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal creditLimit,
            @Schema(required = true, examples = "30") @NotNull @Min(0) @Max(365) Integer paymentTermsDays,
            @Schema(required = true, examples = "true") @NotNull Boolean active,
            @Schema(nullable = true, examples = "京通物流 车队") @Size(max = 200) String name) {}

    @Schema(name = "CreditAccount", description = "A credit account: its limit and terms, what it owes now (outstanding) and the credit still available (limit − outstanding, never below 0).")
    public record AccountView(
            @Schema(required = true) UUID id,
            @Schema(required = true) AccountKind kind,
            @Schema(nullable = true) UUID customerId,
            @Schema(required = true, examples = "京通物流 车队") String name,
            @Schema(required = true, examples = "50000.00") BigDecimal creditLimit,
            @Schema(required = true, examples = "30") int paymentTermsDays,
            @Schema(required = true) boolean active,
            @Schema(required = true, examples = "12800.00") BigDecimal outstanding,
            @Schema(required = true, examples = "37200.00") BigDecimal available,
            @Schema(nullable = true) String updatedBy,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, examples = "0") long version) {}

    @Schema(name = "CreditAccountList", description = "The store's credit accounts by name.")
    public record AccountList(@Schema(required = true) List<AccountView> items) {}

    @Schema(name = "ReceivableEntry", description = "A payment against a receivable (one tender) or the service manager's correction (signed: negative lowers what is owed), with who, when and why.")
    public record EntryView(
            @Schema(required = true) UUID id,
            @Schema(required = true) EntryKind kind,
            @Schema(nullable = true) ReceivableTender tender,
            @Schema(required = true, examples = "500.00") BigDecimal amount,
            @Schema(required = true) LocalDate entryDate,
            @Schema(nullable = true, examples = "网银 20261201-0042") String reference,
            @Schema(nullable = true) String reason,
            @Schema(required = true) String recordedBy,
            @Schema(required = true) Instant recordedAt) {}

    @Schema(name = "Receivable", description = "What an account owes for one document: amount, payments, corrections, outstanding; its age in the store's days since the invoice date and ageing bucket, due date and days overdue.")
    public record ReceivableView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID accountId,
            @Schema(required = true, examples = "京通物流 车队") String accountName,
            @Schema(required = true) AccountKind accountKind,
            @Schema(required = true) ReceivableSource source,
            @Schema(nullable = true) UUID settlementId,
            @Schema(required = true, examples = "JSBJ01-000001") String documentNumber,
            @Schema(nullable = true) String description,
            @Schema(required = true, examples = "1378.60") BigDecimal amount,
            @Schema(required = true, examples = "500.00") BigDecimal paid,
            @Schema(required = true, examples = "0.00") BigDecimal corrected,
            @Schema(required = true, examples = "878.60") BigDecimal outstanding,
            @Schema(required = true) LocalDate invoiceDate,
            @Schema(required = true) LocalDate dueDate,
            @Schema(required = true, examples = "12") int ageDays,
            @Schema(required = true) AgeingBucket bucket,
            @Schema(required = true, examples = "0", description = "Days past the due date (0 when not yet due).") int overdueDays,
            @Schema(required = true) List<EntryView> entries,
            @Schema(required = true, examples = "0") long version) {}

    @Schema(name = "ReceivableList", description = "One page of receivables, the oldest first, as of the store's day asOf; pass nextCursor back as cursor for the next page.")
    public record ReceivableList(
            @Schema(required = true) LocalDate asOf,
            @Schema(required = true) List<ReceivableView> items,
            @Schema(nullable = true, description = "Opaque cursor for the next page; null when there is none.") String nextCursor) {}

    @Schema(name = "AgeingRow", description = "One account's outstanding by age since the invoice date: 0–30, 31–60, 61–90 and more than 90 days.")
    public record AgeingRow(
            @Schema(nullable = true, description = "Null on the totals row.") UUID accountId,
            @Schema(required = true, examples = "京通物流 车队") String accountName,
            @Schema(nullable = true) AccountKind kind,
            @Schema(nullable = true, examples = "50000.00") BigDecimal creditLimit,
            @Schema(required = true, examples = "1200.00") BigDecimal days0to30,
            @Schema(required = true, examples = "0.00") BigDecimal days31to60,
            @Schema(required = true, examples = "0.00") BigDecimal days61to90,
            @Schema(required = true, examples = "0.00") BigDecimal over90,
            @Schema(required = true, examples = "1200.00") BigDecimal total,
            @Schema(required = true, examples = "0.00", description = "Of the total, what is past its due date.") BigDecimal overdue) {}

    @Schema(name = "ReceivablesAgeing", description = "The receivables ageing list (R-DEL-3): per account with something outstanding, and the totals; ages are the store's days as of asOf.")
    public record Ageing(@Schema(required = true) LocalDate asOf, @Schema(required = true) List<AgeingRow> rows, @Schema(required = true) AgeingRow totals) {}

    @Schema(name = "ReceivablePaymentRequest", description = "A payment against a receivable by one tender; partial payments add up, several tenders are several payments; at most what is outstanding.")
    public record PaymentRequest(
            @Schema(required = true) @NotNull ReceivableTender tender,
            @Schema(required = true, examples = "500.00") @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @Schema(nullable = true, examples = "网银 20261201-0042") @Size(max = 100) String reference) {}

    @Schema(name = "ReceivableCorrectionRequest", description = "The service manager's correction (signed amount, never 0; negative lowers what is owed, never below 0), with its reason.")
    public record CorrectionRequest(
            @Schema(required = true, examples = "-20.00") @NotNull @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @Schema(required = true, examples = "车队协议价差额") @NotBlank @Size(max = 1000) String reason) {}

    @Schema(name = "StatementLine", description = "A line of a customer statement: an INVOICE (debit), a PAYMENT (credit) or a CORRECTION, with the running balance.")
    public record StatementLine(
            @Schema(required = true) LocalDate date,
            @Schema(required = true, examples = "INVOICE") String kind,
            @Schema(required = true, examples = "JSBJ01-000001") String documentNumber,
            @Schema(nullable = true) String description,
            @Schema(required = true, examples = "1378.60") BigDecimal debit,
            @Schema(required = true, examples = "0.00") BigDecimal credit,
            @Schema(required = true, examples = "1378.60") BigDecimal balance) {}

    @Schema(name = "AccountStatement", description = "A customer statement for a period (store days, both inclusive): the opening balance, invoices, payments and corrections in order, the closing balance.")
    public record Statement(
            @Schema(required = true) AccountView account,
            @Schema(required = true) LocalDate from,
            @Schema(required = true) LocalDate to,
            @Schema(required = true, examples = "0.00") BigDecimal openingBalance,
            @Schema(required = true) List<StatementLine> lines,
            @Schema(required = true, examples = "1378.60") BigDecimal invoiced,
            @Schema(required = true, examples = "500.00") BigDecimal paid,
            @Schema(required = true, examples = "0.00") BigDecimal corrected,
            @Schema(required = true, examples = "878.60") BigDecimal closingBalance) {}
}
