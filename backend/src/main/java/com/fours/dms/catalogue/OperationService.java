package com.fours.dms.catalogue;

import com.fours.dms.catalogue.api.CatalogueApi;
import com.fours.dms.catalogue.api.CatalogueApiOperationSummaryBuilder;
import com.fours.dms.catalogue.api.CatalogueApiOperationViewBuilder;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.persistence.Cursor;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.persistence.ChangeFeed;
import com.fours.dms.shared.persistence.PageRequest;
import com.fours.dms.shared.security.StoreAccess;
import com.fours.dms.workshop.BayType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The store's labour operations with their flat-rate hours (R-CHK-4), and what the estimate picks (issue 8). */
@ApplicationScoped
public class OperationService {
    static final String ENTITY = "catalogue-operation";

    @Inject
    StoreAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    /** What the estimate takes from a picked operation: hours for the vehicle's model family (or the default), system, skill and bay type. */
    public record Pick(UUID id, String code, String nameZh, VehicleSystem system, BigDecimal hours, String modelFamily, String skill, BayType bayType,
            boolean active) {}

    /** Operations whose code, name or pinyin initials contain {@code q}, in code order; hours for {@code model} when given. */
    @Transactional
    @SuppressWarnings("unchecked")
    public CatalogueApi.OperationPage search(String store, String q, Boolean active, String model, String updatedSince, String cursor, Integer limit) {
        access.require(store);
        ChangeFeed feed = ChangeFeed.of(updatedSince, cursor, limit);
        PageRequest page = feed == null ? PageRequest.of(cursor, limit) : null;
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("select p.* from catalogue_operation p where p.store_code = :store");
        params.put("store", store);
        PartService.searchFilter(sql, params, q);
        if (active != null) {
            sql.append(" and p.active = :active");
            params.put("active", active);
        }
        PartService.pageOrFeed(sql, params, feed, page, "p.code");
        PartService.planForThePattern(em);
        Query query = em.createNativeQuery(sql.toString(), CatalogueOperation.class);
        params.forEach(query::setParameter);
        List<CatalogueOperation> rows = query.getResultList();
        if (feed != null) {
            var changed = feed.page(rows, o -> o.changeSeq, o -> summary(o, model), em, "catalogue_operation", store);
            return new CatalogueApi.OperationPage(changed.items(), changed.nextCursor(), changed.syncCursor());
        }
        var found = page.pageByKey(rows, o -> Cursor.after(o.code, o.id), o -> summary(o, model));
        return new CatalogueApi.OperationPage(found.items(), found.nextCursor(), null);
    }

    public CatalogueApi.OperationView get(String store, UUID id) {
        return view(load(store, id));
    }

    /** An operation the estimate picks, with the hours for the vehicle's model; 422 on the field when it is not in this store's catalogue. */
    public Pick pick(String store, UUID id, String vehicleModel, String field) {
        CatalogueOperation o = CatalogueOperation.findById(id);
        if (o == null || !o.storeCode.equals(store)) {
            throw new ProblemException(422, "unknown-reference", "Unknown reference", "No labour operation " + id + " in the catalogue of store " + store,
                    List.of(new Violation(field, "no such labour operation in this store's catalogue")), null);
        }
        Optional<CatalogueOperation.ModelHours> h = o.hoursFor(vehicleModel);
        return new Pick(o.id, o.code, o.nameZh, o.system, h.map(x -> x.hours).orElse(o.defaultHours), h.map(x -> x.modelFamily).orElse(null),
                o.skill, o.bayType, o.active);
    }

    @Transactional
    public CatalogueApi.OperationView create(String store, CatalogueApi.OperationRequest req) {
        access.require(store);
        String code = req.code().strip().toUpperCase(Locale.ROOT);
        if (CatalogueOperation.count("storeCode = ?1 and code = ?2", store, code) > 0) {
            throw ProblemException.conflict("catalogue-operation-exists", "Labour operation " + code + " is already in the catalogue of store " + store);
        }
        CatalogueOperation o = new CatalogueOperation();
        o.id = Ids.newId(clock);
        o.storeCode = store;
        o.createdAt = clock.instant();
        apply(o, req);
        o.persistAndFlush();
        CatalogueApi.OperationView v = view(o);
        audit.created(store, ENTITY, o.id, v);
        return v;
    }

