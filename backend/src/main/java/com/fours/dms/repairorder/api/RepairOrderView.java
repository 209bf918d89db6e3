package com.fours.dms.repairorder.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RepairOrder", description = "A repair order (进厂维修单). Until the repair-order feature lands, drafts prepared from appointments (R-PRE-1..3).")
public record RepairOrderView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "ROBJ010000001") String number,
        @Schema(required = true, examples = "DRAFT") String status,
        @Schema(nullable = true) UUID appointmentId,
        @Schema(required = true) UUID customerId,
        @Schema(required = true) UUID vehicleId,
        @Schema(nullable = true) UUID advisorId,
        @Schema(required = true) String requestedWork,
        @Schema(required = true, description = "R-PRE-2: repeat repair, for special attention.") boolean repeatRepair,
        @Schema(required = true, description = "R-PRE-3: earlier findings not fixed, to raise again.") List<CarriedFinding> carriedFindings,
        @Schema(required = true) long version) {

    @Schema(name = "CarriedFinding")
    public record CarriedFinding(@Schema(required = true) UUID id, @Schema(required = true, examples = "左前刹车片剩余3mm，客户暂不更换") String description) {}
}
