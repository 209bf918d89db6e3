package com.fours.dms.catalogue;

import com.fours.dms.catalogue.api.CatalogueApi;
import com.fours.dms.catalogue.api.CatalogueApiPartSummaryBuilder;
import com.fours.dms.catalogue.api.CatalogueApiPartViewBuilder;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.persistence.Cursor;
import com.fours.dms.shared.persistence.ChangeFeed;
import com.fours.dms.shared.persistence.PageRequest;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.security.StoreAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The store's parts price list: search as you type, create and change parts with their stock, and what the estimate picks (issue 8). */
@ApplicationScoped
public class PartService {
    static final String ENTITY = "catalogue-part";
    static final int MAX_QUERY = 100;

    @Inject
    StoreAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    StockService stockService;

    /** What the estimate takes from a picked part (R-CHK-5, R-CHK-8). */
    public record Pick(UUID id, String partNumber, String nameZh, Grade grade, BigDecimal listPrice, boolean criticalSystem, boolean active,
            String supersededBy, BigDecimal available, Instant expectedArrivalAt) {}

    /**
     * Parts whose number (with or without separators), old number, name or pinyin initials contain
     * {@code q}, in part-number order (keyset cursor). Superseded parts are left out unless asked
     * for: searching the old number finds the part that supersedes it.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public CatalogueApi.PartPage search(String store, String q, Boolean active, boolean superseded, String updatedSince, String cursor, Integer limit) {
        access.require(store);
        ChangeFeed feed = ChangeFeed.of(updatedSince, cursor, limit);
        PageRequest page = feed == null ? PageRequest.of(cursor, limit) : null;
        Map<String, Object> params = new HashMap<>();
        // One statement for the whole page (stock, old numbers, superseding number): a key press costs one round trip, not four.
        StringBuilder sql = new StringBuilder("""
                select p.id, p.part_number, p.number_key, p.name_zh, p.name_en, p.grade, p.list_price, p.tax_class, p.critical_system, p.active,
                       coalesce(st.on_hand - st.reserved, 0), st.expected_arrival_at,
                       (select string_agg(o.old_number, '|' order by o.old_number) from catalogue_supersession o where o.part_id = p.id),
                       (select np.part_number from catalogue_supersession x join catalogue_part np on np.id = x.part_id
                         where x.store_code = p.store_code and x.old_number_key = p.number_key),
                       p.change_seq
                from catalogue_part p left join catalogue_stock st on st.part_id = p.id
                where p.store_code = :store""");
        params.put("store", store);
        searchFilter(sql, params, q);
        if (active != null) {
            sql.append(" and p.active = :active");
            params.put("active", active);
        }
        if (!superseded) {
            sql.append(" and not exists (select 1 from catalogue_supersession s where s.store_code = p.store_code and s.old_number_key = p.number_key)");
        }
        pageOrFeed(sql, params, feed, page, "p.number_key");
        planForThePattern(em);
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        if (feed != null) {
            var changed = feed.page(rows, r -> ((Number) r[14]).longValue(), PartService::summary, em, "catalogue_part", store);
            return new CatalogueApi.PartPage(changed.items(), changed.nextCursor(), changed.syncCursor());
        }
        var found = page.pageByKey(rows, r -> Cursor.after((String) r[2], (UUID) r[0]), PartService::summary);
        return new CatalogueApi.PartPage(found.items(), found.nextCursor(), null);
    }

    /**
     * Search as you type is one statement with a new pattern at every key press. A prepared
     * statement's generic plan cannot know whether the pattern is rare (the trigram index finds it
     * in a few ms) or common (walking the part numbers in order finds 20 at once), and picked the
     * walk for a rare number: 64 ms instead of 8 over 50 000 parts. Each search is planned for its
     * own pattern (this transaction only).
     */
    static void planForThePattern(EntityManager em) {
        em.createNativeQuery("set local plan_cache_mode = force_custom_plan").executeUpdate();
    }

    /** The trigram-indexed filter of search as you type, shared by parts and operations. */
    /** Ends a catalogue list (alias p): the change feed in commit order, or the keyset page over its key column and id. */
    static void pageOrFeed(StringBuilder sql, Map<String, Object> params, ChangeFeed feed, PageRequest page, String keyColumn) {
        if (feed != null) {
            sql.append(" and p.updated_at >= :since and p.change_seq > :after order by p.change_seq limit :n");
            params.put("since", feed.since());
            params.put("after", feed.after());
            params.put("n", feed.fetch());
            return;
        }
        if (page.cursor() != null) {
            sql.append(" and (").append(keyColumn).append(" > :ck or (").append(keyColumn).append(" = :ck and p.id > :cid))");
            params.put("ck", page.cursor().requireKey());
            params.put("cid", page.cursor().id());
        }
        sql.append(" order by ").append(keyColumn).append(", p.id limit :n");
        params.put("n", page.fetch());
    }

