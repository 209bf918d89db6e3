package com.fours.dms.catalogue;

import com.fours.dms.catalogue.api.CatalogueApi;
import com.fours.dms.catalogue.api.CatalogueApiReservationViewBuilder;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.persistence.PageRequest;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.security.StoreAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Stock reservations (issue 8, R-APT-4/5): a signed order's dealer-supplied parts and an
 * appointment's parts hold stock; what is not in stock is the shortfall, shown with the part's
 * expected arrival. Each stock row is changed under its row lock, rows always locked in part-id
 * order (so concurrent reservations queue and never deadlock): reserved never exceeds on hand, and
 * the table's check constraint says so too.
 */
@ApplicationScoped
public class StockService {
    static final String ENTITY = "catalogue-reservation";

    @Inject
    StoreAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    /** A part wanted: by catalogue id when the line was picked from the catalogue, else by its number (old numbers find the new part). */
    public record Need(UUID partId, String partNumber, BigDecimal quantity) {}

    /** What was held of one part: the shortfall waits for the expected arrival. */
    public record Held(UUID partId, String partNumber, BigDecimal requested, BigDecimal reserved, java.time.Instant expectedArrivalAt) {
        public BigDecimal shortfall() {
            return requested.subtract(reserved);
        }
    }

    /**
     * Holds stock for a source (an order or an appointment) of a store already checked: each part
     * the catalogue knows gets as much as is available, up to the quantity wanted; parts not in the
     * catalogue (special orders) hold nothing. Replaces what the source held before.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Held> reserve(String store, ReservationSource type, UUID sourceId, List<Need> needs) {
        release(List.of(sourceId));
        Map<UUID, BigDecimal> wanted = new TreeMap<>();
        Map<String, UUID> byNumber = partsByNumber(store, needs.stream().filter(n -> n.partId() == null && n.partNumber() != null).map(Need::partNumber).toList());
        for (Need n : needs) {
            UUID part = n.partId() != null ? n.partId() : n.partNumber() == null ? null : byNumber.get(SearchText.numberKey(n.partNumber()));
            if (part != null && n.quantity() != null && n.quantity().signum() > 0) {
                wanted.merge(part, n.quantity(), BigDecimal::add);
            }
        }
        // What was already issued to the source (its work done before more parts were approved) is not wanted again.
        StockIssue.<StockIssue>list("sourceId", sourceId).forEach(i -> wanted.computeIfPresent(i.partId, (k, q) -> q.subtract(i.quantity)));
        wanted.values().removeIf(q -> q.signum() <= 0);
        List<Held> held = new ArrayList<>();
        for (Map.Entry<UUID, BigDecimal> e : wanted.entrySet()) {
            PartStock s = locked(e.getKey());
            if (s == null || !s.storeCode.equals(store)) {
                continue;
            }
            BigDecimal granted = e.getValue().min(s.available().max(BigDecimal.ZERO));
            s.reserved = s.reserved.add(granted);
            StockReservation r = new StockReservation();
            r.id = Ids.newId(clock);
            r.storeCode = store;
            r.partId = e.getKey();
            r.sourceType = type;
            r.sourceId = sourceId;
            r.requested = e.getValue();
            r.reserved = granted;
            r.createdAt = clock.instant();
            r.persist();
            CataloguePart p = CataloguePart.findById(e.getKey());
            held.add(new Held(p.id, p.partNumber, r.requested, r.reserved, s.expectedArrivalAt));
        }
        em.flush();
        if (!held.isEmpty()) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("sourceType", type.name());
            d.put("parts", held.stream().map(h -> Map.of("partNumber", h.partNumber(), "requested", h.requested(), "reserved", h.reserved())).toList());
            audit.action(store, ENTITY, sourceId, "stock-reserved", d);
        }
        return held;
    }

    /** Gives back what the sources hold (a cancelled or no-show appointment, an order signed again). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(Collection<UUID> sourceIds) {
        List<UUID> ids = sourceIds.stream().filter(java.util.Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return;
        }
        List<StockReservation> rows = StockReservation.list("sourceId in ?1 order by partId", ids);
        Map<UUID, BigDecimal> back = new TreeMap<>();
        rows.forEach(r -> back.merge(r.partId, r.reserved, BigDecimal::add));
        for (Map.Entry<UUID, BigDecimal> e : back.entrySet()) {
            PartStock s = locked(e.getKey());
            if (s != null) {
                s.reserved = s.reserved.subtract(e.getValue()).max(BigDecimal.ZERO);
            }
        }
        rows.forEach(StockReservation::delete);
        em.flush();
    }

    /**
     * The source's work is done (issue 8): the parts it holds leave the stock. Each part's on hand
     * goes down by what is issued and its reservation is used up; what the source held is issued,
     * plus what has arrived since and nobody else holds. What still cannot be issued stays a
     * shortfall of the source, waiting for the expected arrival. Each issue is recorded and audited.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Held> issue(String store, UUID sourceId) {
        List<StockReservation> rows = StockReservation.list("storeCode = ?1 and sourceId = ?2 order by partId", store, sourceId);
        List<Held> issued = new ArrayList<>();
        for (StockReservation r : rows) {
            PartStock s = locked(r.partId);
            BigDecimal quantity = r.requested.min(r.reserved.add(s.available().max(BigDecimal.ZERO)));
            s.reserved = s.reserved.subtract(r.reserved).max(BigDecimal.ZERO);
            s.onHand = s.onHand.subtract(quantity);
            if (quantity.signum() > 0) {
                StockIssue i = new StockIssue();
                i.id = Ids.newId(clock);
                i.storeCode = store;
                i.partId = r.partId;
                i.sourceType = r.sourceType;
                i.sourceId = sourceId;
                i.quantity = quantity;
                i.issuedAt = clock.instant();
                i.persist();
            }
            CataloguePart p = CataloguePart.findById(r.partId);
            issued.add(new Held(p.id, p.partNumber, r.requested, quantity, s.expectedArrivalAt));
            if (quantity.compareTo(r.requested) < 0) {
                r.requested = r.requested.subtract(quantity);
                r.reserved = BigDecimal.ZERO;
            } else {
                r.delete();
            }
        }
        em.flush();
        if (!issued.isEmpty()) {
            audit.action(store, ENTITY, sourceId, "stock-issued", Map.of("parts",
                    issued.stream().map(h -> Map.of("partNumber", h.partNumber(), "wanted", h.requested(), "issued", h.reserved())).toList()));
        }
        return issued;
    }

    /** The part's stock row, read again under its row lock (a copy read earlier in the transaction may be stale). */
    PartStock locked(UUID partId) {
        PartStock s = em.find(PartStock.class, partId);
        if (s != null) {
            em.refresh(s, LockModeType.PESSIMISTIC_WRITE);
        }
        return s;
    }

