package com.fours.dms.customer.api;

import com.fours.dms.shared.api.BuiltByName;
import com.fours.dms.customer.Powertrain;
import com.fours.dms.customer.ValidPlate;
import com.fours.dms.customer.ValidVin;
import com.fours.dms.customer.VehicleType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VehicleRequest", description = "A vehicle's archive data (R-ARC-1). On update, ownerId must stay the current owner: use transfer-ownership to change it.")
@BuiltByName
public record VehicleRequest(
        @Schema(required = true, description = "The owning customer (same store).") @NotNull UUID ownerId,
        @Schema(required = true, description = "17 characters, no I/O/Q, valid check digit in position 9 (GB 16735).", examples = "LSVAU218XN2183294")
                @NotBlank @ValidVin String vin,
        @Schema(required = true, description = "Mainland plate; 8 characters for new-energy vehicles. Normalised to upper case without spaces.", examples = "京A12345")
                @NotBlank @ValidPlate String plate,
        @Schema(required = true, examples = "大众") @NotBlank @Size(max = 60) String brand,
        @Schema(required = true, examples = "帕萨特 330TSI") @NotBlank @Size(max = 80) String model,
        @Schema(required = true) @NotNull VehicleType vehicleType,
        @Schema(required = true) @NotNull Powertrain powertrain,
        @Schema(nullable = true, examples = "白") @Size(max = 30) String color,
        @Schema(nullable = true, examples = "2023-05-01") @PastOrPresent LocalDate purchaseDate,
        @Schema(description = "Bought at this store.") boolean soldHere,
        @Schema(nullable = true, examples = "10000") @Min(1000) @Max(100000) Integer maintenanceIntervalKm,
        @Schema(nullable = true, examples = "6") @Min(1) @Max(36) Integer maintenanceIntervalMonths,
        @Schema(nullable = true, examples = "2026-06-01") @PastOrPresent LocalDate lastServiceDate,
        @Schema(nullable = true, examples = "20000") @Min(0) @Max(2000000) Integer lastServiceMileage) {}
