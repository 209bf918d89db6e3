package com.fours.dms.dispatch.api;

import com.fours.dms.shared.http.IdempotentPosts;
import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.dispatch.DispatchService;
import com.fours.dms.dispatch.JobBoardQueries;
import com.fours.dms.dispatch.api.DispatchApi.*;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.http.ETags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The foreman's job board (R-REP-1): read by the workshop, advisors and the service manager; foremen and the service manager dispatch. */
@Path("/api/stores/{store}/workshop")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "workshop-dispatch")
@IdempotentPosts
public class JobBoardResource {
    private static final String IF_MATCH = "If-Match";

    @Inject
    JobBoardQueries board;

    @Inject
    DispatchService dispatch;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    @GET
    @Path("/board")
    @RolesAllowed({ADVISOR, WORKSHOP, SERVICE_MANAGER})
    @Operation(summary = "Read the job board", description = "The foreman's board of one store-local day (default today): every open job of handed-over orders, and those planned or finished that day, as cards with order number, plate, model, status and pause reason, bay, technician, planned interval, sold and clocked hours, the promised delivery time and lateness (against the store clock); with the active bays and technicians (shift, leave, the clock running now, the day's hours) to lay them out by bay or by technician (R-REP-1).")
    @APIResponse(responseCode = "200", description = "The board", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Board.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the board as it still is (apart from its time stamp `now`)")
    public Response getJobBoard(@QueryParam("day") @Parameter(description = "Store-local day (default: today)", example = "2026-11-23",
            schema = @Schema(type = SchemaType.STRING, format = "date")) String day,
            @HeaderParam("If-None-Match") @Parameter(description = "ETag of the board you have (weak: the board apart from `now`); polling with it costs a 304 and no body") String ifNoneMatch) {
        Board b = board.board(store, day(day));
        // Serialised once; a weak ETag digests the body without the board's time stamp, so a 2-second poll of an unchanged board is
        // answered 304 without a body. Clocked hours (0.01 h) and lateness are in it: a running clock changes it about every 36 seconds.
        byte[] body = serialise(b);
        String tag = "W/\"" + digestWithoutNow(body) + "\"";
        if (ifNoneMatch != null && java.util.Arrays.stream(ifNoneMatch.split(",")).map(String::strip).anyMatch(tag::equals)) {
            return Response.notModified().tag(jakarta.ws.rs.core.EntityTag.valueOf(tag)).header("Cache-Control", "private, no-cache").build();
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).header("ETag", tag).header("Cache-Control", "private, no-cache").build();
    }

    private byte[] serialise(Board b) {
        try {
            return json.writeValueAsBytes(b);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 (144 bits, base64url) of the body less the value of its first "now" (the board's own; day and time zone come before it). */
    static String digestWithoutNow(byte[] body) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            byte[] key = "\"now\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            int at = indexOf(body, key);
            if (at < 0) {
                md.update(body);
            } else {
                int from = at + key.length;
                int to = from;
                if (to < body.length && body[to] == '"') {
                    to = indexOf(body, new byte[] {'"'}, to + 1) + 1;
                }
                md.update(body, 0, from);
                md.update(body, to, body.length - to);
            }
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(md.digest(), 18));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int indexOf(byte[] a, byte[] key) {
        return indexOf(a, key, 0);
    }

    private static int indexOf(byte[] a, byte[] key, int start) {
        outer:
        for (int i = start; i <= a.length - key.length; i++) {
            for (int k = 0; k < key.length; k++) {
                if (a[i + k] != key[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @GET
    @Path("/hours")
    @RolesAllowed({WORKSHOP, SERVICE_MANAGER})
    @Operation(summary = "Technicians' hours of a day", description = "Per active technician and store-local day (default today): sold flat-rate hours (credited when a job is first finished), hours clocked on jobs (an open punch up to now; a punch over midnight counts on each day for its part), non-productive hours and the shift time available (shift minus leave); efficiency = sold ÷ clocked, productivity = clocked ÷ available (R-REP-1).")
    @APIResponse(responseCode = "200", description = "The day's hours", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DayHours.class)))
    public DayHours getTechnicianHours(@QueryParam("day") @Parameter(description = "Store-local day (default: today)", example = "2026-11-23",
            schema = @Schema(type = SchemaType.STRING, format = "date")) String day) {
        return board.dayHours(store, day(day));
    }

    /** A store-local day (yyyy-MM-dd), or null for today; else 400 on `day`. */
    private static LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.validation(List.of(new Violation("day", "must be a date like 2026-11-23")));
        }
    }

    @GET
    @Path("/jobs/{id}")
    @RolesAllowed({ADVISOR, WORKSHOP, SERVICE_MANAGER})
    @Operation(summary = "Get a workshop job", description = "One job as a board card. ETag carries its version.")
    @APIResponse(responseCode = "200", description = "The job", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BoardJob.class)))
    public Response getWorkshopJob(@PathParam("id") UUID id) {
        BoardJob j = board.card(store, id);
        return ETags.ok(j, j.version());
    }

    @POST
    @Path("/jobs/{id}/assign")
    @RolesAllowed({WORKSHOP, SERVICE_MANAGER})
    @Operation(summary = "Assign a job to a bay and a technician", description = "R-REP-1, for a foreman (a workshop user marked foreman in the set-up; else 403 foreman-only) or the service manager: plans the job on a bay and a technician for an interval inside the technician's shift of that day (not on leave). The technician needs the job's skill and the bay its type (409 R-REP-1 saying why). A bay or technician already planned for an overlapping interval is refused with 409 R-REP-1 naming that job, also when two assignments race. A WAITING job becomes ASSIGNED; an assigned, paused, in-progress or rework job is re-planned (not away from a technician clocked on it). Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The job as planned", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BoardJob.class)))
    public Response assignWorkshopJob(@PathParam("id") UUID id, @HeaderParam(IF_MATCH) @Parameter(description = "ETag of the version you read", required = true) String ifMatch,
            @Valid @NotNull AssignRequest request) {
        BoardJob j = dispatch.assign(store, id, ETags.requireIfMatch(ifMatch), request);
        return ETags.ok(j, j.version());
    }

    @POST
    @Path("/jobs/{id}/unassign")
    @RolesAllowed({WORKSHOP, SERVICE_MANAGER})
    @Operation(summary = "Put a job back in the queue", description = "R-REP-1, foreman or service manager: an ASSIGNED job goes back to WAITING (bay, technician and plan cleared). Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The job, waiting", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BoardJob.class)))
    public Response unassignWorkshopJob(@PathParam("id") UUID id, @HeaderParam(IF_MATCH) @Parameter(description = "ETag of the version you read", required = true) String ifMatch) {
        BoardJob j = dispatch.unassign(store, id, ETags.requireIfMatch(ifMatch));
        return ETags.ok(j, j.version());
    }
}
