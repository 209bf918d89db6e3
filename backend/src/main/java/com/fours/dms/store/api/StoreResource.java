package com.fours.dms.store.api;

import com.fours.dms.shared.http.IdempotentPosts;
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

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "stores")
@IdempotentPosts
public class StoreResource {
    @Inject
    StoreService stores;

    @Inject
    CurrentUser user;

    @Inject
    Idempotency idempotency;

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "Who am I", description = "The caller's name, roles and the stores (from the token) they may work in.")
    public StoreApi.Me getMe() {
        return new StoreApi.Me(user.username(), user.displayName(), user.roles(),
                stores.visibleStores().stream().map(s -> new StoreApi.StoreRef(s.code(), s.name())).toList());
    }

    @GET
    @Path("/stores")
    @Authenticated
    @Operation(summary = "List my stores", description = "The stores in the caller's token that have been opened.")
    public List<StoreApi.View> listStores() {
        return stores.visibleStores();
    }

    @POST
    @Path("/stores")
    @RolesAllowed(SERVICE_MANAGER)
    @Operation(summary = "Open a store", description = "A service manager opens one of the stores their account is granted.")
    @APIResponse(responseCode = "201", description = "Created; ETag carries the version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoreApi.View.class)))
    public Response createStore(@HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retried create safe: same key and body replay the first answer.") String key,
            @Valid @NotNull StoreApi.CreateRequest request) {
        return idempotency.create(key, "POST /api/stores", request, () -> {
            StoreApi.View v = stores.create(request);
            return new Created<>(v, URI.create("/api/stores/" + v.code()), v.version());
        });
    }

}