    static void searchFilter(StringBuilder sql, Map<String, Object> params, String q) {
        if (q == null || q.isBlank()) {
            return;
        }
        if (q.strip().length() > MAX_QUERY) {
            throw ProblemException.validation(List.of(new Violation("q", "at most " + MAX_QUERY + " characters")));
        }
        String[] patterns = SearchText.patterns(q);
        if (patterns[0].equals(patterns[1])) {
            sql.append(" and p.search_text like :q1");
        } else {
            sql.append(" and (p.search_text like :q1 or p.search_text like :q2)");
            params.put("q2", patterns[1]);
        }
        params.put("q1", patterns[0]);
    }

    public CatalogueApi.PartView get(String store, UUID id) {
        return view(load(store, id));
    }

    /** A part the estimate picks, of a store the caller was already checked for; 422 on the field when it is not in this store's catalogue. */
    public Pick pick(String store, UUID id, String field) {
        CataloguePart p = CataloguePart.findById(id);
        if (p == null || !p.storeCode.equals(store)) {
            throw new ProblemException(422, "unknown-reference", "Unknown reference", "No part " + id + " in the catalogue of store " + store,
                    List.of(new Violation(field, "no such part in this store's catalogue")), null);
        }
        PartStock s = stock(p.id);
        return new Pick(p.id, p.partNumber, p.nameZh, p.grade, p.listPrice, p.criticalSystem, p.active, supersededBy(store, List.of(p.numberKey)).get(p.numberKey),
                s.available(), s.expectedArrivalAt);
    }

    @Transactional
    public CatalogueApi.PartView create(String store, CatalogueApi.PartRequest req) {
        access.require(store);
        String key = SearchText.numberKey(req.partNumber());
        if (CataloguePart.count("storeCode = ?1 and numberKey = ?2", store, key) > 0) {
            throw ProblemException.conflict("catalogue-part-exists", "Part " + req.partNumber().strip() + " is already in the catalogue of store " + store);
        }
        CataloguePart p = new CataloguePart();
        p.id = Ids.newId(clock);
        p.storeCode = store;
        p.createdAt = clock.instant();
        apply(p, req);
        p.persist();
        PartStock s = new PartStock();
        s.partId = p.id;
        s.storeCode = store;
        applyStock(s, req);
        s.persist();
        em.flush();
        CatalogueApi.PartView v = view(p);
        audit.created(store, ENTITY, p.id, v);
        return v;
    }

