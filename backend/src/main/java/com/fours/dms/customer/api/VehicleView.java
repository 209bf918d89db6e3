package com.fours.dms.customer.api;

import com.fours.dms.shared.api.BuiltByName;
import com.fours.dms.customer.Powertrain;
import com.fours.dms.customer.Vehicle;
import com.fours.dms.customer.VehicleType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Vehicle", description = "A vehicle on the store's archive, with its current owner.")
@BuiltByName
public record VehicleView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "BJ01") String storeCode,
        @Schema(required = true) OwnerSummary owner,
        @Schema(required = true, examples = "LSVAU218XN2183294") String vin,
        @Schema(required = true, examples = "京A12345") String plate,
        @Schema(required = true, examples = "大众") String brand,
        @Schema(required = true, examples = "帕萨特 330TSI") String model,
        @Schema(required = true) VehicleType vehicleType,
        @Schema(required = true) Powertrain powertrain,
        @Schema(nullable = true) String color,
        @Schema(nullable = true) LocalDate purchaseDate,
        @Schema(required = true) boolean soldHere,
        @Schema(nullable = true) Integer maintenanceIntervalKm,
        @Schema(nullable = true) Integer maintenanceIntervalMonths,
        @Schema(nullable = true) LocalDate lastServiceDate,
        @Schema(nullable = true) Integer lastServiceMileage,
        @Schema(nullable = true, description = "Next maintenance due, computed from the intervals (R-ARC-1, R-REM-1).") ServiceDue nextServiceDue,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Optimistic-lock version; also sent as the ETag.") long version) {

    @Schema(name = "OwnerSummary")
    public record OwnerSummary(@Schema(required = true) UUID id, @Schema(required = true, examples = "张伟") String name,
            @Schema(required = true, examples = "13812345678") String primaryPhone) {}

    @Schema(name = "ServiceDue")
    public record ServiceDue(@Schema(nullable = true, examples = "2026-12-01") LocalDate date, @Schema(nullable = true, examples = "30000") Integer mileage) {}

    public static VehicleView of(Vehicle v) {
        LocalDate dueDate = v.nextServiceDate();
        Integer dueMileage = v.nextServiceMileage();
        ServiceDue due = dueDate == null && dueMileage == null ? null : new ServiceDue(dueDate, dueMileage);
        return VehicleViewBuilder.stagedBuilder()
                .id(v.id).storeCode(v.storeCode).owner(new OwnerSummary(v.owner.id, v.owner.name, v.owner.primaryPhone)).vin(v.vin).plate(v.plate)
                .brand(v.brand).model(v.model).vehicleType(v.vehicleType).powertrain(v.powertrain).color(v.color).purchaseDate(v.purchaseDate)
                .soldHere(v.soldHere).maintenanceIntervalKm(v.maintenanceIntervalKm).maintenanceIntervalMonths(v.maintenanceIntervalMonths)
                .lastServiceDate(v.lastServiceDate).lastServiceMileage(v.lastServiceMileage).nextServiceDue(due)
                .createdAt(v.createdAt).updatedAt(v.updatedAt).version(v.version)
                .build();
    }
}
