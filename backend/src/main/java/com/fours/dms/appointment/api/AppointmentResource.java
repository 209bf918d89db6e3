package com.fours.dms.appointment.api;

import com.fours.dms.shared.security.IntegratorScopes;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import com.fours.dms.shared.http.IdempotentPosts;
import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.appointment.AppointmentService;
import com.fours.dms.appointment.AppointmentStatus;
import com.fours.dms.appointment.PreparationService;
import com.fours.dms.appointment.api.AppointmentApi.*;
import com.fours.dms.appointment.api.PreparationApi.*;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.http.Created;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.http.Idempotency;
import com.fours.dms.shared.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import com.fours.dms.shared.persistence.ChangeFeed;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/stores/{store}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "appointments")
@IdempotentPosts
public class AppointmentResource {
    @Inject
    AppointmentService appointments;

    @Inject
    PreparationService preparation;

    @Inject
    Idempotency idempotency;

    @Inject
    CurrentUser user;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @GET
    @Path("/availability")
    @RolesAllowed({ADVISOR, CUSTOMER_SERVICE, SERVICE_MANAGER, INTEGRATOR})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.BOOK)
    @Operation(summary = "Find free slots", description = "Start times between two store-local dates at which the requested services fit: an advisor free to receive and workshop capacity (bays of the type, technicians with the skill) for the whole duration (R-APT-3).")
    public List<Slot> findAvailability(
            @QueryParam("from") @Parameter(required = true, description = "First store-local date", example = "2026-11-24") String from,
            @QueryParam("to") @Parameter(required = true, description = "Last store-local date (at most 31 days after from)", example = "2026-11-25") String to,
            @QueryParam("serviceTypes") @Parameter(required = true, description = "Comma-separated service type codes", example = "MAINT") String serviceTypes,
            @QueryParam("advisorId") @Parameter(description = "Only this advisor") UUID advisorId) {
        return appointments.availability(store, date("from", from), date("to", to), codes(serviceTypes), advisorId);
    }

    @POST
    @Path("/appointments")
    @RolesAllowed({ADVISOR, CUSTOMER_SERVICE, SERVICE_MANAGER, INTEGRATOR})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.BOOK)
    @Operation(summary = "Book an appointment", description = "Books the services at a free slot, reserving advisor and workshop capacity atomically (R-APT-3); registers a new customer/vehicle in the same call if given. High-value parts make it DEPOSIT_REQUIRED (R-APT-4); web and integrator bookings start REQUESTED. The workshop and parts are told at once (R-APT-5). A store whose set-up lacks what the booking needs (the set-up checklist) answers 409 store-not-ready naming each missing item. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Booked", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response bookAppointment(@HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retried booking safe: same key and body replay the first answer.") String key,
            @Valid @NotNull BookRequest request) {
        return idempotency.create(key, "POST appointments " + store, request, () -> {
            View v = appointments.book(store, request);
            return new Created<>(v, URI.create("/api/stores/" + store + "/appointments/" + v.id()), v.version());
        });
    }

    @GET
    @Path("/appointments")
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER, INTEGRATOR})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.BOOK)
    @Operation(summary = "List appointments", description = "Appointments arriving between two store-local dates, by arrival time; for the calendar. Keyset cursor. "
            + "With `updatedSince` instead of `from`/`to`, the change feed: every appointment changed since then, in commit order (an integrator syncs its bookings so). "
            + "An integrator sees only the appointments it booked.")
    public Page listAppointments(
            @QueryParam("from") @Parameter(description = "First arrival date (store-local); required unless updatedSince is given", example = "2026-11-24") String from,
            @QueryParam("to") @Parameter(description = "Last arrival date (store-local); required unless updatedSince is given", example = "2026-11-30") String to,
            @QueryParam("advisorId") UUID advisorId,
            @QueryParam("status") AppointmentStatus status,
            @QueryParam("updatedSince") @Parameter(description = ChangeFeed.DESCRIPTION, example = "2026-12-01T08:00:00+08:00") String updatedSince,
            @QueryParam("limit") @Parameter(description = "Page size, 1-500 (default 200)") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor (or, in the change feed, syncCursor) of the previous page") String cursor) {
        if (updatedSince != null && from == null && to == null) {
            return appointments.changes(store, advisorId, status, updatedSince, cursor, limit);
        }
        if (updatedSince != null) {
            throw ProblemException.validation(List.of(new Violation(ChangeFeed.FIELD, "is the change feed: send it without from and to")));
        }
        return appointments.list(store, date("from", from), date("to", to), advisorId, status, cursor, limit);
    }

    @GET
    @Path("/vehicles/{vehicleId}/order-status")
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER, INTEGRATOR})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.ORDERS)
    @Operation(summary = "Where a vehicle's repair orders stand", description = "The vehicle's last 20 repair orders, newest first, with status, "
            + "the promised delivery time and the workshop's expected completion: what a booking partner's app shows its customer. "
            + "An integrator reads only vehicles it booked an appointment for (403 `integrator-scope` otherwise).")
    public java.util.List<com.fours.dms.repairorder.api.RepairOrderApi.OrderStatus> getVehicleOrderStatus(
            @PathParam("vehicleId") @Parameter(description = "The vehicle's id") UUID vehicleId) {
        return appointments.orderStatus(store, vehicleId);
    }

    @GET
    @Path("/order-statuses")
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER, INTEGRATOR})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.ORDERS)
    @Operation(summary = "Order statuses changed since", description = "The change feed of where repair orders stand: every order changed at or after "
            + "`updatedSince`, in the order its changes committed, with its status, promised time and the workshop's expected completion. An integrator "
            + "gets the orders of the vehicles it booked an appointment for (a CRM keeps its customers' cars in sync so), staff every order of the store. "
            + "An order of a vehicle booked after you took a syncCursor comes with its next change; read /vehicles/{vehicleId}/order-status for its history.")
    public com.fours.dms.repairorder.api.RepairOrderApi.OrderStatusPage listOrderStatuses(
            @QueryParam("updatedSince") @Parameter(description = ChangeFeed.DESCRIPTION + " Required.", required = true, example = "2026-12-01T08:00:00+08:00") String updatedSince,
            @QueryParam("limit") @Parameter(description = "Page size, 1-100 (default 20)") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor or syncCursor of a previous page") String cursor) {
        return appointments.orderStatusChanges(store, updatedSince, cursor, limit);
    }

    @GET
    @Path("/appointments/{id}")
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER, INTEGRATOR})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.BOOK)
    @Operation(summary = "Get an appointment", description = "One appointment; ETag carries its version.")
    @APIResponse(responseCode = "200", description = "The appointment", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response getAppointment(@PathParam("id") UUID id) {
        return ok(appointments.get(store, id));
    }

    @POST
    @Path("/appointments/{id}/confirm")
    @RolesAllowed({ADVISOR, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "Confirm a requested appointment", description = "REQUESTED → CONFIRMED; prepares the draft repair order (R-PRE-1). Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Confirmed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response confirmAppointment(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "ETag of the version you read", required = true) String ifMatch) {
        return ok(appointments.confirm(store, id, ETags.requireIfMatch(ifMatch)));
    }

    @POST
    @Path("/appointments/{id}/deposit")
    @RolesAllowed({CASHIER, SERVICE_MANAGER})
    @Operation(summary = "Record the deposit", description = "R-APT-4: the cashier records a deposit of at least the store's share of the high-value parts; DEPOSIT_REQUIRED → CONFIRMED and the parts become TO_ORDER. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response recordDeposit(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @Valid @NotNull DepositRequest request) {
        return ok(appointments.recordDeposit(store, id, ETags.requireIfMatch(ifMatch), request));
    }

    @POST
    @Path("/appointments/{id}/check-in")
    @RolesAllowed({ADVISOR, SERVICE_MANAGER})
    @Operation(summary = "Check the customer in",
            description = "REQUESTED | CONFIRMED → ARRIVED: the customer is received and the check-in continues on the appointment's prepared draft repair order "
                    + "(created now if the booking was only requested); its id is in repairOrderId. A booking still waiting for its deposit is refused (R-APT-4). "
                    + "An arrived customer is never marked a no-show (R-APT-7). Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Checked in", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response checkInAppointment(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "ETag of the version you read", required = true) String ifMatch) {
        return ok(appointments.checkIn(store, id, ETags.requireIfMatch(ifMatch)));
    }

    @POST
    @Path("/appointments/{id}/cancel")
    @RolesAllowed({ADVISOR, CUSTOMER_SERVICE, SERVICE_MANAGER, INTEGRATOR})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.BOOK)
    @Operation(summary = "Cancel an appointment", description = "Frees the capacity. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response cancelAppointment(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @Valid @NotNull CancelRequest request) {
        return ok(appointments.cancel(store, id, ETags.requireIfMatch(ifMatch), request));
    }

    @POST
    @Path("/appointments/{id}/reschedule")
    @RolesAllowed({ADVISOR, CUSTOMER_SERVICE, SERVICE_MANAGER, INTEGRATOR})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.BOOK)
    @Operation(summary = "Reschedule an appointment", description = "Books the same work at a new time (a new appointment) and keeps the old one as RESCHEDULED with its capacity freed. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The new appointment", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public Response rescheduleAppointment(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @Valid @NotNull RescheduleRequest request) {
        return ok(appointments.reschedule(store, id, ETags.requireIfMatch(ifMatch), request));
    }

    @GET
    @Path("/appointments/{id}/readiness")
    @RolesAllowed({ADVISOR, WORKSHOP, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "Readiness checklist", description = "R-PRE-4: technician, parts, special tools, technical documents.")
    @APIResponse(responseCode = "200", description = "The checklist; ETag is its version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Readiness.class)))
    public Response getReadiness(@PathParam("id") UUID id) {
        Readiness r = preparation.readiness(store, id);
        return ETags.ok(r, r.version());
    }

    @PUT
    @Path("/appointments/{id}/readiness")
    @RolesAllowed({ADVISOR, WORKSHOP, SERVICE_MANAGER})
    @Operation(summary = "Record the readiness check", description = "R-PRE-4: anything NOT_READY creates an advisor task to tell the customer at once and offer a new time. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Readiness.class)))
    public Response checkReadiness(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @Valid @NotNull ReadinessRequest request) {
        Readiness r = preparation.check(store, id, ETags.requireIfMatch(ifMatch), request, user.username());
        return ETags.ok(r, r.version());
    }

    @GET
    @Path("/readiness-checklists")
    @RolesAllowed({ADVISOR, WORKSHOP, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "Pending readiness checks", description = "R-PRE-4: appointments whose checklist opened the day before and is not yet checked, by arrival.")
    public List<PendingReadiness> listPendingReadiness() {
        return preparation.pending(store);
    }

    @GET
    @Path("/welcome-board")
    @RolesAllowed({ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER})
    @Operation(summary = "Welcome board", description = "R-APT-8: today's and tomorrow's appointments for the reception screen; appointment customers are marked for priority reception.")
    public WelcomeBoard getWelcomeBoard() {
        return preparation.welcomeBoard(store);
    }

    private static Response ok(View v) {
        return ETags.ok(v, v.version());
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.validation(List.of(new Violation(field, "is required (YYYY-MM-DD)")));
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.validation(List.of(new Violation(field, "must be a date YYYY-MM-DD")));
        }
    }

    private static List<String> codes(String csv) {
        if (csv == null || csv.isBlank()) {
            throw ProblemException.validation(List.of(new Violation("serviceTypes", "name at least one service type code")));
        }
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