    @Transactional
    public CatalogueApi.PartView update(String store, UUID id, long expected, CatalogueApi.PartRequest req) {
        CataloguePart p = load(store, id);
        ETags.check(expected, p.version);
        String key = SearchText.numberKey(req.partNumber());
        if (!key.equals(p.numberKey) && CataloguePart.count("storeCode = ?1 and numberKey = ?2", store, key) > 0) {
            throw ProblemException.conflict("catalogue-part-exists", "Part " + req.partNumber().strip() + " is already in the catalogue of store " + store);
        }
        CatalogueApi.PartView before = view(p);
        long version = p.version;
        apply(p, req);
        PartStock s = stockService.locked(p.id);
        applyStock(s, req);
        em.flush();
        if (p.version == version) {
            // Only the stock changed (its own table): the part's ETag still moves.
            em.lock(p, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            em.flush();
        }
        CatalogueApi.PartView after = view(p);
        audit.changed(store, ENTITY, p.id, "updated", before, after);
        return after;
    }

    private void apply(CataloguePart p, CatalogueApi.PartRequest req) {
        List<String> old = req.supersedes() == null ? List.of() : req.supersedes().stream().map(String::strip).distinct().toList();
        String key = SearchText.numberKey(req.partNumber());
        List<Violation> v = new ArrayList<>();
        for (int i = 0; i < old.size(); i++) {
            if (SearchText.numberKey(old.get(i)).equals(key)) {
                v.add(new Violation("supersedes[" + i + "]", "is the part's own number"));
            }
        }
        if (!v.isEmpty()) {
            throw ProblemException.validation(v);
        }
        Map<String, UUID> taken = supersessionOwners(p.storeCode, old.stream().map(SearchText::numberKey).toList());
        for (int i = 0; i < old.size(); i++) {
            UUID owner = taken.get(SearchText.numberKey(old.get(i)));
            if (owner != null && !owner.equals(p.id)) {
                throw new ProblemException(409, "supersession-exists", "Conflict", "Old number " + old.get(i) + " is already superseded by another part",
                        List.of(new Violation("supersedes[" + i + "]", "already superseded by another part")), null);
            }
        }
        p.partNumber = req.partNumber().strip();
        p.nameZh = req.nameZh().strip();
        p.nameEn = blankToNull(req.nameEn());
        p.grade = req.grade();
        p.listPrice = money(req.listPrice());
        p.cost = req.cost() == null ? null : money(req.cost());
        p.taxClass = req.taxClass() == null ? TaxClass.STANDARD : req.taxClass();
        p.criticalSystem = Boolean.TRUE.equals(req.criticalSystem());
        p.active = req.active() == null || req.active();
        List<String> current = p.supersedes.stream().map(o -> o.numberKey).toList();
        if (!current.equals(old.stream().map(SearchText::numberKey).toList())) {
            p.supersedes.clear();
            old.forEach(o -> p.supersedes.add(new CataloguePart.OldNumber(p.storeCode, o)));
        }
        p.updatedAt = clock.instant();
        p.index();
    }

    private static void applyStock(PartStock s, CatalogueApi.PartRequest req) {
        if (req.onHand() != null) {
            BigDecimal onHand = req.onHand().setScale(2, RoundingMode.HALF_UP);
            if (onHand.compareTo(s.reserved) < 0) {
                throw new ProblemException(409, "stock-below-reserved", "Conflict",
                        "On hand " + onHand.toPlainString() + " would be below the " + s.reserved.toPlainString() + " already reserved",
                        List.of(new Violation("onHand", "may not be below the reserved quantity " + s.reserved.toPlainString())), null);
            }
            s.onHand = onHand;
        }
        if (req.reorderPoint() != null) {
            s.reorderPoint = req.reorderPoint().setScale(2, RoundingMode.HALF_UP);
        }
        s.expectedArrivalAt = req.expectedArrivalAt();
    }

    CataloguePart load(String store, UUID id) {
        return access.owned(store, CataloguePart.<CataloguePart>findById(id), p -> p.storeCode, "Catalogue part", id);
    }

    PartStock stock(UUID partId) {
        PartStock s = PartStock.findById(partId);
        return s == null ? new PartStock() : s;
    }

    /** Number key of a superseded part → the number of the part that supersedes it. */
    @SuppressWarnings("unchecked")
    Map<String, String> supersededBy(String store, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                select s.old_number_key, p.part_number from catalogue_supersession s join catalogue_part p on p.id = s.part_id
                where s.store_code = ?1 and s.old_number_key = any(cast(?2 as text[]))""")
                .setParameter(1, store).setParameter(2, keys.toArray(String[]::new)).getResultList();
        Map<String, String> m = new HashMap<>();
        rows.forEach(r -> m.put((String) r[0], (String) r[1]));
        return m;
    }

    /** Old number key → the part that supersedes it. */
    @SuppressWarnings("unchecked")
    Map<String, UUID> supersessionOwners(String store, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("select old_number_key, part_id from catalogue_supersession where store_code = ?1 and old_number_key = any(cast(?2 as text[]))")
                .setParameter(1, store).setParameter(2, keys.toArray(String[]::new)).getResultList();
        Map<String, UUID> m = new HashMap<>();
        rows.forEach(r -> m.put((String) r[0], (UUID) r[1]));
        return m;
    }

    CatalogueApi.PartView view(CataloguePart p) {
        PartStock s = stock(p.id);
        return CatalogueApiPartViewBuilder.stagedBuilder()
                .id(p.id).partNumber(p.partNumber).nameZh(p.nameZh).nameEn(p.nameEn).grade(p.grade).listPrice(p.listPrice).cost(p.cost).taxClass(p.taxClass)
                .criticalSystem(p.criticalSystem).supersedes(p.supersedes.stream().map(o -> o.number).toList())
                .supersededBy(supersededBy(p.storeCode, List.of(p.numberKey)).get(p.numberKey)).active(p.active).stock(stockView(s))
                .createdAt(p.createdAt).updatedAt(p.updatedAt).version(p.version)
                .build();
    }

    static CatalogueApi.Stock stockView(PartStock s) {
        BigDecimal available = s.available();
        return new CatalogueApi.Stock(s.onHand, s.reserved, available, s.reorderPoint, available.compareTo(s.reorderPoint) <= 0, s.expectedArrivalAt);
    }

    private static CatalogueApi.PartSummary summary(Object[] r) {
        String old = (String) r[12];
        return CatalogueApiPartSummaryBuilder.stagedBuilder()
                .id((UUID) r[0]).partNumber((String) r[1]).nameZh((String) r[3]).nameEn((String) r[4]).grade(Grade.valueOf((String) r[5]))
                .listPrice((BigDecimal) r[6]).taxClass(TaxClass.valueOf((String) r[7])).criticalSystem((Boolean) r[8])
                .supersedes(old == null ? List.of() : List.of(old.split("\\|"))).supersededBy((String) r[13]).active((Boolean) r[9])
                .available(((BigDecimal) r[10]).setScale(2, RoundingMode.HALF_UP)).expectedArrivalAt(r[11] == null ? null : instant(r[11]))
                .build();
    }

    static Instant instant(Object o) {
        return o instanceof Instant i ? i : o instanceof java.sql.Timestamp t ? t.toInstant() : ((java.time.OffsetDateTime) o).toInstant();
    }

    static BigDecimal money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
