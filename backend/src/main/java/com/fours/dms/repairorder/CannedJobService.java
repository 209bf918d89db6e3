package com.fours.dms.repairorder;

import com.fours.dms.repairorder.api.RepairOrderApi.CannedJobLine;
import com.fours.dms.repairorder.api.RepairOrderApi.CannedJobRequest;
import com.fours.dms.repairorder.api.RepairOrderApi.CannedJobView;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.security.StoreAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The store's catalogue of canned (standard) jobs, kept by the service manager. */
@ApplicationScoped
public class CannedJobService {
    @Inject
    StoreAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    com.fours.dms.catalogue.PartService parts;

    @Inject
    com.fours.dms.catalogue.OperationService operations;

    public List<CannedJobView> list(String store, Boolean active) {
        access.require(store);
        List<CannedJob> jobs = active == null ? CannedJob.list("storeCode = ?1 order by code", store)
                : CannedJob.list("storeCode = ?1 and active = ?2 order by code", store, active);
        return jobs.stream().map(CannedJobService::view).toList();
    }

    @Transactional
    public CannedJobView create(String store, CannedJobRequest req) {
        access.require(store);
        String code = req.code().strip().toUpperCase();
        if (CannedJob.count("storeCode = ?1 and code = ?2", store, code) > 0) {
            throw ProblemException.conflict("canned-job-exists", "Canned job " + code + " already exists in store " + store);
        }
        CannedJob j = new CannedJob();
        j.id = Ids.newId(clock);
        j.storeCode = store;
        j.code = code;
        j.createdAt = clock.instant();
        apply(j, req);
        j.persistAndFlush();
        CannedJobView v = view(j);
        audit.created(store, "canned-job", j.id, v);
        return v;
    }

    @Transactional
    public CannedJobView update(String store, UUID id, long expected, CannedJobRequest req) {
        CannedJob j = access.owned(store, CannedJob.<CannedJob>findById(id), x -> x.storeCode, "Canned job", id);
        ETags.check(expected, j.version);
        String code = req.code().strip().toUpperCase();
        if (!code.equals(j.code) && CannedJob.count("storeCode = ?1 and code = ?2", store, code) > 0) {
            throw ProblemException.conflict("canned-job-exists", "Canned job " + code + " already exists in store " + store);
        }
        CannedJobView before = view(j);
        long version = j.version;
        j.code = code;
        apply(j, req);
        CannedJob.getEntityManager().flush();
        if (j.version == version) {
            CannedJob.getEntityManager().lock(j, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            CannedJob.getEntityManager().flush();
        }
        CannedJobView after = view(j);
        audit.changed(store, "canned-job", j.id, "updated", before, after);
        return after;
    }

    private void apply(CannedJob j, CannedJobRequest req) {
        List<Violation> v = new ArrayList<>();
        List<CannedJob.Line> lines = new ArrayList<>();
        for (int i = 0; i < req.lines().size(); i++) {
            CannedJobLine r = req.lines().get(i);
            String p = "lines[" + i + "].";
            CannedJob.Line l = new CannedJob.Line();
            l.kind = r.kind();
            int found = v.size();
            if (r.kind() == LineKind.PART && r.cataloguePartId() != null) {
                r = fromCatalogue(j.storeCode, r, p + "cataloguePartId", v);
            } else if (r.kind() == LineKind.JOB && r.catalogueOperationId() != null) {
                r = fromCatalogue(j.storeCode, r, p + "catalogueOperationId", v);
            }
            if (v.size() > found) {
                continue; // the catalogue entry is the line's problem; what it would have filled is not asked for
            }
            l.description = r.description().strip();
            l.cataloguePartId = r.kind() == LineKind.PART ? r.cataloguePartId() : null;
            l.catalogueOperationId = r.kind() == LineKind.JOB ? r.catalogueOperationId() : null;
            switch (r.kind()) {
                case JOB -> {
                    if (r.hours() == null) {
                        v.add(new Violation(p + "hours", "is required for a JOB"));
                    }
                    if (r.pricingMode() == PricingMode.ITEM) {
                        v.add(new Violation(p + "pricingMode", "ITEM pricing needs the customer told each time (R-CHK-4); not for canned jobs"));
                    }
                    l.operationCode = r.operationCode();
                    l.hours = r.hours();
                    l.pricingMode = r.pricingMode() == null ? PricingMode.SYSTEM : r.pricingMode();
                    l.team = r.team() == null ? WorkshopTeam.MECHANICAL : r.team();
                }
                case PART -> {
                    if (r.partNumber() == null || r.partNumber().isBlank()) {
                        v.add(new Violation(p + "partNumber", "is required for a PART"));
                    }
                    if (r.quantity() == null) {
                        v.add(new Violation(p + "quantity", "is required for a PART"));
                    }
                    if (r.unitPrice() == null) {
                        v.add(new Violation(p + "unitPrice", "is required for a PART"));
                    }
                    if (r.grade() == null) {
                        v.add(new Violation(p + "grade", "is required for a PART"));
                    }
                    l.partNumber = r.partNumber();
                    l.quantity = r.quantity();
                    l.unitPrice = r.unitPrice();
                    l.grade = r.grade();
                    l.criticalSystem = Boolean.TRUE.equals(r.criticalSystem());
                }
                case FEE -> v.add(new Violation(p + "kind", "a canned job holds JOB and PART lines only"));
            }
            lines.add(l);
        }
        if (!v.isEmpty()) {
            throw ProblemException.validation(v);
        }
        j.name = req.name().strip();
        j.active = req.active();
        j.lines.clear();
        j.lines.addAll(lines);
        j.updatedAt = clock.instant();
    }

    /**
     * Issue 8: a line picked from the catalogue takes the entry's number or code, grade, critical
     * flag and list price or default hours now (shown in the list); the quantity defaults to 1. An entry of another store, superseded or inactive is refused on
     * the line's field.
     */
    private CannedJobLine fromCatalogue(String store, CannedJobLine r, String field, List<Violation> v) {
        try {
            if (r.kind() == LineKind.PART) {
                var p = parts.pick(store, r.cataloguePartId(), field);
                if (p.supersededBy() != null) {
                    v.add(new Violation(field, "superseded by " + p.supersededBy()));
                } else if (!p.active()) {
                    v.add(new Violation(field, "is inactive in the catalogue"));
                }
                return new CannedJobLine(r.kind(), r.description(), null, null, null, null, p.partNumber(),
                        r.quantity() == null ? java.math.BigDecimal.ONE : r.quantity(), p.listPrice(), PartGrade.valueOf(p.grade().name()), p.criticalSystem(),
                        p.id(), null);
            }
            var o = operations.pick(store, r.catalogueOperationId(), null, field);
            if (!o.active()) {
                v.add(new Violation(field, "is inactive in the catalogue"));
            }
            return new CannedJobLine(r.kind(), r.description(), o.code(), r.hours() == null ? o.hours() : r.hours(),
                    r.pricingMode(), r.team() == null ? CatalogueLines.team(o.system()) : r.team(), null, null, null, null, null, null, o.id());
        } catch (ProblemException e) {
            v.add(new Violation(field, e.violations().get(0).message()));
            return r;
        }
    }

    static CannedJobView view(CannedJob j) {
        return new CannedJobView(j.id, j.code, j.name, j.active, j.lines.stream().map(l -> new CannedJobLine(l.kind, l.description, l.operationCode,
                l.hours, l.pricingMode, l.team, l.partNumber, l.quantity, l.unitPrice, l.grade, l.criticalSystem, l.cataloguePartId, l.catalogueOperationId)).toList(),
                j.version);
    }
}