    @Transactional
    public CatalogueApi.OperationView update(String store, UUID id, long expected, CatalogueApi.OperationRequest req) {
        CatalogueOperation o = load(store, id);
        ETags.check(expected, o.version);
        String code = req.code().strip().toUpperCase(Locale.ROOT);
        if (!code.equals(o.code) && CatalogueOperation.count("storeCode = ?1 and code = ?2", store, code) > 0) {
            throw ProblemException.conflict("catalogue-operation-exists", "Labour operation " + code + " is already in the catalogue of store " + store);
        }
        CatalogueApi.OperationView before = view(o);
        long version = o.version;
        apply(o, req);
        em.flush();
        if (o.version == version) {
            // Only the model-family hours changed (their own table): the operation's ETag still moves.
            em.lock(o, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            em.flush();
        }
        CatalogueApi.OperationView after = view(o);
        audit.changed(store, ENTITY, o.id, "updated", before, after);
        return after;
    }

    private void apply(CatalogueOperation o, CatalogueApi.OperationRequest req) {
        List<CatalogueApi.ModelHours> hours = req.modelHours() == null ? List.of() : req.modelHours();
        List<Violation> v = new ArrayList<>();
        Set<String> families = new HashSet<>();
        for (int i = 0; i < hours.size(); i++) {
            if (!families.add(hours.get(i).modelFamily().strip().toLowerCase(Locale.ROOT))) {
                v.add(new Violation("modelHours[" + i + "].modelFamily", "appears twice"));
            }
        }
        if (!v.isEmpty()) {
            throw ProblemException.validation(v);
        }
        o.code = req.code();
        o.nameZh = req.nameZh().strip();
        o.nameEn = PartService.blankToNull(req.nameEn());
        o.system = req.system();
        o.defaultHours = PartService.money(req.defaultHours());
        o.skill = PartService.blankToNull(req.skill());
        o.bayType = req.bayType();
        o.active = req.active() == null || req.active();
        List<CatalogueOperation.ModelHours> next = hours.stream().map(h -> new CatalogueOperation.ModelHours(h.modelFamily(), PartService.money(h.hours()))).toList();
        if (!same(o.modelHours, next)) {
            o.modelHours.clear();
            o.modelHours.addAll(next);
        }
        o.updatedAt = clock.instant();
        o.index();
    }

    private static boolean same(List<CatalogueOperation.ModelHours> a, List<CatalogueOperation.ModelHours> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).modelFamily.equals(b.get(i).modelFamily) || a.get(i).hours.compareTo(b.get(i).hours) != 0) {
                return false;
            }
        }
        return true;
    }

    CatalogueOperation load(String store, UUID id) {
        return access.owned(store, CatalogueOperation.<CatalogueOperation>findById(id), o -> o.storeCode, "Labour operation", id);
    }

    static CatalogueApi.OperationView view(CatalogueOperation o) {
        return CatalogueApiOperationViewBuilder.stagedBuilder()
                .id(o.id).code(o.code).nameZh(o.nameZh).nameEn(o.nameEn).system(o.system).defaultHours(o.defaultHours)
                .modelHours(o.modelHours.stream().map(h -> new CatalogueApi.ModelHours(h.modelFamily, h.hours)).toList())
                .skill(o.skill).bayType(o.bayType).active(o.active).createdAt(o.createdAt).updatedAt(o.updatedAt).version(o.version)
                .build();
    }

    private static CatalogueApi.OperationSummary summary(CatalogueOperation o, String model) {
        Optional<CatalogueOperation.ModelHours> h = o.hoursFor(model);
        return CatalogueApiOperationSummaryBuilder.stagedBuilder()
                .id(o.id).code(o.code).nameZh(o.nameZh).nameEn(o.nameEn).system(o.system).hours(h.map(x -> x.hours).orElse(o.defaultHours))
                .modelFamily(h.map(x -> x.modelFamily).orElse(null)).defaultHours(o.defaultHours).skill(o.skill).bayType(o.bayType).active(o.active)
                .build();
    }
}
