package com.fours.dms.catalogue.api;

import com.fours.dms.catalogue.Grade;
import com.fours.dms.catalogue.ImportFile;
import com.fours.dms.catalogue.ImportKind;
import com.fours.dms.catalogue.ImportStatus;
import com.fours.dms.catalogue.ReservationSource;
import com.fours.dms.catalogue.TaxClass;
import com.fours.dms.catalogue.VehicleSystem;
import com.fours.dms.shared.api.BuiltByName;
import com.fours.dms.workshop.BayType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import com.fours.dms.shared.persistence.ChangeFeed;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API types of the parts & labour catalogue (issue 8; R-CHK-4..7, R-APT-4/5). */
public final class CatalogueApi {
    private CatalogueApi() {}

    @Schema(name = "CataloguePart", description = "A part of the store's price list with its stock. R-CHK-5: grade and the critical-system flag decide the no-quality-warranty disclaimer of an aftermarket part on a critical system.")
    @BuiltByName
    public record PartView(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "06L115562B") String partNumber,
            @Schema(required = true, examples = "机油滤清器") String nameZh,
            @Schema(nullable = true, examples = "Oil filter") String nameEn,
            @Schema(required = true) Grade grade,
            @Schema(required = true, examples = "85.00", description = "Price to the customer per unit, store currency, before VAT.") BigDecimal listPrice,
            @Schema(nullable = true, examples = "52.30", description = "The dealer's cost per unit.") BigDecimal cost,
            @Schema(required = true) TaxClass taxClass,
            @Schema(required = true, description = "Part of a critical system (brakes, steering, airbags …).") boolean criticalSystem,
            @Schema(required = true, description = "Old numbers this part supersedes; searching one finds this part.", examples = "[\"06L115562\"]") List<String> supersedes,
            @Schema(nullable = true, description = "The number of the part that supersedes this one; a superseded part is left out of searches unless asked for.", examples = "06L115562C") String supersededBy,
            @Schema(required = true) boolean active,
            @Schema(required = true) Stock stock,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, description = "Version; also the ETag.") long version) {}

    @Schema(name = "CataloguePartStock", description = "Stock of the part in this store. available = onHand − reserved, never below zero.")
    public record Stock(
            @Schema(required = true, examples = "12.00") BigDecimal onHand,
            @Schema(required = true, examples = "3.00", description = "Held by signed orders' dealer-supplied parts and by appointments' parts.") BigDecimal reserved,
            @Schema(required = true, examples = "9.00") BigDecimal available,
            @Schema(required = true, examples = "5.00") BigDecimal reorderPoint,
            @Schema(required = true, description = "available is at or below the reorder point.") boolean reorder,
            @Schema(nullable = true, description = "When the next delivery is expected (shown for a shortfall).") Instant expectedArrivalAt) {}

    @Schema(name = "CataloguePartSummary", description = "A part in a search result: what the estimate picker shows and fills in.")
    @BuiltByName
    public record PartSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "06L115562B") String partNumber,
            @Schema(required = true, examples = "机油滤清器") String nameZh,
            @Schema(nullable = true, examples = "Oil filter") String nameEn,
            @Schema(required = true) Grade grade,
            @Schema(required = true, examples = "85.00") BigDecimal listPrice,
            @Schema(required = true) TaxClass taxClass,
            @Schema(required = true) boolean criticalSystem,
            @Schema(required = true, examples = "[\"06L115562\"]") List<String> supersedes,
            @Schema(nullable = true, examples = "06L115562C") String supersededBy,
            @Schema(required = true) boolean active,
            @Schema(required = true, examples = "9.00", description = "onHand − reserved.") BigDecimal available,
            @Schema(nullable = true) Instant expectedArrivalAt) {}

    @Schema(name = "CataloguePartPage")
    public record PartPage(@Schema(required = true) List<PartSummary> items, @Schema(nullable = true) String nextCursor,
            @Schema(nullable = true, description = ChangeFeed.SYNC_CURSOR) String syncCursor) {}

    @Schema(name = "CataloguePartRequest", description = "Creates or replaces a part. Stock fields omitted = unchanged (0 for a new part); onHand may not go below what is reserved.")
    @BuiltByName
    public record PartRequest(
            @Schema(required = true, examples = "06L115562B") @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 ./_-]*", message = "letters, digits, spaces, dots, slashes, dashes or underscores") String partNumber,
            @Schema(required = true, examples = "机油滤清器") @NotBlank @Size(max = 200) String nameZh,
            @Schema(nullable = true, examples = "Oil filter") @Size(max = 200) String nameEn,
            @Schema(required = true) @NotNull Grade grade,
            @Schema(required = true, examples = "85.00") @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal listPrice,
            @Schema(nullable = true, examples = "52.30") @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal cost,
            @Schema(nullable = true, description = "Default STANDARD.") TaxClass taxClass,
            @Schema(nullable = true, description = "Default false.") Boolean criticalSystem,
            @Schema(nullable = true, description = "Old numbers this part supersedes.", examples = "[\"06L115562\"]") @Size(max = 20) List<@NotBlank @Size(max = 40) String> supersedes,
            @Schema(nullable = true, description = "Default true.") Boolean active,
            @Schema(nullable = true, examples = "12") @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal onHand,
            @Schema(nullable = true, examples = "5") @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal reorderPoint,
            @Schema(nullable = true, description = "When the next delivery is expected.") Instant expectedArrivalAt) {}

    @Schema(name = "CatalogueOperation", description = "A labour operation (工时项目). R-CHK-4: a SYSTEM-priced job is priced by its vehicle system with the flat-rate hours of the vehicle's model family, or the default hours.")
    @BuiltByName
    public record OperationView(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "BRK-PAD-F") String code,
            @Schema(required = true, examples = "更换前刹车片") String nameZh,
            @Schema(nullable = true, examples = "Replace front brake pads") String nameEn,
            @Schema(required = true) VehicleSystem system,
            @Schema(required = true, examples = "1.20") BigDecimal defaultHours,
            @Schema(required = true) List<ModelHours> modelHours,
            @Schema(nullable = true, examples = "MAINTENANCE", description = "The technician skill the job needs.") String skill,
            @Schema(nullable = true) BayType bayType,
            @Schema(required = true) boolean active,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, description = "Version; also the ETag.") long version) {}

    @Schema(name = "CatalogueModelHours", description = "Flat-rate hours for one vehicle model family; a vehicle whose model names the family takes them.")
    public record ModelHours(@Schema(required = true, examples = "帕萨特") @NotBlank @Size(max = 60) String modelFamily,
            @Schema(required = true, examples = "1.40") @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("999") @Digits(integer = 4, fraction = 2) BigDecimal hours) {}

    @Schema(name = "CatalogueOperationSummary", description = "An operation in a search result, with the hours for the vehicle model asked about.")
    @BuiltByName
    public record OperationSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "BRK-PAD-F") String code,
            @Schema(required = true, examples = "更换前刹车片") String nameZh,
            @Schema(nullable = true, examples = "Replace front brake pads") String nameEn,
            @Schema(required = true) VehicleSystem system,
            @Schema(required = true, examples = "1.40", description = "The flat-rate hours for the `model` asked about (its family's hours), else the default hours.") BigDecimal hours,
            @Schema(nullable = true, examples = "帕萨特", description = "The model family whose hours `hours` are; null for the default hours.") String modelFamily,
            @Schema(required = true, examples = "1.20") BigDecimal defaultHours,
            @Schema(nullable = true, examples = "MAINTENANCE") String skill,
            @Schema(nullable = true) BayType bayType,
            @Schema(required = true) boolean active) {}

    @Schema(name = "CatalogueOperationPage")
    public record OperationPage(@Schema(required = true) List<OperationSummary> items, @Schema(nullable = true) String nextCursor,
            @Schema(nullable = true, description = ChangeFeed.SYNC_CURSOR) String syncCursor) {}

    @Schema(name = "CatalogueOperationRequest", description = "Creates or replaces a labour operation; the code is unique in the store.")
    @BuiltByName
    public record OperationRequest(
            @Schema(required = true, examples = "BRK-PAD-F") @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "letters, digits, dots, dashes or underscores") String code,
            @Schema(required = true, examples = "更换前刹车片") @NotBlank @Size(max = 200) String nameZh,
            @Schema(nullable = true, examples = "Replace front brake pads") @Size(max = 200) String nameEn,
            @Schema(required = true) @NotNull VehicleSystem system,
            @Schema(required = true, examples = "1.2") @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("999") @Digits(integer = 4, fraction = 2) BigDecimal defaultHours,
            @Schema(nullable = true) @Size(max = 50) List<@Valid @NotNull ModelHours> modelHours,
            @Schema(nullable = true, examples = "MAINTENANCE") @Pattern(regexp = "[A-Z_]{2,30}", message = "upper-case skill code, e.g. MAINTENANCE") String skill,
            @Schema(nullable = true) BayType bayType,
            @Schema(nullable = true, description = "Default true.") Boolean active) {}

    @Schema(name = "CatalogueImport", description = "One import of a price list (PARTS) or labour list (OPERATIONS). Nothing is half-imported: REJECTED means no row was written; "
            + "the report (GET …/imports/{id}/report, CSV) lists every rejected row and why.")
    @BuiltByName
    public record ImportView(
            @Schema(required = true) UUID id,
            @Schema(required = true) ImportKind kind,
            @Schema(nullable = true, examples = "price-list-2026-12.xlsx") String fileName,
            @Schema(required = true, description = "Recognised from the content.") ImportFile.Format format,
            @Schema(nullable = true, examples = "GBK", description = "CSV only: UTF-8, UTF-8-BOM or GBK, detected.") String encoding,
            @Schema(required = true, description = "Checked only; nothing written.") boolean dryRun,
            @Schema(required = true) ImportStatus status,
            @Schema(required = true, examples = "50000", description = "Data rows (without the header).") int rowsTotal,
            @Schema(required = true, examples = "0") int rowsRejected,
            @Schema(required = true, examples = "1200", description = "Rows that create a new part or operation (would create, in a dry run).") int rowsCreated,
            @Schema(required = true, examples = "48800", description = "Rows that change an existing one (would change, in a dry run).") int rowsUpdated,
            @Schema(required = true, description = "The first 50 rejections; the report has all.") List<Rejection> rejections,
            @Schema(required = true, examples = "4210") long durationMs,
            @Schema(required = true, examples = "manager-li") String importedBy,
            @Schema(required = true) Instant createdAt) {}

    @Schema(name = "CatalogueImportRejection", description = "Why one row (its number in the spreadsheet, the header being row 1) was rejected.")
    public record Rejection(@Schema(required = true, examples = "17") int row, @Schema(required = true, examples = "list_price") String column,
            @Schema(nullable = true, examples = "八十五") String value, @Schema(required = true, examples = "must be a number ≥ 0 with at most 2 decimals") String message) {}

    @Schema(name = "CatalogueImportPage")
    public record ImportPage(@Schema(required = true) List<ImportView> items, @Schema(nullable = true) String nextCursor,
            @Schema(nullable = true, description = ChangeFeed.SYNC_CURSOR) String syncCursor) {}

    @Schema(name = "CatalogueReservation", description = "Stock held for a signed order's dealer-supplied part or an appointment's part (R-APT-5); a shortfall shows when the part is expected.")
    @BuiltByName
    public record ReservationView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID partId,
            @Schema(required = true, examples = "06L115562B") String partNumber,
            @Schema(required = true, examples = "机油滤清器") String partName,
            @Schema(required = true) ReservationSource sourceType,
            @Schema(required = true, description = "The repair order or appointment.") UUID sourceId,
            @Schema(required = true, examples = "2.00") BigDecimal requested,
            @Schema(required = true, examples = "1.00") BigDecimal reserved,
            @Schema(required = true, examples = "1.00", description = "requested − reserved: not in stock yet.") BigDecimal shortfall,
            @Schema(nullable = true, description = "For a shortfall: when the part is expected (from its stock).") Instant expectedArrivalAt,
            @Schema(required = true) Instant createdAt) {}

    @Schema(name = "CatalogueReservationPage")
    public record ReservationPage(@Schema(required = true) List<ReservationView> items, @Schema(nullable = true) String nextCursor) {}
}
