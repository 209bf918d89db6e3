package com.fours.dms.shared.error;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem+json answers of every operation in one place, derived from what the
 * operation has (a body, path ids, If-Match, Idempotency-Key), so the contract never forgets one.
 */
public class ProblemResponsesFilter implements OASFilter {
    private static final String REF = "#/components/schemas/Problem";
    private static final String UNAVAILABLE = "DatabaseUnavailable";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getServers() == null || api.getServers().isEmpty()) {
            api.addServer(OASFactory.createServer().url("/").description("The host that serves this document (make run: http://localhost:8080)"));
        }
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema("Violation", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("One invalid field of a request.")
                .addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description("JSON path of the field, or a query/header name").examples(List.of("vin")))
                .addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).examples(List.of("check digit (position 9) does not match")))
                .required(List.of("field", "message")));
        api.getComponents().addSchema("Problem", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details, served as application/problem+json for every error.")
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).examples(List.of("/problems/validation-failed")))
                .addProperty("title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).examples(List.of("Request is not valid")))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).examples(List.of(400)))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("instance", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("code", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("Stable machine code; refused business rules use their DOMAIN.md rule id (e.g. R-ARC-2).").examples(List.of("validation-failed")))
                .addProperty("violations", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(OASFactory.createSchema().ref("#/components/schemas/Violation")))
                .addProperty("existingIds", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("uuid"))
                        .description("For a conflict: the existing records it is about, to continue instead (e.g. the repair orders a vehicle already has in the shop).")
                        .examples(List.of(List.of("0193f1f0-7b4e-7c3a-9d2e-5a6b7c8d9e0f"))))
                .addProperty("requestId", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("The request's id, also in the X-Request-Id response header and in every log line of the request: quote it when reporting a problem.")
                        .examples(List.of("5f0c2a4e-8d1b-4c39-9f2e-0b6a7c1d2e3f")))
                .required(List.of("type", "title", "status", "code", "requestId")));
        api.getComponents().addResponse(UNAVAILABLE, OASFactory.createAPIResponse()
                .description("The database cannot be reached at the moment (code `database-unavailable`): nothing the caller can fix; retry after `Retry-After` seconds.")
                .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before trying again.")
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).examples(List.of(5))))
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)))));
        if (api.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
            boolean hasPathIds = path.getKey().contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                document(op.getKey(), op.getValue(), hasPathIds);
            }
        }
        ContractExamples.addTo(api);
    }

    private void document(PathItem.HttpMethod method, Operation op, boolean hasPathIds) {
        // An operation that declares no security at all (`security: []`) is public: no token, no role.
        boolean open = op.getSecurity() != null && op.getSecurity().isEmpty();
        rolesAreNotScopes(op);
        APIResponses r = op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
        op.setResponses(r);
        List<Parameter> params = op.getParameters() == null ? List.of() : op.getParameters();
        boolean ifMatch = params.stream().anyMatch(p -> "If-Match".equals(p.getName()));
        boolean idempotent = params.stream().anyMatch(p -> "Idempotency-Key".equals(p.getName()));
        boolean query = params.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        if (method == PathItem.HttpMethod.POST && !idempotent) {
            // Every POST honours the key (shared/http/IdempotentPostsInterceptor), so say so here.
            op.addParameter(OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER).required(false)
                    .description("Makes a retried request safe: the same key with the same request replays the first answer"
                            + " (header `Idempotent-Replayed: true`) and nothing happens twice; the same key with another request is 422."
                            + " Keys are kept 24 hours.")
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(200))
                    .examples(Map.of("key", OASFactory.createExample().value("3f2b8c1e-6a4d-4f0e-9b7a-2d1c5e8f9a0b"))));
            idempotent = true;
        }
        if (op.getRequestBody() != null || query || idempotent) {
            add(r, "400", "The request is malformed or invalid; `violations` names the fields.");
        }
        if (!open) {
            add(r, "401", "No valid bearer token.");
            add(r, "403", "The caller's role may not do this.");
        }
        if (hasPathIds) {
            add(r, "404", "No such record in a store visible to the caller.");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
            add(r, "409", "Refused: a duplicate or a business rule (code = rule id).");
        }
        if (op.getRequestBody() != null) {
            add(r, "415", "The body is not application/json.");
        }
        if (ifMatch) {
            add(r, "412", "If-Match does not match the current ETag: someone changed the record meanwhile.");
            add(r, "428", "If-Match is required.");
        }
        if (idempotent || method == PathItem.HttpMethod.POST) {
            add(r, "422", "Idempotency-Key reused with a different request, or a referenced record does not exist.");
        }
        // The scope is the operation's; SmallRye copies a method's @Extension onto its responses too.
        if (r.getExtensions() != null) {
            r.removeExtension("x-integrator-scope");
        }
        if (r.getAPIResponses() != null) {
            r.getAPIResponses().values().forEach(a -> {
                if (a.getExtensions() != null) {
                    a.removeExtension("x-integrator-scope");
                }
            });
        }
        Object roles = op.getExtensions() == null ? null : op.getExtensions().get("x-roles");
        if (roles instanceof List<?> list && list.contains("integrator")) {
            Object scope = op.getExtensions().get("x-integrator-scope");
            if (scope != null) {
                op.setDescription(op.getDescription() + " Integrator clients need the scope `" + scope + "`.");
            }
            add(r, "429", "An integrator client sent more requests than its limit a minute (code `rate-limited`); retry after `Retry-After` seconds.");
            r.getAPIResponse("429").addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before trying again.")
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).examples(List.of(12))));
        }
        r.addAPIResponse("503", OASFactory.createAPIResponse().ref("#/components/responses/" + UNAVAILABLE));
    }

    /**
     * Roles are realm roles in the token, not OAuth scopes: list them as `x-roles` and in the
     * description, and require the bearer token without scopes.
     */
    private static void rolesAreNotScopes(Operation op) {
        if (op.getSecurity() == null || op.getSecurity().isEmpty()) {
            return;
        }
        java.util.Set<String> roles = new java.util.TreeSet<>();
        op.getSecurity().forEach(req -> req.getSchemes().values().forEach(roles::addAll));
        op.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("oidc")));
        if (!roles.isEmpty()) {
            op.addExtension("x-roles", List.copyOf(roles));
            op.setDescription((op.getDescription() == null ? "" : op.getDescription() + "\n\n") + "Roles: " + String.join(", ", roles) + ".");
        } else {
            op.setDescription((op.getDescription() == null ? "" : op.getDescription() + "\n\n") + "Roles: any signed-in user.");
        }
    }

    private static void add(APIResponses r, String status, String description) {
        APIResponse existing = r.getAPIResponse(status);
        APIResponse resp = OASFactory.createAPIResponse()
                .description(existing != null && existing.getDescription() != null && existing.getContent() != null ? existing.getDescription() : description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF))));
        r.addAPIResponse(status, resp);
    }
}
