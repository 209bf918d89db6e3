package com.fours.dms.appointment.api;

import com.fours.dms.appointment.AppointmentStatus;
import com.fours.dms.shared.api.BuiltByName;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class PreparationApi {
    private PreparationApi() {}

    public enum Check { PENDING, READY, NOT_READY, NOT_NEEDED }

    @Schema(name = "Readiness", description = "R-PRE-4: technician, parts, special tools and technical documents checked the day before.")
    public record Readiness(@Schema(required = true) UUID appointmentId, @Schema(required = true) Check technician,
            @Schema(required = true) Check parts, @Schema(required = true) Check specialTools, @Schema(required = true) Check technicalDocuments,
            @Schema(nullable = true) String note, @Schema(nullable = true) String checkedBy, @Schema(nullable = true) Instant checkedAt,
            @Schema(required = true, description = "0 until first checked; the ETag.") long version) {}

    @Schema(name = "ReadinessRequest")
    public record ReadinessRequest(@Schema(required = true) @NotNull Check technician, @Schema(required = true) @NotNull Check parts,
            @Schema(required = true) @NotNull Check specialTools, @Schema(required = true) @NotNull Check technicalDocuments,
            @Schema(nullable = true, examples = "刹车盘需调货，预计后天到") @Size(max = 500) String note) {}

    @Schema(name = "PendingReadiness", description = "An appointment whose readiness check (R-PRE-4) is still to do.")
    public record PendingReadiness(@Schema(required = true) AppointmentApi.View appointment, @Schema(required = true) Readiness readiness) {}

    @Schema(name = "WelcomeBoard", description = "R-APT-8: the reception screen of today's and tomorrow's appointments.")
    public record WelcomeBoard(@Schema(required = true) String storeCode, @Schema(required = true) String storeName,
            @Schema(required = true) LocalDate date, @Schema(required = true) List<BoardEntry> today, @Schema(required = true) List<BoardEntry> tomorrow) {}

    @Schema(name = "WelcomeBoardEntryKind", description = "APPOINTMENT = a booked customer; WALK_IN = came without one (a walk-in repair order).")
    public enum EntryKind { APPOINTMENT, WALK_IN }

    @Schema(name = "WelcomeBoardEntry", description = "One customer on the board. Appointment customers come first and carry priority (R-APT-8); walk-ins follow.")
    @BuiltByName
    public record BoardEntry(
            @Schema(required = true, examples = "APPOINTMENT") EntryKind kind,
            @Schema(nullable = true, description = "The appointment (APPOINTMENT entries)") UUID appointmentId,
            @Schema(nullable = true, description = "The walk-in's repair order (WALK_IN entries)") UUID repairOrderId,
            @Schema(required = true, description = "Booked arrival, or when the walk-in was received") Instant arrivalAt,
            @Schema(required = true, examples = "京A12345") String plate,
            @Schema(required = true, description = "Surname only, for a public screen.", examples = "张**") String customer,
            @Schema(nullable = true, examples = "王顾问") String advisor,
            @Schema(required = true, description = "Booked services, or the walk-in's requested work") List<String> services,
            @Schema(nullable = true, description = "The appointment's status (APPOINTMENT entries)") AppointmentStatus status,
            @Schema(required = true, description = "Appointment customers are received first (R-APT-8); walk-ins have no priority.") boolean priority,
            @Schema(required = true) boolean repeatRepair) {}
}
