package com.fours.dms.reminder.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Declined work comes back (issue 11): the report figure. */
public final class DeclinedWorkApi {
    private DeclinedWorkApi() {}

    @Schema(name = "DeclinedWorkReport", description = "Found-not-fixed work the customers declined in the period (store days), and how much of it was sold again on a later order of the same vehicle (recaptured).")
    public record Report(
            @Schema(required = true, examples = "2026-11-01") LocalDate from,
            @Schema(required = true, examples = "2026-11-30") LocalDate to,
            @Schema(required = true, description = "Declined items (estimate lines, declined estimates' jobs, supplementary items)", examples = "12") int declinedItems,
            @Schema(required = true, description = "What they were priced at", examples = "8640.00") BigDecimal declinedAmount,
            @Schema(required = true, description = "Of those, sold again on a later order of the vehicle", examples = "3") int recapturedItems,
            @Schema(required = true, description = "What the later orders' lines sold them at", examples = "2100.00") BigDecimal recapturedAmount,
            @Schema(required = true, description = "recapturedAmount / declinedAmount in percent (0 when nothing was declined)", examples = "24.3") BigDecimal recapturedPercent,
            @Schema(required = true, description = "Follow-ups raised (message and call) for work declined in the period", examples = "9") int followUps,
            @Schema(required = true, description = "Items declined in the period still open (neither sold nor otherwise fixed)", examples = "9") int openItems) {}
}
