package com.fours.dms.followup.api;

import com.fours.dms.followup.ConsentService;
import com.fours.dms.followup.DeskSettingsService;
import com.fours.dms.followup.OutreachChannel;
import com.fours.dms.followup.WorkQueue;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The customer-service desk: the work queue, per-channel consent and the desk's store settings. */
@Path("/api/stores/{store}/follow-up")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "follow-up")
public class DeskResource {
    @Inject
    WorkQueue queue;

    @Inject
    ConsentService consents;

    @Inject
    DeskSettingsService settings;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @GET
    @Path("/queue")
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.SERVICE_MANAGER})
    @Operation(summary = "Today's work queue", description = "Today's calls (store time) from the customer-service queue and the caller's own tasks: offered ones in calling order (complaint second follow-ups, then club members, R-FUP-6; then priority and due time); the others with why they are not offered now (outside the call window R-FUP-4, opted out of calls, no phone, called back later today).")
    public DeskApi.Queue getWorkQueue() {
        return queue.today(store);
    }

    @GET
    @Path("/customers/{customerId}/consent")
    @RolesAllowed({Roles.ADVISOR, Roles.CUSTOMER_SERVICE, Roles.SERVICE_MANAGER})
    @Operation(summary = "A customer's contact consent", description = "Call, SMS and e-mail: allowed unless the customer opted out (who recorded it, when, why).")
    public DeskApi.Consent getContactConsent(@PathParam("customerId") UUID customerId) {
        return consents.get(store, customerId);
    }

    @PUT
    @Path("/customers/{customerId}/consent/{channel}")
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.SERVICE_MANAGER})
    @Operation(summary = "Record a customer's consent for one channel", description = "Opt out of (or back into) calls, SMS or e-mail, with the customer's reason; audited. An opted-out channel is never used by the desk or the reminders.")
    public DeskApi.Consent setContactConsent(@PathParam("customerId") UUID customerId,
            @PathParam("channel") @Parameter(example = "CALL") OutreachChannel channel, @Valid @NotNull DeskApi.ConsentRequest request) {
        return consents.set(store, customerId, channel, request);
    }

    @GET
    @Path("/settings")
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.SERVICE_MANAGER})
    @Operation(summary = "The desk's store settings", description = "Call window (R-FUP-4), no-answer retries, and the reminder numbers (R-REM-1..3) with the rules' defaults; ETag carries the version.")
    @APIResponse(responseCode = "200", description = "The settings", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeskApi.Settings.class)))
    public Response getFollowUpSettings() {
        DeskApi.Settings s = settings.get(store);
        return ETags.ok(s, s.version());
    }

    @PUT
    @Path("/settings")
    @RolesAllowed(Roles.SERVICE_MANAGER)
    @Operation(summary = "Change the desk's store settings", description = "Omitted fields stay unchanged; the window must end after it starts and the reminder message must go out no later than the call. Requires If-Match; audited.")
    @APIResponse(responseCode = "200", description = "The settings", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeskApi.Settings.class)))
    public Response updateFollowUpSettings(@HeaderParam("If-Match") @Parameter(description = "ETag of the settings you read", required = true) String ifMatch,
            @Valid @NotNull DeskApi.SettingsRequest request) {
        DeskApi.Settings s = settings.update(store, ETags.requireIfMatch(ifMatch), request);
        return ETags.ok(s, s.version());
    }
}
