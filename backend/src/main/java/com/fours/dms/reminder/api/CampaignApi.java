package com.fours.dms.reminder.api;

import com.fours.dms.reminder.CampaignKind;
import com.fours.dms.reminder.CampaignVehicle;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Recall and technical campaigns imported as VIN lists (issue 11, R-REM-6). */
public final class CampaignApi {
    private CampaignApi() {}

    @Schema(name = "CreateCampaignRequest", description = "R-REM-6: a recall or technical campaign; the VIN list is uploaded to it afterwards")
    public record CreateRequest(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "letters, digits, '.', '_' and '-' only")
            @Schema(required = true, description = "The manufacturer's campaign number, unique in the store", examples = "RC-2026-031") String code,
            @NotNull @Schema(required = true, examples = "RECALL") CampaignKind kind,
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "右前安全气囊气体发生器更换") String titleZh,
            @Size(max = 200) @Schema(nullable = true, examples = "Front passenger airbag inflator replacement") String titleEn,
            @Size(max = 2000) @Schema(nullable = true, examples = "部分车辆右前安全气囊气体发生器在高温高湿环境下可能异常展开。") String description,
            @NotBlank @Size(max = 1000) @Schema(required = true, description = "The work to do on each car", examples = "更换右前安全气囊气体发生器（工时 0.8h，厂家索赔）") String work,
            @NotNull @Schema(required = true, examples = "2026-12-01") LocalDate validFrom,
            @NotNull @Schema(required = true, description = "Not before validFrom", examples = "2027-05-31") LocalDate validTo) {}

    @Schema(name = "CampaignProgress", description = "Where the campaign stands: VINs on its list, cars on this store's archive, customers messaged and reached, cars booked in, work done")
    public record Progress(
            @Schema(required = true, examples = "120") int vins,
            @Schema(required = true, description = "VINs of cars on this store's archive", examples = "86") int vehicles,
            @Schema(required = true, description = "VINs not on the archive (yet)", examples = "34") int notInArchive,
            @Schema(required = true, examples = "80") int messaged,
            @Schema(required = true, examples = "52") int reached,
            @Schema(required = true, examples = "31") int booked,
            @Schema(required = true, examples = "17") int done) {}

    @Schema(name = "Campaign", description = "R-REM-6: a recall or technical campaign with its progress")
    public record View(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "RC-2026-031") String code,
            @Schema(required = true, examples = "RECALL") CampaignKind kind,
            @Schema(required = true, examples = "右前安全气囊气体发生器更换") String titleZh,
            @Schema(nullable = true, examples = "Front passenger airbag inflator replacement") String titleEn,
            @Schema(nullable = true) String description,
            @Schema(required = true, examples = "更换右前安全气囊气体发生器（工时 0.8h，厂家索赔）") String work,
            @Schema(required = true, examples = "2026-12-01") LocalDate validFrom,
            @Schema(required = true, examples = "2027-05-31") LocalDate validTo,
            @Schema(required = true, description = "It runs today (store day)") boolean active,
            @Schema(required = true) Progress progress,
            @Schema(required = true, examples = "manager") String createdBy,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) long version) {}

    @Schema(name = "CampaignPage")
    public record Page(@Schema(required = true) List<View> items, @Schema(nullable = true) String nextCursor) {}

    @Schema(name = "CampaignRejectedRow", description = "A row of the VIN list that was not taken, and why")
    public record Rejection(
            @Schema(required = true, description = "The line in the file (1 = the first line)", examples = "7") int line,
            @Schema(nullable = true, description = "The value as given", examples = "LSVAU218XN2183295") String value,
            @Schema(required = true, examples = "check digit (position 9) does not match; this VIN has a typo") String reason) {}

    @Schema(name = "CampaignImport", description = "R-REM-6: one VIN list upload: accepted rows, every rejected row with its line and reason, and what it added")
    public record ImportView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID campaignId,
            @Schema(nullable = true, examples = "RC-2026-031-vins.csv") String fileName,
            @Schema(required = true, description = "Data rows in the file", examples = "120") int rowsTotal,
            @Schema(required = true, examples = "118") int accepted,
            @Schema(required = true, examples = "2") int rejected,
            @Schema(required = true, description = "Accepted VINs the campaign did not have yet: a second upload of the same file adds none", examples = "118") int entriesNew,
            @Schema(required = true, description = "Accepted VINs of cars not on this store's archive: kept, and the car is flagged when it comes in", examples = "32") int notInArchive,
            @Schema(required = true, description = "Messages queued for the cars this upload linked", examples = "80") int messages,
            @Schema(required = true, description = "Calls opened in customer service's queue", examples = "86") int calls,
            @Schema(required = true, description = "Every rejected row, in file order") List<Rejection> rejections,
            @Schema(required = true, examples = "manager") String importedBy,
            @Schema(required = true) Instant createdAt) {}

    @Schema(name = "CampaignImportPage")
    public record ImportPage(@Schema(required = true) List<ImportView> items, @Schema(nullable = true) String nextCursor) {}

    @Schema(name = "CampaignEntry", description = "One VIN of a campaign; OPEN until the campaign work is done on one of the car's orders")
    public record Entry(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID campaignId,
            @Schema(required = true, examples = "RC-2026-031") String campaignCode,
            @Schema(required = true, examples = "RECALL") CampaignKind kind,
            @Schema(required = true, examples = "右前安全气囊气体发生器更换") String titleZh,
            @Schema(nullable = true, examples = "Front passenger airbag inflator replacement") String titleEn,
            @Schema(required = true, examples = "更换右前安全气囊气体发生器（工时 0.8h，厂家索赔）") String work,
            @Schema(required = true, examples = "2027-05-31") LocalDate validTo,
            @Schema(required = true, examples = "LSVAU218XN2183294") String vin,
            @Schema(nullable = true, description = "Null while the car is not on this store's archive") UUID vehicleId,
            @Schema(nullable = true) UUID customerId,
            @Schema(required = true, description = "The line of the VIN list it came from", examples = "12") int line,
            @Schema(nullable = true, examples = "SMS") String messageChannel,
            @Schema(nullable = true, description = "Why no message went out", examples = "NO_CHANNEL_CONSENT") String messageSkipped,
            @Schema(nullable = true) Instant reachedAt,
            @Schema(nullable = true) UUID appointmentId,
            @Schema(nullable = true) Instant bookedAt,
            @Schema(required = true, examples = "OPEN") CampaignVehicle.Status status,
            @Schema(nullable = true, description = "The repair order the work was done on") UUID doneOrderId,
            @Schema(nullable = true) String doneBy,
            @Schema(nullable = true) Instant doneAt,
            @Schema(nullable = true) String doneNote,
            @Schema(required = true, examples = "[\"reached\", \"booked\", \"done\"]") List<String> availableActions,
            @Schema(required = true) long version) {}

    @Schema(name = "CampaignEntryList", description = "The open campaigns of one vehicle (its page, the check-in, its repair order)")
    public record EntryList(@Schema(required = true) List<Entry> items) {}

    @Schema(name = "CampaignEntryPage")
    public record EntryPage(@Schema(required = true) List<Entry> items, @Schema(nullable = true) String nextCursor) {}

    @Schema(name = "CampaignContactOutcome", description = "REACHED: the desk spoke to the customer; BOOKED: and booked the car in (appointmentId)")
    public enum ContactOutcome { REACHED, BOOKED }

    @Schema(name = "CampaignContactRequest", description = "What the desk's campaign call achieved")
    public record ContactRequest(
            @NotNull @Schema(required = true, examples = "BOOKED") ContactOutcome outcome,
            @Schema(nullable = true, description = "Required for BOOKED: the appointment booked from the call") UUID appointmentId) {}

    @Schema(name = "CampaignDoneRequest", description = "The campaign work was done on this repair order of the car")
    public record DoneRequest(
            @NotNull @Schema(required = true) UUID repairOrderId,
            @Size(max = 500) @Schema(nullable = true, examples = "已更换气体发生器，批次号 A2291") String note) {}
}
