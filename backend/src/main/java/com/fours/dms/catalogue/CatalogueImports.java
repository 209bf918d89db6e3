package com.fours.dms.catalogue;

import com.fours.dms.catalogue.ImportColumns.Bad;
import com.fours.dms.catalogue.ImportColumns.Cells;
import com.fours.dms.catalogue.ImportColumns.Col;
import com.fours.dms.catalogue.api.CatalogueApi;
import com.fours.dms.catalogue.api.CatalogueApiImportViewBuilder;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.persistence.ChangeFeed;
import com.fours.dms.shared.persistence.PageRequest;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.shared.security.StoreAccess;
import com.fours.dms.store.StoreService;
import com.fours.dms.workshop.BayType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hibernate.Session;

/**
 * Imports a price list (parts) or a labour list (operations) from CSV or XLSX (issue 8). Every row
 * is checked first; if any is bad nothing is written and the import is REJECTED with a report of
 * every bad row and why. Otherwise all rows are written in the one transaction (new numbers are
 * created, known ones changed; columns the file does not have keep their values). A dry run checks
 * and reports without writing. Parts are written set-wise (arrays through unnest), so a price list
 * of 50 000 parts takes seconds.
 */
@ApplicationScoped
public class CatalogueImports {
    static final String ENTITY = "catalogue-import";
    static final int SHOWN_REJECTIONS = 50;
    static final int MAX_ROWS = 200_000;
    private static final int CHUNK = 5_000;
    private static final java.util.regex.Pattern PART_NUMBER = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ./_-]*");
    private static final java.util.regex.Pattern OPERATION_CODE = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    @Inject
    StoreAccess access;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    StoreService stores;

    @Transactional
    public CatalogueApi.ImportView importFile(String store, ImportKind kind, boolean dryRun, String fileName, byte[] bytes) {
        access.require(store);
        long started = System.nanoTime();
        ImportFile.Table table = ImportFile.read(bytes);
        if (table.lines().size() < 2) {
            throw new ProblemException(422, "import-unreadable", "No rows", "The file has no data rows below its header row",
                    List.of(new Violation("file", "has no data rows")), null);
        }
        if (table.lines().size() - 1 > MAX_ROWS) {
            throw new ProblemException(413, "import-too-large", "Too many rows", "At most " + MAX_ROWS + " rows per import; split the file",
                    List.of(new Violation("file", "has more than " + MAX_ROWS + " rows")), null);
        }
        CatalogueImport imp = new CatalogueImport();
        imp.id = Ids.newId(clock);
        imp.storeCode = store;
        imp.kind = kind;
        imp.fileName = fileName == null || fileName.isBlank() ? null : fileName.strip().substring(0, Math.min(255, fileName.strip().length()));
        imp.format = table.format();
        imp.encoding = table.encoding();
        imp.dryRun = dryRun;
        imp.rowsTotal = table.lines().size() - 1;
        imp.importedBy = user.username();
        imp.createdAt = clock.instant();
        List<CatalogueApi.Rejection> rejections = switch (kind) {
            case PARTS -> new PartsImport(store, imp, table, dryRun).run();
            case OPERATIONS -> new OperationsImport(store, imp, table, dryRun).run();
        };
        imp.rowsRejected = (int) rejections.stream().map(CatalogueApi.Rejection::row).distinct().count();
        imp.status = !rejections.isEmpty() ? ImportStatus.REJECTED : dryRun ? ImportStatus.VALID : ImportStatus.IMPORTED;
        imp.reportCsv = report(rejections);
        imp.durationMs = (System.nanoTime() - started) / 1_000_000;
        imp.persist();
        em.flush();
        CatalogueApi.ImportView v = view(imp, rejections);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("kind", kind.name());
        d.put("fileName", imp.fileName);
        d.put("dryRun", dryRun);
        d.put("status", imp.status.name());
        d.put("rowsTotal", imp.rowsTotal);
        d.put("rowsRejected", imp.rowsRejected);
        d.put("rowsCreated", imp.rowsCreated);
        d.put("rowsUpdated", imp.rowsUpdated);
        audit.action(store, ENTITY, imp.id, imp.status == ImportStatus.IMPORTED ? "imported" : dryRun ? "checked" : "rejected", d);
        return v;
    }

    public CatalogueApi.ImportView get(String store, UUID id) {
        CatalogueImport imp = load(store, id);
        return view(imp, rejections(imp.reportCsv, SHOWN_REJECTIONS));
    }

    /** The report of rejected rows, as CSV (UTF-8 with a byte order mark, so Excel shows the Chinese right). */
    public String report(String store, UUID id) {
        return "\uFEFF" + load(store, id).reportCsv;
    }

    /** The store's imports, newest first; with {@code updatedSince}, the change feed (an import never changes: in the order they committed). */
    public CatalogueApi.ImportPage list(String store, String updatedSince, String cursor, Integer limit) {
        access.require(store);
        ChangeFeed feed = ChangeFeed.of(updatedSince, cursor, limit);
        if (feed != null) {
            Map<String, Object> p = feed.parameters();
            p.put("store", store);
            List<CatalogueImport> rows = CatalogueImport.<CatalogueImport>find("storeCode = :store and " + feed.condition("createdAt") + ChangeFeed.ORDER, p)
                    .page(0, feed.fetch()).list();
            var changed = feed.page(rows, i -> i.changeSeq, this::summary, em, "catalogue_import", store);
            return new CatalogueApi.ImportPage(changed.items(), changed.nextCursor(), changed.syncCursor());
        }
        PageRequest page = PageRequest.of(cursor, limit);
        List<CatalogueImport> rows = page.after() == null
                ? CatalogueImport.find("storeCode = ?1 order by id desc", store).page(0, page.fetch()).list()
                : CatalogueImport.find("storeCode = ?1 and id < ?2 order by id desc", store, page.after()).page(0, page.fetch()).list();
        var found = page.page(rows, i -> i.id, this::summary);
        return new CatalogueApi.ImportPage(found.items(), found.nextCursor(), null);
    }

    private CatalogueApi.ImportView summary(CatalogueImport i) {
        return view(i, rejections(i.reportCsv, SHOWN_REJECTIONS));
    }

    private CatalogueImport load(String store, UUID id) {
        return access.owned(store, CatalogueImport.<CatalogueImport>findById(id), i -> i.storeCode, "Catalogue import", id);
    }

    private static CatalogueApi.ImportView view(CatalogueImport i, List<CatalogueApi.Rejection> rejections) {
        return CatalogueApiImportViewBuilder.stagedBuilder()
                .id(i.id).kind(i.kind).fileName(i.fileName).format(i.format).encoding(i.encoding).dryRun(i.dryRun).status(i.status)
                .rowsTotal(i.rowsTotal).rowsRejected(i.rowsRejected).rowsCreated(i.rowsCreated).rowsUpdated(i.rowsUpdated)
                .rejections(rejections.subList(0, Math.min(SHOWN_REJECTIONS, rejections.size()))).durationMs(i.durationMs).importedBy(i.importedBy)
                .createdAt(i.createdAt)
                .build();
    }

    private static final String[] REPORT_HEADER = {"row", "column", "value", "message"};

    static String report(List<CatalogueApi.Rejection> rejections) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = CSVFormat.DEFAULT.builder().setHeader(REPORT_HEADER).get().print(out)) {
            for (CatalogueApi.Rejection r : rejections) {
                p.printRecord(r.row(), r.column(), r.value(), r.message());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static List<CatalogueApi.Rejection> rejections(String csv, int max) {
        List<CatalogueApi.Rejection> out = new ArrayList<>();
        try (var parser = CSVFormat.DEFAULT.builder().setHeader(REPORT_HEADER).setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv))) {
            for (var r : parser) {
                if (out.size() >= max) {
                    break;
                }
                out.add(new CatalogueApi.Rejection(Integer.parseInt(r.get(0)), r.get(1), r.get(2).isEmpty() ? null : r.get(2), r.get(3)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void reject(List<CatalogueApi.Rejection> out, Cells cells) {
        for (Bad b : cells.bad) {
            out.add(new CatalogueApi.Rejection(cells.row(), b.column().key(), b.value(), b.message()));
        }
    }

    // ---- parts ------------------------------------------------------------------------------------

    private static final Map<String, Grade> GRADES = Map.of("原厂", Grade.OEM, "原厂件", Grade.OEM, "正厂", Grade.OEM, "副厂", Grade.AFTERMARKET,
            "副厂件", Grade.AFTERMARKET, "品牌件", Grade.AFTERMARKET, "AM", Grade.AFTERMARKET);
    private static final Map<String, TaxClass> TAX_CLASSES = Map.of("标准", TaxClass.STANDARD, "低税率", TaxClass.REDUCED, "零税率", TaxClass.ZERO,
            "免税", TaxClass.EXEMPT);

    /** A part as it will be written: the row merged over what the catalogue already has. */
    private static final class PartRow {
        UUID id;
        boolean isNew;
        String number;
        String key;
        String nameZh;
        String nameEn;
        Grade grade;
        BigDecimal listPrice;
        BigDecimal cost;
        TaxClass taxClass;
        boolean critical;
        boolean active;
        Instant createdAt;
        List<String> supersedes;
        boolean stockChanged;
        BigDecimal onHand;
        BigDecimal reserved = BigDecimal.ZERO;
        BigDecimal reorderPoint;
        Instant expectedArrivalAt;
    }

    private final class PartsImport {
        final String store;
        final CatalogueImport imp;
        final ImportFile.Table table;
        final boolean dryRun;
        final ZoneId zone;

        PartsImport(String store, CatalogueImport imp, ImportFile.Table table, boolean dryRun) {
            this.store = store;
            this.imp = imp;
            this.table = table;
            this.dryRun = dryRun;
            this.zone = stores.calendar(store).zone();
        }

        List<CatalogueApi.Rejection> run() {
            Map<Col, Integer> at = ImportColumns.header(table.lines().get(0).cells(), ImportColumns.PARTS, Col.PART_NUMBER);
            boolean stockColumns = at.containsKey(Col.ON_HAND) || at.containsKey(Col.REORDER_POINT) || at.containsKey(Col.EXPECTED_ARRIVAL);
            Map<String, PartRow> existing = existing(stockColumns && !dryRun);
            // Old number key → the number key of the part superseding it, as it will be after the import.
            Map<String, String> supersession = supersessions();
            List<CatalogueApi.Rejection> rejections = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            List<PartRow> rows = new ArrayList<>();
            List<Cells> rowCells = new ArrayList<>();
            for (ImportFile.Line line : table.lines().subList(1, table.lines().size())) {
                Cells c = new Cells(line, at);
                PartRow r = parse(c, existing);
                if (r != null) {
                    Integer first = seen.putIfAbsent(r.key, c.row());
                    if (first != null) {
                        c.bad.add(new Bad(Col.PART_NUMBER, r.number, "appears again (first in row " + first + ")"));
                    }
                }
                rows.add(c.bad.isEmpty() ? r : null);
                rowCells.add(c);
            }
            // Supersession after the import: a row with the column replaces its part's old numbers.
            for (PartRow r : rows) {
                if (r != null && r.supersedes != null) {
                    supersession.values().removeIf(owner -> owner.equals(r.key));
                }
            }
            for (int i = 0; i < rows.size(); i++) {
                PartRow r = rows.get(i);
                Cells c = rowCells.get(i);
                if (r != null && r.supersedes != null) {
                    for (String old : r.supersedes) {
                        String k = SearchText.numberKey(old);
                        String owner = supersession.putIfAbsent(k, r.key);
                        if (k.equals(r.key)) {
                            c.bad.add(new Bad(Col.SUPERSEDES, old, "is the part's own number"));
                        } else if (owner != null && !owner.equals(r.key)) {
                            c.bad.add(new Bad(Col.SUPERSEDES, old, "is already superseded by another part"));
                        }
                    }
                }
                reject(rejections, c);
            }
            int created = (int) rows.stream().filter(r -> r != null && r.isNew).count();
            imp.rowsCreated = rejections.isEmpty() ? created : 0;
            imp.rowsUpdated = rejections.isEmpty() ? rows.size() - created : 0;
            if (rejections.isEmpty() && !dryRun) {
                write(rows);
                // Search as you type plans with the table's statistics: tens of thousands of new rows
                // without them make the planner scan instead of using the trigram index (40 ms → 3 ms).
                em.createNativeQuery("analyze catalogue_part, catalogue_supersession, catalogue_stock").executeUpdate();
            }
            return rejections;
        }

        PartRow parse(Cells c, Map<String, PartRow> existing) {
            String number = c.required(Col.PART_NUMBER, 40);
            if (number != null && !PART_NUMBER.matcher(number).matches()) {
                c.bad.add(new Bad(Col.PART_NUMBER, number, "letters, digits, spaces, dots, slashes, dashes or underscores only"));
                return null;
            }
            if (number == null) {
                return null;
            }
            PartRow old = existing.get(SearchText.numberKey(number));
            PartRow r = new PartRow();
            r.number = number;
            r.key = SearchText.numberKey(number);
            r.isNew = old == null;
            r.id = old == null ? Ids.newId(clock) : old.id;
            r.createdAt = old == null ? clock.instant() : old.createdAt;
            String nameZh = old == null ? c.required(Col.NAME_ZH, 200) : c.text(Col.NAME_ZH, 200);
            r.nameZh = nameZh != null ? nameZh : old == null ? null : old.nameZh;
            r.nameEn = c.has(Col.NAME_EN) ? c.text(Col.NAME_EN, 200) : old == null ? null : old.nameEn;
            Grade grade = c.choice(Col.GRADE, Grade.class, GRADES);
            r.grade = grade != null ? grade : old == null ? Grade.OEM : old.grade;
            BigDecimal price = c.number(Col.LIST_PRICE, 10, false);
            if (price == null && old == null && c.bad.stream().noneMatch(b -> b.column() == Col.LIST_PRICE)) {
                c.bad.add(new Bad(Col.LIST_PRICE, null, "is required for a new part"));
            }
            r.listPrice = price != null ? price : old == null ? null : old.listPrice;
            r.cost = c.has(Col.COST) ? c.number(Col.COST, 10, false) : old == null ? null : old.cost;
            TaxClass tax = c.choice(Col.TAX_CLASS, TaxClass.class, TAX_CLASSES);
            r.taxClass = tax != null ? tax : old == null ? TaxClass.STANDARD : old.taxClass;
            Boolean critical = c.bool(Col.CRITICAL_SYSTEM);
            r.critical = critical != null ? critical : old != null && old.critical;
            Boolean active = c.bool(Col.ACTIVE);
            r.active = active != null ? active : old == null || old.active;
            if (c.has(Col.SUPERSEDES)) {
                r.supersedes = c.list(Col.SUPERSEDES);
                for (String s : r.supersedes) {
                    if (s.length() > 40) {
                        c.bad.add(new Bad(Col.SUPERSEDES, s, "an old number has at most 40 characters"));
                    }
                }
            } else {
                r.supersedes = null;
            }
            r.reserved = old == null ? BigDecimal.ZERO : old.reserved;
            BigDecimal onHand = c.number(Col.ON_HAND, 8, false);
            BigDecimal reorder = c.number(Col.REORDER_POINT, 8, false);
            Instant arrival = c.instant(Col.EXPECTED_ARRIVAL, zone);
            r.onHand = onHand != null ? onHand : old == null ? BigDecimal.ZERO : old.onHand;
            r.reorderPoint = reorder != null ? reorder : old == null ? BigDecimal.ZERO : old.reorderPoint;
            r.expectedArrivalAt = c.has(Col.EXPECTED_ARRIVAL) ? arrival : old == null ? null : old.expectedArrivalAt;
            r.stockChanged = old == null || c.has(Col.ON_HAND) || c.has(Col.REORDER_POINT) || c.has(Col.EXPECTED_ARRIVAL);
            if (onHand != null && onHand.compareTo(r.reserved) < 0) {
                c.bad.add(new Bad(Col.ON_HAND, onHand.toPlainString(), "is below the " + r.reserved.toPlainString() + " already reserved"));
            }
            return r;
        }

        /** The store's parts and stock by number key; the stock rows locked when this import will change stock. */
        @SuppressWarnings("unchecked")
        Map<String, PartRow> existing(boolean lockStock) {
            if (lockStock) {
                em.createNativeQuery("select part_id from catalogue_stock where store_code = ?1 order by part_id for update").setParameter(1, store).getResultList();
            }
            List<Object[]> rows = em.createNativeQuery("""
                    select p.id, p.number_key, p.part_number, p.name_zh, p.name_en, p.grade, p.list_price, p.cost, p.tax_class, p.critical_system, p.active,
                           p.created_at, s.on_hand, s.reserved, s.reorder_point, s.expected_arrival_at
                    from catalogue_part p left join catalogue_stock s on s.part_id = p.id where p.store_code = ?1""")
                    .setParameter(1, store).getResultList();
            Map<String, PartRow> m = new HashMap<>(rows.size() * 2);
            for (Object[] x : rows) {
                PartRow r = new PartRow();
                r.id = (UUID) x[0];
                r.key = (String) x[1];
                r.number = (String) x[2];
                r.nameZh = (String) x[3];
                r.nameEn = (String) x[4];
                r.grade = Grade.valueOf((String) x[5]);
                r.listPrice = (BigDecimal) x[6];
                r.cost = (BigDecimal) x[7];
                r.taxClass = TaxClass.valueOf((String) x[8]);
                r.critical = (Boolean) x[9];
                r.active = (Boolean) x[10];
                r.createdAt = instant(x[11]);
                r.onHand = x[12] == null ? BigDecimal.ZERO : (BigDecimal) x[12];
                r.reserved = x[13] == null ? BigDecimal.ZERO : (BigDecimal) x[13];
                r.reorderPoint = x[14] == null ? BigDecimal.ZERO : (BigDecimal) x[14];
                r.expectedArrivalAt = x[15] == null ? null : instant(x[15]);
                m.put(r.key, r);
            }
            return m;
        }

        @SuppressWarnings("unchecked")
        Map<String, String> supersessions() {
            List<Object[]> rows = em.createNativeQuery("""
                    select s.old_number_key, p.number_key from catalogue_supersession s join catalogue_part p on p.id = s.part_id where s.store_code = ?1""")
                    .setParameter(1, store).getResultList();
            Map<String, String> m = new HashMap<>();
            rows.forEach(r -> m.put((String) r[0], (String) r[1]));
            return m;
        }

        void write(List<PartRow> rows) {
            Instant now = clock.instant();
            Timestamp ts = Timestamp.from(now);
            em.flush();
            em.unwrap(Session.class).doWork(c -> {
                for (int from = 0; from < rows.size(); from += CHUNK) {
                    List<PartRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                    upsertParts(c, chunk, ts);
                    supersede(c, chunk);
                    upsertStock(c, chunk);
                }
            });
        }

        private void upsertParts(Connection c, List<PartRow> chunk, Timestamp now) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into catalogue_part (id, store_code, part_number, number_key, name_zh, name_en, grade, list_price, cost, tax_class,
                                                critical_system, active, pinyin_initials, search_text, created_at, updated_at, version)
                    select t.id, ?, t.part_number, t.number_key, t.name_zh, t.name_en, t.grade, t.list_price, t.cost, t.tax_class,
                           t.critical_system, t.active, t.pinyin_initials, t.search_text, t.created_at, ?, 0
                    from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::numeric[], ?::numeric[], ?::text[],
                                ?::boolean[], ?::boolean[], ?::text[], ?::text[], ?::timestamptz[])
                         as t(id, part_number, number_key, name_zh, name_en, grade, list_price, cost, tax_class, critical_system, active,
                              pinyin_initials, search_text, created_at)
                    on conflict (store_code, number_key) do update set
                        part_number = excluded.part_number, name_zh = excluded.name_zh, name_en = excluded.name_en, grade = excluded.grade,
                        list_price = excluded.list_price, cost = excluded.cost, tax_class = excluded.tax_class,
                        critical_system = excluded.critical_system, active = excluded.active, pinyin_initials = excluded.pinyin_initials,
                        search_text = excluded.search_text, updated_at = excluded.updated_at, version = catalogue_part.version + 1""")) {
                int n = chunk.size();
                Object[] id = new Object[n], number = new Object[n], key = new Object[n], nameZh = new Object[n], nameEn = new Object[n],
                        grade = new Object[n], price = new Object[n], cost = new Object[n], tax = new Object[n], critical = new Object[n],
                        active = new Object[n], pinyin = new Object[n], search = new Object[n], created = new Object[n];
                for (int i = 0; i < n; i++) {
                    PartRow r = chunk.get(i);
                    id[i] = r.id;
                    number[i] = r.number;
                    key[i] = r.key;
                    nameZh[i] = r.nameZh;
                    nameEn[i] = r.nameEn;
                    grade[i] = r.grade.name();
                    price[i] = r.listPrice;
                    cost[i] = r.cost;
                    tax[i] = r.taxClass.name();
                    critical[i] = r.critical;
                    active[i] = r.active;
                    List<String> spellings = PinyinInitials.variants(r.nameZh);
                    pinyin[i] = spellings.get(0);
                    search[i] = SearchText.of(r.number, r.supersedes == null ? List.of() : r.supersedes, r.nameZh, r.nameEn, spellings);
                    created[i] = Timestamp.from(r.createdAt);
                }
                int p = 1;
                ps.setString(p++, store);
                ps.setTimestamp(p++, now);
                ps.setArray(p++, c.createArrayOf("uuid", id));
                for (Object[] a : List.of(number, key, nameZh, nameEn, grade)) {
                    ps.setArray(p++, c.createArrayOf("text", a));
                }
                ps.setArray(p++, c.createArrayOf("numeric", price));
                ps.setArray(p++, c.createArrayOf("numeric", cost));
                ps.setArray(p++, c.createArrayOf("text", tax));
                ps.setArray(p++, c.createArrayOf("boolean", critical));
                ps.setArray(p++, c.createArrayOf("boolean", active));
                ps.setArray(p++, c.createArrayOf("text", pinyin));
                ps.setArray(p++, c.createArrayOf("text", search));
                ps.setArray(p, c.createArrayOf("timestamptz", created));
                ps.executeUpdate();
            }
        }

        /** Rows with a supersedes column replace their part's old numbers. */
        private void supersede(Connection c, List<PartRow> chunk) throws SQLException {
            List<PartRow> with = chunk.stream().filter(r -> r.supersedes != null).toList();
            if (with.isEmpty()) {
                return;
            }
            try (PreparedStatement del = c.prepareStatement("delete from catalogue_supersession where part_id = any(?::uuid[])")) {
                del.setArray(1, c.createArrayOf("uuid", with.stream().map(r -> r.id).toArray()));
                del.executeUpdate();
            }
            List<Object> part = new ArrayList<>(), key = new ArrayList<>(), number = new ArrayList<>();
            for (PartRow r : with) {
                for (String old : r.supersedes) {
                    part.add(r.id);
                    key.add(SearchText.numberKey(old));
                    number.add(old);
                }
            }
            if (part.isEmpty()) {
                return;
            }
            // An old number moved here from a part not in this chunk leaves that part.
            try (PreparedStatement move = c.prepareStatement("delete from catalogue_supersession where store_code = ? and old_number_key = any(?::text[])")) {
                move.setString(1, store);
                move.setArray(2, c.createArrayOf("text", key.toArray()));
                move.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement("""
                    insert into catalogue_supersession (store_code, old_number_key, old_number, part_id)
                    select ?, t.k, t.n, t.p from unnest(?::text[], ?::text[], ?::uuid[]) as t(k, n, p)""")) {
                ins.setString(1, store);
                ins.setArray(2, c.createArrayOf("text", key.toArray()));
                ins.setArray(3, c.createArrayOf("text", number.toArray()));
                ins.setArray(4, c.createArrayOf("uuid", part.toArray()));
                ins.executeUpdate();
            }
        }

        private void upsertStock(Connection c, List<PartRow> chunk) throws SQLException {
            List<PartRow> changed = chunk.stream().filter(r -> r.stockChanged).toList();
            if (changed.isEmpty()) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into catalogue_stock (part_id, store_code, on_hand, reserved, reorder_point, expected_arrival_at)
                    select t.p, ?, t.o, 0, t.r, t.e from unnest(?::uuid[], ?::numeric[], ?::numeric[], ?::timestamptz[]) as t(p, o, r, e)
                    on conflict (part_id) do update set on_hand = excluded.on_hand, reorder_point = excluded.reorder_point,
                        expected_arrival_at = excluded.expected_arrival_at""")) {
                ps.setString(1, store);
                ps.setArray(2, c.createArrayOf("uuid", changed.stream().map(r -> r.id).toArray()));
                ps.setArray(3, c.createArrayOf("numeric", changed.stream().map(r -> r.onHand).toArray()));
                ps.setArray(4, c.createArrayOf("numeric", changed.stream().map(r -> r.reorderPoint).toArray()));
                ps.setArray(5, c.createArrayOf("timestamptz", changed.stream().map(r -> r.expectedArrivalAt == null ? null : Timestamp.from(r.expectedArrivalAt)).toArray()));
                ps.executeUpdate();
            }
        }
    }

    private static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a time: " + o);
    }

    // ---- operations -------------------------------------------------------------------------------

    private static final Map<String, VehicleSystem> SYSTEMS = Map.ofEntries(Map.entry("发动机", VehicleSystem.ENGINE),
            Map.entry("变速箱", VehicleSystem.TRANSMISSION), Map.entry("制动", VehicleSystem.BRAKES), Map.entry("刹车", VehicleSystem.BRAKES),
            Map.entry("转向", VehicleSystem.STEERING), Map.entry("悬挂", VehicleSystem.SUSPENSION), Map.entry("电气", VehicleSystem.ELECTRICAL),
            Map.entry("空调", VehicleSystem.AIR_CONDITIONING), Map.entry("车身", VehicleSystem.BODY), Map.entry("钣金", VehicleSystem.BODY),
            Map.entry("喷漆", VehicleSystem.PAINT), Map.entry("轮胎", VehicleSystem.TYRES), Map.entry("保养", VehicleSystem.MAINTENANCE),
            Map.entry("其他", VehicleSystem.OTHER));

    private final class OperationsImport {
        final String store;
        final CatalogueImport imp;
        final ImportFile.Table table;
        final boolean dryRun;

        OperationsImport(String store, CatalogueImport imp, ImportFile.Table table, boolean dryRun) {
            this.store = store;
            this.imp = imp;
            this.table = table;
            this.dryRun = dryRun;
        }

        List<CatalogueApi.Rejection> run() {
            Map<Col, Integer> at = ImportColumns.header(table.lines().get(0).cells(), ImportColumns.OPERATIONS, Col.CODE);
            Map<String, CatalogueOperation> existing = new HashMap<>();
            CatalogueOperation.<CatalogueOperation>list("storeCode", store).forEach(o -> existing.put(o.code, o));
            List<CatalogueApi.Rejection> rejections = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            List<Runnable> writes = new ArrayList<>();
            int created = 0;
            for (ImportFile.Line line : table.lines().subList(1, table.lines().size())) {
                Cells c = new Cells(line, at);
                String code = c.required(Col.CODE, 40);
                if (code != null && !OPERATION_CODE.matcher(code).matches()) {
                    c.bad.add(new Bad(Col.CODE, code, "letters, digits, dots, dashes or underscores only"));
                }
                String key = code == null ? null : code.toUpperCase(Locale.ROOT);
                if (key != null) {
                    Integer first = seen.putIfAbsent(key, c.row());
                    if (first != null) {
                        c.bad.add(new Bad(Col.CODE, code, "appears again (first in row " + first + ")"));
                    }
                }
                CatalogueOperation old = key == null ? null : existing.get(key);
                String nameZh = old == null ? c.required(Col.NAME_ZH, 200) : c.text(Col.NAME_ZH, 200);
                String nameEn = c.text(Col.NAME_EN, 200);
                VehicleSystem system = c.choice(Col.SYSTEM, VehicleSystem.class, SYSTEMS);
                if (system == null && old == null && c.bad.stream().noneMatch(b -> b.column() == Col.SYSTEM)) {
                    c.bad.add(new Bad(Col.SYSTEM, null, "is required for a new operation"));
                }
                BigDecimal hours = c.number(Col.DEFAULT_HOURS, 4, true);
                if (hours == null && old == null && c.bad.stream().noneMatch(b -> b.column() == Col.DEFAULT_HOURS)) {
                    c.bad.add(new Bad(Col.DEFAULT_HOURS, null, "is required for a new operation"));
                }
                List<CatalogueOperation.ModelHours> modelHours = c.has(Col.MODEL_HOURS) ? modelHours(c) : null;
                String skill = c.text(Col.SKILL, 30);
                if (skill != null && !skill.matches("[A-Z_]{2,30}")) {
                    c.bad.add(new Bad(Col.SKILL, skill, "an upper-case skill code, e.g. MAINTENANCE"));
                }
                BayType bay = c.choice(Col.BAY_TYPE, BayType.class, Map.of());
                Boolean active = c.bool(Col.ACTIVE);
                reject(rejections, c);
                if (!c.bad.isEmpty()) {
                    continue;
                }
                if (old == null) {
                    created++;
                }
                boolean isNew = old == null;
                writes.add(() -> {
                    CatalogueOperation o = isNew ? new CatalogueOperation() : old;
                    if (isNew) {
                        o.id = Ids.newId(clock);
                        o.storeCode = store;
                        o.createdAt = clock.instant();
                        o.active = true;
                    }
                    o.code = key;
                    o.nameZh = nameZh != null ? nameZh : o.nameZh;
                    o.nameEn = c.has(Col.NAME_EN) ? nameEn : o.nameEn;
                    o.system = system != null ? system : o.system;
                    o.defaultHours = hours != null ? hours : o.defaultHours;
                    o.skill = c.has(Col.SKILL) ? skill : o.skill;
                    o.bayType = c.has(Col.BAY_TYPE) ? bay : o.bayType;
                    o.active = active != null ? active : o.active;
                    if (modelHours != null) {
                        o.modelHours.clear();
                        o.modelHours.addAll(modelHours);
                    }
                    o.updatedAt = clock.instant();
                    o.index();
                    if (isNew) {
                        o.persist();
                    }
                });
            }
            imp.rowsCreated = rejections.isEmpty() ? created : 0;
            imp.rowsUpdated = rejections.isEmpty() ? imp.rowsTotal - created : 0;
            if (rejections.isEmpty() && !dryRun) {
                writes.forEach(Runnable::run);
                em.flush();
            }
            return rejections;
        }

        /** "帕萨特=1.4; 迈腾=1.6": hours per model family. */
        private List<CatalogueOperation.ModelHours> modelHours(Cells c) {
            List<CatalogueOperation.ModelHours> out = new ArrayList<>();
            java.util.Set<String> families = new java.util.HashSet<>();
            for (String pair : c.list(Col.MODEL_HOURS)) {
                String[] kv = pair.split("[=:：]", 2);
                try {
                    if (kv.length != 2 || kv[0].isBlank() || kv[0].strip().length() > 60) {
                        throw new NumberFormatException();
                    }
                    BigDecimal h = new BigDecimal(kv[1].strip());
                    if (h.signum() <= 0 || h.stripTrailingZeros().scale() > 2 || h.compareTo(new BigDecimal("999")) > 0) {
                        throw new NumberFormatException();
                    }
                    if (!families.add(kv[0].strip().toLowerCase(Locale.ROOT))) {
                        c.bad.add(new Bad(Col.MODEL_HOURS, pair, "model family appears twice"));
                        continue;
                    }
                    out.add(new CatalogueOperation.ModelHours(kv[0], h.setScale(2, java.math.RoundingMode.UNNECESSARY)));
                } catch (NumberFormatException | ArithmeticException e) {
                    c.bad.add(new Bad(Col.MODEL_HOURS, pair, "must be family=hours, e.g. 帕萨特=1.4"));
                }
            }
            return out;
        }
    }
}
