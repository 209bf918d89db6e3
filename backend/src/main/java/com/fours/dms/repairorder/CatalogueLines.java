package com.fours.dms.repairorder;

import com.fours.dms.catalogue.OperationService;
import com.fours.dms.catalogue.PartService;
import com.fours.dms.catalogue.PriceTolerancePolicy;
import com.fours.dms.customer.VehicleService;
import com.fours.dms.repairorder.api.RepairOrderApi.LineRequest;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.store.StoreService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;

/**
 * Issue 8: an estimate line picked from the store's catalogue is priced by it. A part brings its
 * number, grade and critical-system flag (so R-CHK-5's disclaimer follows from the catalogue), its
 * list price and, when stock is short, its expected arrival (R-CHK-8); an operation its code, the
 * vehicle system it is priced by (R-CHK-4) and the flat-rate hours of the vehicle's model family.
 * The advisor may move the price or hours only within the store's tolerance, with a reason
 * ({@link PriceTolerancePolicy}).
 */
@ApplicationScoped
class CatalogueLines {
    @Inject
    PartService parts;

    @Inject
    OperationService operations;

    @Inject
    StoreService stores;

    @Inject
    VehicleService vehicles;

    void pickPart(RepairOrderLine l, LineRequest r, RepairOrder o) {
        PartService.Pick p = parts.pick(o.storeCode, r.cataloguePartId(), "cataloguePartId");
        if (p.supersededBy() != null) {
            throw new ProblemException(409, "part-superseded", "Part superseded", "Part " + p.partNumber() + " is superseded by " + p.supersededBy() + "; pick that one",
                    List.of(new Violation("cataloguePartId", "superseded by " + p.supersededBy())), null);
        }
        if (!p.active()) {
            throw new ProblemException(422, "unknown-reference", "Unknown reference", "Part " + p.partNumber() + " is no longer sold (inactive in the catalogue)",
                    List.of(new Violation("cataloguePartId", "is inactive in the catalogue")), null);
        }
        l.cataloguePartId = p.id();
        l.partNumber = p.partNumber();
        l.grade = PartGrade.valueOf(p.grade().name());
        l.criticalSystem = p.criticalSystem();
        l.description = l.description == null ? p.nameZh() : l.description;
        l.quantity = l.quantity == null ? new BigDecimal("1.00") : l.quantity;
        l.supplier = l.supplier == null ? PartSupplier.DEALER : l.supplier;
        l.catalogueUnitPrice = p.listPrice();
        l.priceOverrideReason = PriceTolerancePolicy.overrideReason("unitPrice", p.listPrice(), l.unitPrice, tolerance(o), r.priceOverrideReason());
        l.unitPrice = l.unitPrice == null ? p.listPrice() : l.unitPrice;
        if (l.partsAvailableAt == null && l.supplier == PartSupplier.DEALER && p.available().compareTo(l.quantity) < 0) {
            l.partsAvailableAt = p.expectedArrivalAt();
        }
    }

    void pickOperation(RepairOrderLine l, LineRequest r, RepairOrder o) {
        String model = vehicles.summaries(List.of(o.vehicleId)).get(o.vehicleId).model();
        OperationService.Pick p = operations.pick(o.storeCode, r.catalogueOperationId(), model, "catalogueOperationId");
        if (!p.active()) {
            throw new ProblemException(422, "unknown-reference", "Unknown reference", "Labour operation " + p.code() + " is inactive in the catalogue",
                    List.of(new Violation("catalogueOperationId", "is inactive in the catalogue")), null);
        }
        l.catalogueOperationId = p.id();
        l.operationCode = p.code();
        l.vehicleSystem = p.system().name();
        l.description = l.description == null ? p.nameZh() : l.description;
        l.catalogueHours = p.hours();
        l.priceOverrideReason = PriceTolerancePolicy.overrideReason("hours", p.hours(), l.hours, tolerance(o), r.priceOverrideReason());
        l.hours = l.hours == null ? p.hours() : l.hours;
        l.team = l.team == null ? team(p.system()) : l.team;
    }

    /** The team a job of this vehicle system goes to (R-CHK-10). */
    static WorkshopTeam team(com.fours.dms.catalogue.VehicleSystem system) {
        return switch (system) {
            case ELECTRICAL, AIR_CONDITIONING -> WorkshopTeam.ELECTRICAL;
            case BODY -> WorkshopTeam.BODY;
            case PAINT -> WorkshopTeam.PAINT;
            default -> WorkshopTeam.MECHANICAL;
        };
    }

    private BigDecimal tolerance(RepairOrder o) {
        return stores.cataloguePriceTolerancePercent(o.storeCode);
    }
}
