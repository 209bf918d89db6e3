package com.fours.dms.shared.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fours.dms.shared.persistence.ConstraintViolations;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves the API as problem+json, framework errors included: malformed JSON, wrong
 * content type, unknown method, missing or bad token, refused role. Never a stack trace.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final Map<String, String> BEARER_CHALLENGE = Map.of("WWW-Authenticate", "Bearer realm=\"dms\"");

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(e.status(), e.code(), e.title(), e.getMessage(), path(uri), e.violations(), e.headers(), e.existingIds());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        ProblemException p = ProblemException.validation(violations);
        return problem(p, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return ProblemResponses.of(400, "malformed-json", "Malformed JSON",
                "The request body is not valid JSON (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", path(uri));
    }

    /** More specific than Quarkus's own mapper for this type, so ours answers. */
    @ServerExceptionMapper
    public Response mismatchedInput(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
        return badJsonValue(e, uri);
    }

    @ServerExceptionMapper
    public Response badJsonValue(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e.getPath());
        if (field.isEmpty()) {
            return ProblemResponses.of(400, "malformed-json", "Malformed JSON", "The request body does not have the expected shape", path(uri));
        }
        return problem(ProblemException.validation(List.of(new Violation(field, "has the wrong type or format"))), uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return ProblemResponses.of(401, "unauthenticated", "Authentication required", "A valid bearer token is required", path(uri), null, BEARER_CHALLENGE);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return ProblemResponses.of(401, "unauthenticated", "Authentication required", "The bearer token is missing, invalid or expired", path(uri), null, BEARER_CHALLENGE);
    }

    @ServerExceptionMapper({io.quarkus.security.ForbiddenException.class, jakarta.ws.rs.ForbiddenException.class})
    public Response forbidden(RuntimeException e, UriInfo uri) {
        return ProblemResponses.of(403, "forbidden", "Forbidden", "Your role may not perform this operation", path(uri));
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return ProblemResponses.of(412, "precondition-failed", "Precondition failed",
                "The record was changed by someone else meanwhile; reload it and try again", path(uri));
    }

    /** Two requests fought over the same rows and the database gave up on one: safe to retry. */
    @ServerExceptionMapper({org.hibernate.exception.LockAcquisitionException.class, jakarta.persistence.PessimisticLockException.class,
            jakarta.persistence.LockTimeoutException.class})
    public Response lockConflict(RuntimeException e, UriInfo uri) {
        LOG.warnf("lock conflict on %s: %s", path(uri), e.getMessage());
        return ProblemResponses.of(409, "concurrent-update", "Concurrent update",
                "Another request changed the same records at the same moment; try again", path(uri));
    }

    /**
     * A constraint refused a write that no service translated: two requests raced for the same
     * row (unique) or for related rows. Never a 500; the caller reloads and tries again.
     */
    @ServerExceptionMapper
    public Response constraintRefused(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return refused(ConstraintViolations.find(e).orElseThrow(), uri);
    }

    private Response refused(ConstraintViolations.Refused r, UriInfo uri) {
        LOG.warnf("constraint %s (SQLSTATE %s) refused a write on %s", r.constraint(), r.sqlState(), path(uri));
        if (r.unique()) {
            return ProblemResponses.of(409, "duplicate", "Already exists",
                    "Another request created the same record at the same moment, or it already exists; reload and try again", path(uri));
        }
        return ProblemResponses.of(409, "constraint-conflict", "Conflicting change",
                "The change conflicts with records changed at the same moment; reload and try again", path(uri));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof JsonParseException jpe) {
                return malformedJson(jpe, uri);
            }
            if (c instanceof JsonMappingException jme) {
                return badJsonValue(jme, uri);
            }
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String code = switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
        String title = Response.Status.fromStatusCode(status) != null ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        String detail = switch (status) {
            case 404 -> "No such resource: " + path(uri);
            case 405 -> "This resource does not support that method";
            case 415 -> "Send the body as application/json";
            default -> title;
        };
        Map<String, String> headers = status == 401 ? BEARER_CHALLENGE : null;
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            headers = Map.of("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return ProblemResponses.of(status, code, title, detail, path(uri), null, headers);
    }

    /**
     * The database is down, restarting or out of connections: nothing the caller did wrong and
     * nothing to fix on their side but time. 503 with Retry-After; the pool reconnects by itself.
     */
    @ServerExceptionMapper
    public Response databaseUnavailable(org.hibernate.exception.JDBCConnectionException e, UriInfo uri) {
        return outage(e, uri);
    }

    private Response outage(Throwable e, UriInfo uri) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        LOG.warnf("database unavailable on %s: %s", path(uri), root.getClass().getSimpleName() + ": " + root.getMessage());
        try {
            io.quarkus.arc.Arc.container().instance(OutageRecovery.class).get().outageSeen();
        } catch (RuntimeException notNow) {
            // the answer is a 503 whatever happens to the clean-up
            LOG.debugf("pool clean-up not started: %s", notNow.getMessage());
        }
        return ProblemResponses.of(503, "database-unavailable", "Service unavailable",
                "The database cannot be reached at the moment; try again shortly (a create sent again with the same Idempotency-Key is never done twice)",
                path(uri), null, Map.of("Retry-After", String.valueOf(retryAfterSeconds())));
    }

    private static int retryAfterSeconds() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("dms.db-outage.retry-after-seconds", Integer.class).orElse(5);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        // However deeply the pool, Hibernate or the transaction manager wrapped it: an outage is a 503.
        if (DatabaseOutage.causedBy(e)) {
            return outage(e, uri);
        }
        // Wrapped at commit (RollbackException, ArC's undeclared-throwable wrapper): still a race.
        var refused = ConstraintViolations.find(e);
        if (refused.isPresent()) {
            return refused(refused.get(), uri);
        }
        LOG.errorf(e, "Unexpected error on %s", path(uri));
        return ProblemResponses.of(500, "internal-error", "Internal error", "Something went wrong on our side; the error was logged", path(uri));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** `create.request.phones[0]` → `phones[0]`; a lone query/path parameter keeps its name. */
    static String field(ConstraintViolation<?> v) {
        StringBuilder sb = new StringBuilder();
        String parameter = null;
        for (Path.Node n : v.getPropertyPath()) {
            if (n.isInIterable() && n.getIndex() != null) {
                sb.append('[').append(n.getIndex()).append(']');
            } else if (n.isInIterable() && n.getKey() != null) {
                sb.append('[').append(n.getKey()).append(']');
            }
            ElementKind kind = n.getKind();
            if (kind == ElementKind.PARAMETER) {
                parameter = n.getName();
            } else if (kind == ElementKind.PROPERTY && n.getName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(n.getName());
            }
        }
        if (sb.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return sb.toString();
    }

    private static String jsonPath(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
