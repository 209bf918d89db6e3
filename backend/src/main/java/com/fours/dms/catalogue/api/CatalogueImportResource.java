package com.fours.dms.catalogue.api;

import com.fours.dms.shared.security.IntegratorScopes;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import com.fours.dms.shared.http.IdempotentPosts;
import static com.fours.dms.shared.security.Roles.*;

import com.fours.dms.catalogue.CatalogueImports;
import com.fours.dms.catalogue.ImportKind;
import com.fours.dms.catalogue.ImportStatus;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import com.fours.dms.shared.persistence.ChangeFeed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Price-list and labour-list imports (issue 8): the service manager uploads a file, and an OEM's
 * parts system may push its price list with client credentials (role integrator).
 */
@Path("/api/stores/{store}/catalogue/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalogue")
@IdempotentPosts
public class CatalogueImportResource {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    CatalogueImports imports;

    @PathParam("store")
    @Parameter(description = "Store code", example = "BJ01")
    String store;

    /** The multipart body of an import. */
    @Schema(name = "CatalogueImportUpload")
    public static class Upload {
        @RestForm("file")
        @Schema(required = true, type = SchemaType.STRING, format = "binary", description = "CSV (UTF-8 with or without BOM, or GBK) or XLSX (first sheet), recognised by its content. Row 1 is the header.")
        public FileUpload file;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({SERVICE_MANAGER, INTEGRATOR})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.CATALOGUE)
    @Operation(summary = "Import a price list or labour list", description = "multipart/form-data with the part `file`. Parts columns (header row, English or Chinese, any order): "
            + "part_number (required), name_zh, name_en, grade (OEM/AFTERMARKET), list_price, cost, tax_class, critical_system, supersedes (old numbers separated by ;), active, "
            + "on_hand, reorder_point, expected_arrival (a date). Operations: code (required), name_zh, name_en, system, default_hours, model_hours (帕萨特=1.4;迈腾=1.6), skill, bay_type, active. "
            + "A known number or code is changed (columns the file lacks keep their values), a new one created; name_zh and list_price (parts), name_zh, system and default_hours (operations) "
            + "are required for new ones. Every row is checked first: any bad row → nothing is written, 422 import-rejected naming the rows (Location: the import, whose report lists all). "
            + "dryRun=true checks and reports without writing (200). Not CSV or XLSX → 415 unsupported-import-type; cut off or damaged → 422 import-unreadable; header without the key column → 422 import-columns.")
    @APIResponse(responseCode = "201", description = "Every row imported (status IMPORTED).", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueApi.ImportView.class)))
    @APIResponse(responseCode = "200", description = "Dry run: the outcome (VALID or REJECTED) and the report, nothing written.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueApi.ImportView.class)))
    @APIResponse(responseCode = "413", description = "More rows than one import takes (import-too-large).", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "Not CSV text or an XLSX workbook (unsupported-import-type).", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Rows rejected (import-rejected; Location is the import with its report), the file cannot be read (import-unreadable) or lacks its key column (import-columns).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response importCatalogue(
            @QueryParam("kind") @Parameter(description = "PARTS (price list) or OPERATIONS (labour list)", required = true, example = "PARTS") ImportKind kind,
            @QueryParam("dryRun") @Parameter(description = "Check and report only (default false)") Boolean dryRun,
            Upload form) {
        if (kind == null) {
            throw ProblemException.validation(List.of(new Violation("kind", "is required: PARTS or OPERATIONS")));
        }
        byte[] bytes = com.fours.dms.shared.http.Uploads.required(form == null ? null : form.file);
        boolean dry = Boolean.TRUE.equals(dryRun);
        CatalogueApi.ImportView v = imports.importFile(store, kind, dry, form.file.fileName(), bytes);
        URI location = URI.create("/api/stores/" + store + "/catalogue/imports/" + v.id());
        if (dry) {
            return Response.ok(v).location(location).build();
        }
        if (v.status() == ImportStatus.REJECTED) {
            throw new ProblemException(422, "import-rejected", "Rows rejected",
                    v.rowsRejected() + " of " + v.rowsTotal() + " rows are not valid, so nothing was imported; the report at " + location + "/report lists every one",
                    v.rejections().stream().map(r -> new Violation("rows[" + r.row() + "]." + r.column(), r.message())).toList(),
                    Map.of("Location", location.toString()));
        }
        return Response.created(location).entity(v).build();
    }

    @GET
    @RolesAllowed({SERVICE_MANAGER, INTEGRATOR})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.CATALOGUE)
    @Operation(summary = "List imports", description = "The store's imports, newest first; keyset cursor. "
            + "With `updatedSince`, the change feed: every import since then, in the order they committed (an import never changes afterwards).")
    public CatalogueApi.ImportPage listCatalogueImports(
            @QueryParam("updatedSince") @Parameter(description = ChangeFeed.DESCRIPTION, example = "2026-12-01T08:00:00+08:00") String updatedSince,
            @QueryParam("limit") @Parameter(description = "Page size, 1-100 (default 20)", example = "20") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor (or, in the change feed, syncCursor) of the previous page") String cursor) {
        return imports.list(store, updatedSince, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({SERVICE_MANAGER, INTEGRATOR})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.CATALOGUE)
    @Operation(summary = "Get an import", description = "The outcome of one import with its first 50 rejections.")
    public CatalogueApi.ImportView getCatalogueImport(@PathParam("id") UUID id) {
        return imports.get(store, id);
    }

    @GET
    @Path("/{id}/report")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed({SERVICE_MANAGER, INTEGRATOR})
    @Extension(name = IntegratorScopes.EXTENSION, value = IntegratorScopes.CATALOGUE)
    @Operation(summary = "Download the rejected-rows report", description = "Every rejected row of the import and why, as CSV (UTF-8 with BOM; columns row, column, value, message). An import without rejections has the header only.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response getCatalogueImportReport(@PathParam("id") UUID id) {
        return Response.ok(imports.report(store, id), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-rejected-rows.csv\"").build();
    }
}
