package com.fours.dms.reminder.api;

import com.fours.dms.reminder.DeclinedWorkReports;
import com.fours.dms.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Declined work comes back (issue 11): the report of declined and recaptured work. */
@Path("/api/stores/{store}/declined-work")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reminders")
@RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.SERVICE_MANAGER})
public class DeclinedWorkResource {
    @Inject
    DeclinedWorkReports reports;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @GET
    @Path("/report")
    @Operation(summary = "Declined and recaptured work", description = "Found-not-fixed work the customers declined in the period (store days, both included; default this month so far): items and amount, how much was sold again on a later order of the same vehicle (recaptured), the follow-ups raised (a message and a call the store's declinedWorkFollowUpDays after the decline) and what is still open. 400 when to is before from or more than a year after it.")
    public DeclinedWorkApi.Report getDeclinedWorkReport(
            @QueryParam("from") @Parameter(description = "First store day", example = "2026-11-01") LocalDate from,
            @QueryParam("to") @Parameter(description = "Last store day", example = "2026-11-30") LocalDate to) {
        return reports.report(store, from, to);
    }
}
