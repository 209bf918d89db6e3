package com.fours.dms.customer.api;

import com.fours.dms.shared.security.IntegratorScopes;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import com.fours.dms.shared.http.IdempotentPosts;
import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.customer.CustomerService;
import com.fours.dms.customer.VehicleService;
import com.fours.dms.shared.http.Created;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.http.Idempotency;
import com.fours.dms.shared.persistence.PageRequest;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("/api/stores/{store}/customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "customers")
@IdempotentPosts
public class CustomerResource {
    @Inject
    CustomerService customers;

    @Inject
    VehicleService vehicles;

    @Inject
    Idempotency idempotency;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @GET
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "Search customers", description = "Prefix search by name or company, or by phone when `q` is digits. Stable order; keyset cursor.")
    public CustomerApi.Page searchCustomers(
            @QueryParam("q") @Parameter(description = "Name, company or phone prefix", example = "138") String q,
            @QueryParam("limit") @Parameter(description = "Page size, 1-100 (default 20)", example = "20") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        return CustomerApi.Page.of(customers.search(store, q, PageRequest.of(cursor, limit)));
    }

    @POST
    @RolesAllowed({ADVISOR, CUSTOMER_SERVICE, SERVICE_MANAGER, INTEGRATOR})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.ARCHIVE)
    @Operation(summary = "Register a customer", description = "Opens a customer archive (R-ARC-1). Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created; ETag carries the version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerApi.View.class)))
    public Response createCustomer(@HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retried create safe: same key and body replay the first answer.") String key,
            @Valid @NotNull CustomerApi.Request request) {
        return idempotency.create(key, "POST customers " + store, request, () -> {
            CustomerApi.View v = customers.create(store, request);
            return new Created<>(v, URI.create("/api/stores/" + store + "/customers/" + v.id()), v.version());
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "Get a customer", description = "One customer; ETag carries the version for a later If-Match.")
    @APIResponse(responseCode = "200", description = "The customer.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerApi.View.class)))
    public Response getCustomer(@PathParam("id") UUID id) {
        CustomerApi.View v = customers.get(store, id);
        return ETags.ok(v, v.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ADVISOR, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "Change a customer", description = "Replaces the customer's data. Requires If-Match (428 without, 412 when stale).")
    @APIResponse(responseCode = "200", description = "Changed; ETag carries the new version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerApi.View.class)))
    public Response updateCustomer(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @Valid @NotNull CustomerApi.Request request) {
        long expected = ETags.requireIfMatch(ifMatch);
        CustomerApi.View v = customers.update(store, id, expected, request);
        return ETags.ok(v, v.version());
    }

    @GET
    @Path("/{id}/vehicles")
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "A customer's vehicles", description = "The vehicles this customer currently owns (R-ARC-2).")
    public List<CustomerApi.VehicleView> listCustomerVehicles(@PathParam("id") UUID id) {
        return vehicles.ofOwner(store, id);
    }
}
