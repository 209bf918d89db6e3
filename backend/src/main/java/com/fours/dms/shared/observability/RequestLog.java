package com.fours.dms.shared.observability;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Who does what where, in the log MDC of every line a request writes: {@code user} (the account
 * name from the token, never the person's name), {@code store} (the store code in the path) and
 * {@code operation} (the operation id in openapi.yaml). When the request ends, one line in category
 * {@code dms.request}: method, route template (ids and query left out, so no plate or phone a caller
 * searched for ever reaches the log), status and milliseconds.
 */
public class RequestLog {
    public static final String USER = "user";
    public static final String STORE = "store";
    public static final String OPERATION = "operation";
    private static final Logger LOG = Logger.getLogger("dms.request");
    /** Put by Quarkus REST in the request's Vert.x context for metrics and traces: the matched route with its {placeholders}. */
    private static final String ROUTE_TEMPLATE = "UrlPathTemplate";

    /** Runs after the endpoint's security check, so the caller is known. */
    @ServerRequestFilter
    public void enter(ContainerRequestContext request, SimpleResourceInfo resource, RoutingContext ctx) {
        String operation = resource == null || resource.getMethodName() == null ? null : resource.getMethodName();
        List<String> stores = request.getUriInfo().getPathParameters().get("store");
        String store = stores == null || stores.isEmpty() ? null : stores.get(0);
        SecurityContext security = request.getSecurityContext();
        Principal principal = security == null ? null : security.getUserPrincipal();
        String user = principal == null || principal.getName() == null || principal.getName().isBlank() ? null : principal.getName();
        put(ctx, OPERATION, operation);
        put(ctx, STORE, store);
        put(ctx, USER, user);
    }

    private static void put(RoutingContext ctx, String key, String value) {
        if (value == null) {
            return;
        }
        MDC.put(key, value);
        ctx.put("dms.log." + key, value);
    }

    /** The matched route, or for an answer no resource gave (404, 413) the first path segment only. */
    private static String routeTemplate(RoutingContext ctx) {
        if (ctx.request() instanceof io.vertx.core.http.impl.HttpServerRequestInternal internal
                && internal.context().getLocal(ROUTE_TEMPLATE) instanceof String template && !template.isBlank()) {
            return template;
        }
        String path = ctx.request().path();
        int second = path == null ? -1 : path.indexOf('/', 1);
        return path == null ? "(none)" : (second > 0 ? path.substring(0, second) : path) + "/… (no route)";
    }

    static void ended(RoutingContext ctx, String requestId, long startedNanos) {
        if (!LOG.isInfoEnabled() && ctx.response().getStatusCode() < 500) {
            return;
        }
        MDC.put(RequestIds.MDC_KEY, requestId);
        for (String key : List.of(USER, STORE, OPERATION)) {
            String value = ctx.get("dms.log." + key);
            if (value != null) {
                MDC.put(key, value);
            }
        }
        String route = routeTemplate(ctx);
        int status = ctx.response().getStatusCode();
        long ms = (System.nanoTime() - startedNanos) / 1_000_000;
        if (status >= 500) {
            LOG.warnf("%s %s %d %dms", ctx.request().method(), route, status, ms);
        } else {
            LOG.infof("%s %s %d %dms", ctx.request().method(), route, status, ms);
        }
    }
}
