package com.fours.dms.workshop.api;

import com.fours.dms.shared.security.IntegratorScopes;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import com.fours.dms.shared.http.IdempotentPosts;
import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.shared.http.ETags;
import com.fours.dms.workshop.WorkshopSetupService;
import com.fours.dms.workshop.api.WorkshopApi.*;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Store set-up for booking: service managers configure, staff read. */
@Path("/api/stores/{store}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "workshop-setup")
@IdempotentPosts
public class WorkshopSetupResource {

    @Inject
    WorkshopSetupService setup;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @GET
    @Path("/advisors")
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER, INTEGRATOR})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.BOOK)
    @Operation(summary = "List service advisors", description = "Advisors of the store with their reception capacity per slot.")
    public List<AdvisorView> listAdvisors() {
        return setup.advisors(store);
    }

    @POST
    @Path("/advisors")
    @RolesAllowed(SERVICE_MANAGER)
    @Operation(summary = "Add a service advisor", description = "Registers an advisor (by login name) with a reception capacity per slot.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdvisorView.class)))
    public Response createAdvisor(@Valid @NotNull AdvisorRequest request) {
        AdvisorView v = setup.saveAdvisor(store, null, null, request);
        return created("advisors", v.id(), v, v.version());
    }

    @PUT
    @Path("/advisors/{id}")
    @RolesAllowed(SERVICE_MANAGER)
    @Operation(summary = "Change a service advisor", description = "Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdvisorView.class)))
    public Response updateAdvisor(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @Valid @NotNull AdvisorRequest request) {
        AdvisorView v = setup.saveAdvisor(store, id, ETags.requireIfMatch(ifMatch), request);
        return ETags.ok(v, v.version());
    }

    @GET
    @Path("/bays")
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "List bays", description = "The workshop's bays and their types.")
    public List<BayView> listBays() {
        return setup.bays(store);
    }

    @POST
    @Path("/bays")
    @RolesAllowed(SERVICE_MANAGER)
    @Operation(summary = "Add a bay", description = "Adds a bay of a type (general, quick service, body & paint, alignment, EV).")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BayView.class)))
    public Response createBay(@Valid @NotNull BayRequest request) {
        BayView v = setup.saveBay(store, null, null, request);
        return created("bays", v.id(), v, v.version());
    }

    @PUT
    @Path("/bays/{id}")
    @RolesAllowed(SERVICE_MANAGER)
    @Operation(summary = "Change a bay", description = "Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BayView.class)))
    public Response updateBay(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @Valid @NotNull BayRequest request) {
        BayView v = setup.saveBay(store, id, ETags.requireIfMatch(ifMatch), request);
        return ETags.ok(v, v.version());
    }

    @GET
    @Path("/technicians")
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "List technicians", description = "Technicians with skills and working hours.")
    public List<TechnicianView> listTechnicians() {
        return setup.technicians(store);
    }

    @POST
    @Path("/technicians")
    @RolesAllowed(SERVICE_MANAGER)
    @Operation(summary = "Add a technician", description = "Adds a technician with skills and working hours.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TechnicianView.class)))
    public Response createTechnician(@Valid @NotNull TechnicianRequest request) {
        TechnicianView v = setup.saveTechnician(store, null, null, request);
        return created("technicians", v.id(), v, v.version());
    }

    @PUT
    @Path("/technicians/{id}")
    @RolesAllowed(SERVICE_MANAGER)
    @Operation(summary = "Change a technician", description = "Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TechnicianView.class)))
    public Response updateTechnician(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @Valid @NotNull TechnicianRequest request) {
        TechnicianView v = setup.saveTechnician(store, id, ETags.requireIfMatch(ifMatch), request);
        return ETags.ok(v, v.version());
    }

    @GET
    @Path("/service-types")
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER, INTEGRATOR})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.BOOK)
    @Operation(summary = "List service types", description = "Bookable kinds of work with default duration, bay type and skill.")
    public List<ServiceTypeView> listServiceTypes() {
        return setup.serviceTypes(store);
    }

    @POST
    @Path("/service-types")
    @RolesAllowed(SERVICE_MANAGER)
    @Operation(summary = "Add a service type", description = "Adds a bookable kind of work.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceTypeView.class)))
    public Response createServiceType(@Valid @NotNull ServiceTypeRequest request) {
        ServiceTypeView v = setup.saveServiceType(store, null, null, request);
        return created("service-types", v.id(), v, v.version());
    }

    @PUT
    @Path("/service-types/{id}")
    @RolesAllowed(SERVICE_MANAGER)
    @Operation(summary = "Change a service type", description = "Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceTypeView.class)))
    public Response updateServiceType(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @Valid @NotNull ServiceTypeRequest request) {
        ServiceTypeView v = setup.saveServiceType(store, id, ETags.requireIfMatch(ifMatch), request);
        return ETags.ok(v, v.version());
    }

    private Response created(String collection, UUID id, Object body, long version) {
        return Response.created(URI.create("/api/stores/" + store + "/" + collection + "/" + id)).tag(String.valueOf(version)).entity(body).build();
    }
}
