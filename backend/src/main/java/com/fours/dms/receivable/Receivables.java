package com.fours.dms.receivable;

import com.fours.dms.customer.CustomerService;
import com.fours.dms.receivable.api.ReceivableApi.*;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.persistence.Cursor;
import com.fours.dms.shared.persistence.Page;
import com.fours.dms.shared.persistence.PageRequest;
import com.fours.dms.shared.persistence.SqlValues;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.shared.security.StoreAccess;
import com.fours.dms.store.StoreService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Credit accounts and receivables (issue 10, R-DEL-3): the service manager gives a fleet customer
 * (or an insurer) a credit limit and payment terms; a bill paid on account raises a receivable due
 * after the terms, refused above the credit still available; the cashier takes payments against
 * it (partial, one tender each), the service manager corrects it with a reason; the ageing list and
 * the customer statement are read set-based in SQL, in the store's days from the injected Clock.
 * Nothing is deleted; every change is audited. Settlement calls {@link #chargeOnAccount},
 * {@link #billInsurer} and {@link #cancelForSettlement}; this context knows nothing of bills.
 */
@ApplicationScoped
public class Receivables {
    static final String ACCOUNT = "credit-account";
    static final String RECEIVABLE = "receivable";
    static final BigDecimal ZERO = new BigDecimal("0.00");
    /** "As of the end of time": every receivable and entry counts (a date PostgreSQL holds). */
    static final LocalDate EVER = LocalDate.of(9999, 12, 31);

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
    StoreService stores;

    @Inject
    CustomerService customers;

    /** The store's day now, in its zone. */
    public LocalDate today(String store) {
        return LocalDate.ofInstant(clock.instant(), stores.timeZone(store));
    }

    // ---- accounts ---------------------------------------------------------------------------

    private static final String ACCOUNT_SELECT = """
            select a.id, a.kind, a.customer_id, a.name, a.credit_limit, a.payment_terms_days, a.active, a.updated_by, a.updated_at, a.version,
                coalesce((select sum(o.outstanding) from receivable_open o where o.account_id = a.id), 0)
            from receivable_account a
            """;

    public AccountList accounts(String store) {
        access.require(store);
        return new AccountList(accountRows("where a.store_code = ?1 order by a.name, a.id", store, null));
    }

    public AccountView account(String store, UUID id) {
        access.require(store);
        return accountRows("where a.store_code = ?1 and a.id = ?3", store, id).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Credit account", id));
    }

    /** The fleet account of a customer, if the store gave it one. */
    public java.util.Optional<AccountView> accountOfCustomer(String store, UUID customerId) {
        return accountRows("where a.store_code = ?1 and a.customer_id = ?3", store, customerId).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<AccountView> accountRows(String where, String store, UUID id) {
        var q = em.createNativeQuery(OPEN_CTE + ACCOUNT_SELECT + where).setParameter(1, store).setParameter(2, EVER);
        if (id != null) {
            q.setParameter(3, id);
        }
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(Receivables::accountView).toList();
    }

    private static AccountView accountView(Object[] r) {
        BigDecimal limit = money((BigDecimal) r[4]);
        BigDecimal outstanding = money((BigDecimal) r[10]);
        return new AccountView((UUID) r[0], AccountKind.valueOf((String) r[1]), (UUID) r[2], (String) r[3], limit, ((Number) r[5]).intValue(),
                (Boolean) r[6], outstanding, limit.subtract(outstanding).max(ZERO), (String) r[7], SqlValues.instant(r[8]), ((Number) r[9]).longValue());
    }

    @Transactional
    public AccountView createAccount(String store, AccountRequest req) {
        access.require(store);
        String name = req.name() == null ? null : req.name().strip();
        if (req.kind() == AccountKind.FLEET) {
            if (req.customerId() == null) {
                throw ProblemException.validation(List.of(new Violation("customerId", "a fleet account belongs to a customer")));
            }
            customers.requireReference(store, req.customerId(), "customerId");
            CustomerService.Summary c = customers.summaries(List.of(req.customerId())).get(req.customerId());
            CreditAccountPolicy.requireFleetCustomer(c);
            if (accountOfCustomer(store, req.customerId()).isPresent()) {
                throw ProblemException.conflict("credit-account-exists", "The customer has a credit account; change its limit and terms instead");
            }
            if (name == null || name.isEmpty()) {
                name = c.name();
            }
        } else {
            if (req.customerId() != null) {
                throw ProblemException.validation(List.of(new Violation("customerId", "an insurer account has no customer")));
            }
            if (name == null || name.isEmpty()) {
                throw ProblemException.validation(List.of(new Violation("name", "name the insurer")));
            }
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        try {
            em.createNativeQuery("""
                    insert into receivable_account (id, store_code, kind, customer_id, name, credit_limit, payment_terms_days, active, created_by, created_at,
                        updated_by, updated_at, version)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, true, ?8, ?9, ?8, ?9, 0)""")
                    .setParameter(1, id).setParameter(2, store).setParameter(3, req.kind().name()).setParameter(4, uuid(req.customerId())).setParameter(5, name)
                    .setParameter(6, money(req.creditLimit())).setParameter(7, req.paymentTermsDays()).setParameter(8, user.username()).setParameter(9, now)
                    .executeUpdate();
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            if (com.fours.dms.shared.persistence.ConstraintViolations.find(e).map(com.fours.dms.shared.persistence.ConstraintViolations.Refused::unique).orElse(false)) {
                throw ProblemException.conflict("credit-account-exists", "The customer has a credit account; change its limit and terms instead");
            }
            throw e;
        }
        AccountView v = account(store, id);
        audit.created(store, ACCOUNT, id, v);
        return v;
    }

    @Transactional
    public AccountView updateAccount(String store, UUID id, long expected, AccountUpdate req) {
        AccountView before = lockAccount(store, id);
        ETags.check(expected, before.version());
        String name = req.name() == null || req.name().isBlank() ? before.name() : req.name().strip();
        em.createNativeQuery("""
                update receivable_account set credit_limit = ?1, payment_terms_days = ?2, active = ?3, name = ?4, updated_by = ?5, updated_at = ?6,
                    version = version + 1
                where id = ?7""")
                .setParameter(1, money(req.creditLimit())).setParameter(2, req.paymentTermsDays()).setParameter(3, req.active()).setParameter(4, name)
                .setParameter(5, user.username()).setParameter(6, clock.instant()).setParameter(7, id).executeUpdate();
        AccountView after = account(store, id);
        audit.changed(store, ACCOUNT, id, "credit-account-changed", before, after);
        return after;
    }

    /** The account locked for a charge, so two bills on account never both take the last of the credit. */
    private AccountView lockAccount(String store, UUID id) {
        access.require(store);
        int found = em.createNativeQuery("select 1 from receivable_account where id = ?1 and store_code = ?2 for update")
                .setParameter(1, id).setParameter(2, store).getResultList().size();
        if (found == 0) {
            throw ProblemException.notFound("Credit account", id);
        }
        return account(store, id);
    }

    // ---- raising receivables (called by settlement) -----------------------------------------

    /**
     * R-DEL-3: a bill of the customer paid on account: a receivable due after the account's terms,
     * refused (422 R-DEL-3, naming the credit available) without an active account or above its
     * remaining credit. At the limit is within it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID chargeOnAccount(String store, UUID customerId, UUID settlementId, String documentNumber, BigDecimal amount) {
        AccountView a = accountOfCustomer(store, customerId).orElseThrow(() -> new ProblemException(422, "R-DEL-3", "Refused by business rule R-DEL-3",
                "The customer has no credit account; the service manager opens one (limit and payment terms) before a bill is paid on account",
                List.of(new Violation("tender", "the customer has no credit account; credit available 0.00")), null));
        a = lockAccount(store, a.id());
        if (!a.active()) {
            throw CreditAccountPolicy.refused("The customer's credit account is closed; credit available 0.00", ZERO);
        }
        BigDecimal charge = money(amount);
        CreditAccountPolicy.requireWithinCredit(a, charge);
        return raise(store, a, ReceivableSource.ON_ACCOUNT, settlementId, documentNumber, "挂账 / on account", charge);
    }

    /**
     * R-DEL-3: an insurer's share of a bill: a receivable on the insurer's account, due after its
     * terms; refused (422 R-DEL-3, naming the credit available) above the insurer's remaining credit,
     * exactly like a fleet's bill on account. At the limit is within it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID billInsurer(String store, UUID accountId, UUID settlementId, String documentNumber, String description, BigDecimal amount) {
        AccountView a = lockAccount(store, accountId);
        if (a.kind() != AccountKind.INSURER) {
            throw ProblemException.validation(List.of(new Violation("accountId", "is a " + a.kind() + " account, not an insurer's")));
        }
        if (!a.active()) {
            throw ProblemException.validation(List.of(new Violation("accountId", "the insurer's account is closed")));
        }
        BigDecimal charge = money(amount);
        CreditAccountPolicy.requireWithinCredit(a, charge);
        return raise(store, a, ReceivableSource.INSURER, settlementId, documentNumber, description, charge);
    }

    private UUID raise(String store, AccountView a, ReceivableSource source, UUID settlementId, String documentNumber, String description, BigDecimal amount) {
        UUID id = UUID.randomUUID();
        LocalDate day = today(store);
        em.createNativeQuery("""
                insert into receivable (id, store_code, account_id, source, settlement_id, document_number, description, amount, invoice_date, due_date,
                    created_by, created_at, version)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 0)""")
                .setParameter(1, id).setParameter(2, store).setParameter(3, a.id()).setParameter(4, source.name()).setParameter(5, uuid(settlementId))
                .setParameter(6, documentNumber).setParameter(7, text(description)).setParameter(8, amount).setParameter(9, day)
                .setParameter(10, day.plusDays(a.paymentTermsDays())).setParameter(11, user.username()).setParameter(12, clock.instant()).executeUpdate();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("accountId", a.id());
        d.put("source", source);
        d.put("settlementId", settlementId);
        d.put("documentNumber", documentNumber);
        d.put("amount", amount);
        d.put("dueDate", day.plusDays(a.paymentTermsDays()).toString());
        audit.action(store, RECEIVABLE, id, "raised", d);
        return id;
    }

    /**
     * A voided bill's receivables are corrected to nothing (with the void's reason), so the account
     * no longer owes them; refused (409 R-DEL-3) when one was paid already: its payments are settled first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelForSettlement(String store, UUID settlementId, String reason) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select id from receivable where store_code = ?1 and settlement_id = ?2 order by created_at for update")
                .setParameter(1, store).setParameter(2, settlementId).getResultList();
        for (UUID id : ids) {
            ReceivableView r = receivable(store, id);
            if (r.paid().signum() > 0) {
                throw ProblemException.rule("R-DEL-3", "Receivable " + r.documentNumber() + " has payments of " + r.paid()
                        + "; the service manager corrects it before the bill is voided");
            }
            if (r.outstanding().signum() > 0) {
                entry(store, r, EntryKind.CORRECTION, null, r.outstanding().negate(), null, "作废 / bill voided: " + reason);
            }
        }
    }

    // ---- reading ----------------------------------------------------------------------------

    /** Outstanding per receivable as of a store day (?2; {@link #EVER} for everything): amount + corrections − payments. */
    private static final String OPEN_CTE = """
            with receivable_open as (
                select r.id, r.account_id, r.invoice_date, r.due_date, r.amount,
                    coalesce(sum(e.amount) filter (where e.kind = 'PAYMENT'), 0) as paid,
                    coalesce(sum(e.amount) filter (where e.kind = 'CORRECTION'), 0) as corrected,
                    r.amount + coalesce(sum(e.amount) filter (where e.kind = 'CORRECTION'), 0) - coalesce(sum(e.amount) filter (where e.kind = 'PAYMENT'), 0)
                        as outstanding
                from receivable r
                left join receivable_entry e on e.receivable_id = r.id and e.entry_date <= cast(?2 as date)
                where r.store_code = ?1 and r.invoice_date <= cast(?2 as date)
                group by r.id)
            """;

    private static final String RECEIVABLE_SELECT = """
            select r.id, r.account_id, a.name, a.kind, r.source, r.settlement_id, r.document_number, r.description, r.amount, o.paid, o.corrected,
                o.outstanding, r.invoice_date, r.due_date, r.version, r.created_at
            from receivable r
            join receivable_open o on o.id = r.id
            join receivable_account a on a.id = r.account_id
            """;

    /**
     * The store's receivables, the oldest first: of one account, or all; open only (outstanding ≠ 0)
     * unless all are asked for. Keyset pages in (invoice date, created at, id) order, a unique key
     * that never changes: the cursor is the last row's three values, so a page never repeats or
     * skips a row however many are raised or paid meanwhile.
     */
    @SuppressWarnings("unchecked")
    public ReceivableList list(String store, UUID accountId, boolean openOnly, PageRequest page) {
        access.require(store);
        LocalDate today = today(store);
        ListKey after = page.cursor() == null ? null : ListKey.of(page.cursor());
        // ?1 store and ?2 the day are the CTE's; the filters take the next labels in turn (no gaps)
        List<Object> params = new ArrayList<>(List.of(store, today));
        StringBuilder where = new StringBuilder("where r.store_code = ?1");
        if (accountId != null) {
            params.add(accountId);
            where.append(" and r.account_id = ?").append(params.size());
        }
        if (openOnly) {
            where.append(" and o.outstanding <> 0");
        }
        if (after != null) {
            params.addAll(List.of(after.invoiceDate(), after.createdAt(), after.id()));
            int n = params.size();
            where.append(" and (r.invoice_date, r.created_at, r.id) > (cast(?").append(n - 2).append(" as date), cast(?").append(n - 1)
                    .append(" as timestamptz), cast(?").append(n).append(" as uuid))");
        }
        params.add(page.fetch());
        where.append(" order by r.invoice_date, r.created_at, r.id limit ?").append(params.size());
        var q = em.createNativeQuery(OPEN_CTE + RECEIVABLE_SELECT + where);
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        List<Object[]> rows = q.getResultList();
        Page<ReceivableView> found = page.pageByKey(rows, r -> new ListKey(date(r[12]), SqlValues.instant(r[15]), (UUID) r[0]).cursor(),
                r -> receivableView(r, today, List.of()));
        return new ReceivableList(today, found.items(), found.nextCursor());
    }

    /** The receivables list's order key: invoice date, creation instant (exact to the microsecond) and id, as the cursor "date|instant" + id. */
    record ListKey(LocalDate invoiceDate, Instant createdAt, UUID id) {
        Cursor cursor() {
            return Cursor.after(invoiceDate + "|" + createdAt, id);
        }

        static ListKey of(Cursor c) {
            String key = c.requireKey();
            int bar = key.indexOf('|');
            if (bar < 0) {
                throw Cursor.invalid();
            }
            try {
                return new ListKey(LocalDate.parse(key.substring(0, bar)), new Cursor(key.substring(bar + 1), c.id()).exactInstantKey(), c.id());
            } catch (java.time.format.DateTimeParseException e) {
                throw Cursor.invalid();
            }
        }
    }

    @SuppressWarnings("unchecked")
    public ReceivableView receivable(String store, UUID id) {
        access.require(store);
        LocalDate today = today(store);
        List<Object[]> rows = em.createNativeQuery(OPEN_CTE + RECEIVABLE_SELECT + "where r.store_code = ?1 and r.id = ?3").setParameter(1, store)
                .setParameter(3, id).setParameter(2, EVER).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Receivable", id);
        }
        List<Object[]> entries = em.createNativeQuery("""
                select id, kind, tender, amount, entry_date, reference, reason, recorded_by, recorded_at from receivable_entry
                where receivable_id = ?1 order by seq""").setParameter(1, id).getResultList();
        return receivableView(rows.get(0), today, entries.stream().map(e -> new EntryView((UUID) e[0], EntryKind.valueOf((String) e[1]),
                e[2] == null ? null : ReceivableTender.valueOf((String) e[2]), money((BigDecimal) e[3]), date(e[4]), (String) e[5], (String) e[6],
                (String) e[7], SqlValues.instant(e[8]))).toList());
    }

    private static ReceivableView receivableView(Object[] r, LocalDate today, List<EntryView> entries) {
        LocalDate invoice = date(r[12]);
        LocalDate due = date(r[13]);
        int age = (int) Math.max(0, today.toEpochDay() - invoice.toEpochDay());
        int overdue = (int) Math.max(0, today.toEpochDay() - due.toEpochDay());
        return new ReceivableView((UUID) r[0], (UUID) r[1], (String) r[2], AccountKind.valueOf((String) r[3]), ReceivableSource.valueOf((String) r[4]),
                (UUID) r[5], (String) r[6], (String) r[7], money((BigDecimal) r[8]), money((BigDecimal) r[9]), money((BigDecimal) r[10]),
                money((BigDecimal) r[11]), invoice, due, age, AgeingBucket.of(age), overdue, entries, ((Number) r[14]).longValue());
    }

    /**
     * R-DEL-3: the ageing list, one statement: each account's outstanding by the store's days since
     * the invoice date (0–30, 31–60, 61–90, more than 90), as of today in the store's zone.
     */
    @SuppressWarnings("unchecked")
    public Ageing ageing(String store) {
        access.require(store);
        LocalDate today = today(store);
        List<Object[]> rows = em.createNativeQuery(OPEN_CTE + """
                select a.id, a.name, a.kind, a.credit_limit,
                    coalesce(sum(o.outstanding) filter (where cast(?2 as date) - o.invoice_date <= 30), 0),
                    coalesce(sum(o.outstanding) filter (where cast(?2 as date) - o.invoice_date between 31 and 60), 0),
                    coalesce(sum(o.outstanding) filter (where cast(?2 as date) - o.invoice_date between 61 and 90), 0),
                    coalesce(sum(o.outstanding) filter (where cast(?2 as date) - o.invoice_date > 90), 0),
                    sum(o.outstanding),
                    coalesce(sum(o.outstanding) filter (where o.due_date < cast(?2 as date)), 0)
                from receivable_account a
                join receivable_open o on o.account_id = a.id and o.outstanding <> 0
                where a.store_code = ?1
                group by a.id, a.name, a.kind, a.credit_limit
                order by sum(o.outstanding) filter (where cast(?2 as date) - o.invoice_date > 90) desc nulls last, a.name, a.id""")
                .setParameter(1, store).setParameter(2, today).getResultList();
        List<AgeingRow> out = new ArrayList<>();
        BigDecimal[] sum = {ZERO, ZERO, ZERO, ZERO, ZERO, ZERO};
        for (Object[] r : rows) {
            BigDecimal[] v = new BigDecimal[6];
            for (int i = 0; i < 6; i++) {
                v[i] = money((BigDecimal) r[4 + i]);
                sum[i] = sum[i].add(v[i]);
            }
            out.add(new AgeingRow((UUID) r[0], (String) r[1], AccountKind.valueOf((String) r[2]), money((BigDecimal) r[3]), v[0], v[1], v[2], v[3], v[4], v[5]));
        }
        return new Ageing(today, out, new AgeingRow(null, "合计 / total", null, null, sum[0], sum[1], sum[2], sum[3], sum[4], sum[5]));
    }

    /** A customer statement for the store days from..to (inclusive): opening balance, invoices, payments, corrections, closing balance. */
    @SuppressWarnings("unchecked")
    public Statement statement(String store, UUID accountId, LocalDate from, LocalDate to) {
        AccountView account = account(store, accountId);
        LocalDate today = today(store);
        LocalDate start = from != null ? from : today.withDayOfMonth(1);
        LocalDate end = to != null ? to : today;
        if (end.isBefore(start)) {
            throw ProblemException.validation(List.of(new Violation("to", "is before from")));
        }
        List<Object[]> rows = em.createNativeQuery("""
                select d, kind, document_number, description, amount, ord from (
                    select r.invoice_date as d, 'INVOICE' as kind, r.document_number, r.description, r.amount, 0 as ord, r.created_at as at, 0 as seq
                    from receivable r where r.account_id = ?1 and r.store_code = ?2
                    union all
                    select e.entry_date, e.kind, r.document_number, coalesce(e.reason, e.tender || coalesce(' ' || e.reference, '')), e.amount, 1, e.recorded_at, e.seq
                    from receivable_entry e join receivable r on r.id = e.receivable_id where r.account_id = ?1 and r.store_code = ?2
                ) x where d <= ?3 order by d, ord, at, seq""")
                .setParameter(1, accountId).setParameter(2, store).setParameter(3, end).getResultList();
        BigDecimal opening = ZERO;
        BigDecimal invoiced = ZERO;
        BigDecimal paid = ZERO;
        BigDecimal corrected = ZERO;
        List<StatementLine> lines = new ArrayList<>();
        BigDecimal balance = null;
        for (Object[] r : rows) {
            LocalDate d = date(r[0]);
            String kind = (String) r[1];
            BigDecimal amount = money((BigDecimal) r[4]);
            BigDecimal effect = "PAYMENT".equals(kind) ? amount.negate() : amount;
            if (d.isBefore(start)) {
                opening = opening.add(effect);
                continue;
            }
            if (balance == null) {
                balance = opening;
            }
            balance = balance.add(effect);
            switch (kind) {
                case "INVOICE" -> invoiced = invoiced.add(amount);
                case "PAYMENT" -> paid = paid.add(amount);
                default -> corrected = corrected.add(amount);
            }
            BigDecimal debit = effect.signum() > 0 ? effect : ZERO;
            BigDecimal credit = effect.signum() < 0 ? effect.negate() : ZERO;
            lines.add(new StatementLine(d, kind, (String) r[2], (String) r[3], debit, credit, balance));
        }
        return new Statement(account, start, end, opening, lines, invoiced, paid, corrected, balance == null ? opening : balance);
    }

    // ---- payments and corrections -----------------------------------------------------------

    /** R-DEL-3: a payment against a receivable by one tender; partial payments add up; at most what is outstanding. */
    @Transactional
    public ReceivableView pay(String store, UUID id, PaymentRequest req) {
        ReceivableView r = locked(store, id);
        BigDecimal amount = money(req.amount());
        if (amount.compareTo(r.outstanding()) > 0) {
            throw ProblemException.rule("R-DEL-3", "The payment of " + amount + " is more than the " + r.outstanding() + " outstanding on " + r.documentNumber());
        }
        entry(store, r, EntryKind.PAYMENT, req.tender(), amount, req.reference() == null ? null : req.reference().strip(), null);
        return receivable(store, id);
    }

    /** The service manager's correction of a receivable, with its reason; what is owed never goes below 0. */
    @Transactional
    public ReceivableView correct(String store, UUID id, long expected, CorrectionRequest req) {
        ReceivableView r = locked(store, id);
        ETags.check(expected, r.version());
        BigDecimal amount = money(req.amount());
        if (amount.signum() == 0) {
            throw ProblemException.validation(List.of(new Violation("amount", "a correction changes what is owed: not 0")));
        }
        if (r.outstanding().add(amount).signum() < 0) {
            throw ProblemException.validation(List.of(new Violation("amount", "at most " + r.outstanding() + " can be taken off (what is outstanding)")));
        }
        entry(store, r, EntryKind.CORRECTION, null, amount, null, req.reason().strip());
        return receivable(store, id);
    }

    private ReceivableView locked(String store, UUID id) {
        access.require(store);
        if (em.createNativeQuery("select 1 from receivable where id = ?1 and store_code = ?2 for update").setParameter(1, id).setParameter(2, store)
                .getResultList().isEmpty()) {
            throw ProblemException.notFound("Receivable", id);
        }
        return receivable(store, id);
    }

    private void entry(String store, ReceivableView r, EntryKind kind, ReceivableTender tender, BigDecimal amount, String reference, String reason) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                insert into receivable_entry (id, receivable_id, kind, tender, amount, entry_date, reference, reason, recorded_by, recorded_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)""")
                .setParameter(1, id).setParameter(2, r.id()).setParameter(3, kind.name()).setParameter(4, text(tender == null ? null : tender.name()))
                .setParameter(5, amount).setParameter(6, today(store)).setParameter(7, text(reference)).setParameter(8, text(reason)).setParameter(9, user.username())
                .setParameter(10, clock.instant()).executeUpdate();
        em.createNativeQuery("update receivable set version = version + 1 where id = ?1").setParameter(1, r.id()).executeUpdate();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("entryId", id);
        d.put("amount", amount);
        d.put("tender", tender);
        d.put("reference", reference);
        d.put("reason", reason);
        d.put("outstandingBefore", r.outstanding());
        audit.action(store, RECEIVABLE, r.id(), kind == EntryKind.PAYMENT ? "payment-recorded" : "corrected", d);
    }

    private static org.hibernate.query.TypedParameterValue<UUID> uuid(UUID v) {
        return new org.hibernate.query.TypedParameterValue<>(org.hibernate.type.StandardBasicTypes.UUID, v);
    }

    private static org.hibernate.query.TypedParameterValue<String> text(String v) {
        return new org.hibernate.query.TypedParameterValue<>(org.hibernate.type.StandardBasicTypes.STRING, v);
    }

    static BigDecimal money(BigDecimal v) {
        return v == null ? ZERO : v.setScale(2, RoundingMode.HALF_UP);
    }

    static LocalDate date(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
