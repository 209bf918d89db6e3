package com.fours.dms.inspection.api;

import com.fours.dms.inspection.DamageType;
import com.fours.dms.inspection.DocumentType;
import com.fours.dms.inspection.FuelLevel;
import com.fours.dms.inspection.VehicleZone;
import com.fours.dms.shared.api.BuiltByName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Wire types of the check-in inspection (R-CHK-1, R-CHK-2). */
public final class InspectionApi {
    private InspectionApi() {}

    @Schema(name = "InspectionRequest", description = "What the advisor records at the car with the customer (R-CHK-1, R-CHK-2). Creating and updating send the whole record; damage marks have their own operations.")
    @BuiltByName
    public record InspectionRequest(
            @Schema(nullable = true, description = "Odometer reading in km", examples = "45210") @Min(0) @Max(9_999_999) Integer odometer,
            @Schema(description = "R-CHK-2: set true to keep a reading lower than the vehicle's last recorded one; without it such a reading is refused (422, code R-CHK-2)") Boolean odometerLowerConfirmed,
            @Schema(nullable = true, description = "Fuel gauge step; or give fuelPercent", examples = "HALF") FuelLevel fuelLevel,
            @Schema(nullable = true, description = "Fuel level in percent, 0-100, instead of a gauge step", examples = "55") @Min(0) @Max(100) Integer fuelPercent,
            @Schema(description = "Warning lights on at check-in (codes)", examples = "[\"ENGINE\", \"TPMS\"]") @Size(max = 30) List<@NotBlank @Size(max = 40) String> warningLights,
            @Schema(description = "R-CHK-1: protective covers (seat, steering wheel, floor) fitted") Boolean protectiveCoversFitted,
            @Schema(description = "Belongings left in the car", examples = "[\"行车记录仪\", \"儿童座椅\"]") @Size(max = 50) List<@NotBlank @Size(max = 200) String> belongings,
            @Schema(description = "Documents received") @Size(max = 20) List<@Valid @NotNull DocumentRequest> documents,
            @Schema(nullable = true, description = "Key tag number handed over; unique among the store's cars in the shop (409 on keyTag)", examples = "K-017") @Size(max = 40) String keyTag,
            @Schema(nullable = true, description = "Key-cabinet slot; unique among the store's cars in the shop (409 on keySlot)", examples = "A-12") @Size(max = 40) String keySlot) {}

    @Schema(name = "InspectionDocumentRequest")
    public record DocumentRequest(
            @Schema(required = true, examples = "REGISTRATION") @NotNull DocumentType type,
            @Schema(description = "Required for OTHER", examples = "环保标志") @Size(max = 120) String name,
            @Schema(required = true, description = "The document is valid (not expired, matches the car)") @NotNull Boolean valid,
            @Schema(description = "What does not match", examples = "行驶证地址与客户不符") @Size(max = 500) String discrepancyNote) {}

    @Schema(name = "InspectionDocument")
    public record Document(@Schema(required = true) DocumentType type, @Schema(nullable = true) String name, @Schema(required = true) boolean valid, @Schema(nullable = true) String discrepancyNote) {}

    @Schema(name = "DamageMarkRequest", description = "A damage mark on the vehicle diagram (R-CHK-1). x/y are the position on the diagram, 0..1 from the top left.")
    public record DamageMarkRequest(
            @Schema(required = true, examples = "FRONT_BUMPER") @NotNull VehicleZone zone,
            @Schema(required = true, examples = "SCRATCH") @NotNull DamageType type,
            @Schema(examples = "0.42") @DecimalMin("0") @DecimalMax("1") Double x,
            @Schema(examples = "0.15") @DecimalMin("0") @DecimalMax("1") Double y,
            @Schema(examples = "左前保险杠划痕约5cm") @Size(max = 500) String note) {}

    @Schema(name = "DamageMark")
    public record DamageMark(@Schema(required = true) UUID id, @Schema(required = true) VehicleZone zone, @Schema(required = true) DamageType type,
            @Schema(nullable = true) Double x, @Schema(nullable = true) Double y, @Schema(nullable = true) String note) {}

    @Schema(name = "InspectionSignRequest", description = "The customer's signature from the signature pad.")
    public record SignRequest(
            @Schema(required = true, examples = "张伟") @NotBlank @Size(max = 120) String signerName,
            @Schema(required = true, description = "PNG image of the signature, base64 (max 512 KB decoded)", examples = "iVBORw0KGgo...") @NotBlank @Size(max = 700_000) String signaturePng) {}

    @Schema(name = "InspectionSignature")
    public record Signature(@Schema(required = true) String signerName, @Schema(required = true) Instant signedAt) {}

    @Schema(name = "OdometerWarning", description = "R-CHK-2: the reading is lower than the last recorded one; `confirmed` says whether the advisor confirmed it.")
    public record OdometerWarning(@Schema(required = true) int readingKm, @Schema(required = true) int lastRecordedKm, @Schema(required = true) boolean confirmed) {}

    @Schema(name = "Inspection", description = "One version of a repair order's check-in inspection. A signed version is frozen; a correction is a new version that supersedes it.")
    @BuiltByName
    public record View(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID repairOrderId,
            @Schema(required = true, description = "1 for the first inspection, +1 for each correction", examples = "1") int versionNumber,
            @Schema(nullable = true, description = "The version this one corrects") UUID supersedes,
            @Schema(required = true, description = "This is the repair order's current version") boolean current,
            @Schema(nullable = true, description = "Odometer reading in km") Integer odometer,
            @Schema(required = true) boolean odometerLowerConfirmed,
            @Schema(nullable = true, description = "Present when the reading is lower than the last recorded one (R-CHK-2)") OdometerWarning odometerWarning,
            @Schema(nullable = true) FuelLevel fuelLevel,
            @Schema(nullable = true) Integer fuelPercent,
            @Schema(required = true) List<String> warningLights,
            @Schema(required = true) boolean protectiveCoversFitted,
            @Schema(required = true) List<String> belongings,
            @Schema(required = true) List<Document> documents,
            @Schema(required = true) List<DamageMark> damageMarks,
            @Schema(nullable = true) String keyTag,
            @Schema(nullable = true) String keySlot,
            @Schema(nullable = true, description = "Present once the customer signed; the version is then frozen") Signature signature,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, description = "Optimistic-lock version, also the ETag") long version) {}

    @Schema(name = "InspectionVersions", description = "All versions of the inspection, oldest first.")
    public record Versions(@Schema(required = true) List<View> items) {}

    @Schema(name = "InspectionPhoto", description = "A photo of the inspection (damageMarkId null) or of one damage mark. The image type was checked by content. `thumbnailAvailable` is false for WebP and HEIC (no server-side decoder): show a placeholder in lists and the full image on demand.")
    public record Photo(
            @Schema(required = true) UUID id,
            @Schema(required = true, description = "The inspection version it belongs to") UUID inspectionId,
            @Schema(nullable = true) UUID damageMarkId,
            @Schema(required = true, examples = "image/jpeg", enumeration = {"image/jpeg", "image/png", "image/webp", "image/heic"}) String mediaType,
            @Schema(required = true, examples = "834211") int sizeBytes,
            @Schema(required = true, description = "A 320 px JPEG thumbnail can be fetched") boolean thumbnailAvailable,
            @Schema(required = true) Instant createdAt) {}

    @Schema(name = "InspectionPhotos")
    public record Photos(@Schema(required = true) List<Photo> items) {}
}
