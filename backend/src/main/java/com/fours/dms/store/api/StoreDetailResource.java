package com.fours.dms.store.api;

import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.shared.http.Created;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.http.Idempotency;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.store.StoreService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/stores/{store}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "stores")
public class StoreDetailResource {
    @Inject
    StoreService stores;

    @GET
    @Authenticated
    @Operation(summary = "Get a store", description = "One store; 404 when it is not in the caller's token.")
    @APIResponse(responseCode = "200", description = "The store; ETag carries its version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoreApi.View.class)))
    public Response getStore(@PathParam("store") @Parameter(description = "Store code", example = "BJ01") String store) {
        StoreApi.View v = stores.get(store);
        return ETags.ok(v, v.version());
    }

    @GET
    @Path("/settings")
    @Authenticated
    @Operation(summary = "Store settings", description = "Opening hours, holidays and the configurable numbers of the rules (slot length, no-show grace, deposit share, reminder lead time …).")
    @APIResponse(responseCode = "200", description = "The settings; ETag is the store version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoreApi.SettingsView.class)))
    public Response getStoreSettings(@PathParam("store") String store) {
        StoreApi.SettingsView v = stores.settings(store);
        return ETags.ok(v, v.version());
    }

    @PUT
    @Path("/settings")
    @RolesAllowed(SERVICE_MANAGER)
    @Operation(summary = "Change store settings", description = "Replaces opening hours, holidays and rule numbers. Requires If-Match with the store's ETag.")
    @APIResponse(responseCode = "200", description = "Changed; ETag carries the new store version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoreApi.SettingsView.class)))
    public Response updateStoreSettings(@PathParam("store") String store,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @Valid @NotNull StoreApi.SettingsRequest request) {
        long expected = ETags.requireIfMatch(ifMatch);
        StoreApi.SettingsView v = stores.updateSettings(store, expected, request);
        return ETags.ok(v, v.version());
    }

    @PUT
    @RolesAllowed(SERVICE_MANAGER)
    @Operation(summary = "Change a store", description = "Changes name, time zone or currency. Requires If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Changed; ETag carries the new version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoreApi.View.class)))
    public Response updateStore(@PathParam("store") String store,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @Valid @NotNull StoreApi.UpdateRequest request) {
        long expected = ETags.requireIfMatch(ifMatch);
        StoreApi.View v = stores.update(store, expected, request);
        return ETags.ok(v, v.version());
    }
}