    /** A rescheduled appointment: the new booking holds what the old one held. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(UUID from, UUID to) {
        StockReservation.update("sourceId = ?1 where sourceId = ?2", to, from);
    }

    /** What a source holds, with the shortfalls and when those parts are expected, for a store the caller may see. */
    public CatalogueApi.ReservationPage list(String store, UUID sourceId, UUID partId, String cursor, Integer limit) {
        access.require(store);
        PageRequest page = PageRequest.of(cursor, limit);
        StringBuilder q = new StringBuilder("storeCode = :store");
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("store", store);
        if (sourceId != null) {
            q.append(" and sourceId = :source");
            p.put("source", sourceId);
        }
        if (partId != null) {
            q.append(" and partId = :part");
            p.put("part", partId);
        }
        if (page.after() != null) {
            q.append(" and id > :after");
            p.put("after", page.after());
        }
        List<StockReservation> rows = StockReservation.find(q + " order by id", p).page(0, page.fetch()).list();
        var found = page.page(rows, r -> r.id, this::view);
        return new CatalogueApi.ReservationPage(found.items(), found.nextCursor());
    }

    /** What the sources hold, for a view of another context (an appointment's parts). */
    public List<Held> held(String store, Collection<UUID> sourceIds) {
        if (sourceIds.isEmpty()) {
            return List.of();
        }
        List<StockReservation> rows = StockReservation.list("storeCode = ?1 and sourceId in ?2 order by id", store, sourceIds);
        return rows.stream().map(r -> {
            CataloguePart part = CataloguePart.findById(r.partId);
            PartStock s = PartStock.findById(r.partId);
            return new Held(r.partId, part.partNumber, r.requested, r.reserved, s == null ? null : s.expectedArrivalAt);
        }).toList();
    }

    private CatalogueApi.ReservationView view(StockReservation r) {
        CataloguePart part = CataloguePart.findById(r.partId);
        PartStock s = PartStock.findById(r.partId);
        return CatalogueApiReservationViewBuilder.stagedBuilder()
                .id(r.id).partId(r.partId).partNumber(part.partNumber).partName(part.nameZh).sourceType(r.sourceType).sourceId(r.sourceId)
                .requested(r.requested).reserved(r.reserved).shortfall(r.shortfall())
                .expectedArrivalAt(r.shortfall().signum() > 0 && s != null ? s.expectedArrivalAt : null).createdAt(r.createdAt)
                .build();
    }

    /** Number key → part id, the old numbers leading to the part that supersedes them. */
    @SuppressWarnings("unchecked")
    private Map<String, UUID> partsByNumber(String store, List<String> numbers) {
        if (numbers.isEmpty()) {
            return Map.of();
        }
        String[] keys = numbers.stream().map(SearchText::numberKey).distinct().toArray(String[]::new);
        List<Object[]> rows = em.createNativeQuery("""
                select p.number_key, p.id, 0 from catalogue_part p where p.store_code = ?1 and p.number_key = any(cast(?2 as text[]))
                union all
                select s.old_number_key, s.part_id, 1 from catalogue_supersession s where s.store_code = ?1 and s.old_number_key = any(cast(?2 as text[]))
                order by 3""")
                .setParameter(1, store).setParameter(2, keys).getResultList();
        Map<String, UUID> m = new java.util.HashMap<>();
        // A superseded part's own row comes first; its supersession (the new part) wins.
        rows.forEach(r -> m.put((String) r[0], (UUID) r[1]));
        return m;
    }
}
