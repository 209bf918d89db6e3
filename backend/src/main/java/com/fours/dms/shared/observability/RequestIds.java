package com.fours.dms.shared.observability;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Every request on the public port gets an id before anything else runs: the caller's (or the load
 * balancer's) {@code X-Request-Id} when it looks like one, else a fresh UUID. It is returned in the
 * {@code X-Request-Id} response header, written into every problem body ({@code requestId}) and put in
 * the log MDC ({@code requestId}), so one id finds a request in the answer, in the logs of whichever
 * instance served it and in its trace. As the answer goes out, one summary line is logged (RequestLog).
 */
@ApplicationScoped
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Runs first on the main router; the other early routes (body limit) come after it. */
    public static final int ORDER = Integer.MIN_VALUE;
    static final String CTX_KEY = "dms.request-id";
    /** Ids from outside are taken only if they cannot forge or break a log line. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(ctx -> {
            String given = ctx.request().getHeader(HEADER);
            String id = given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
            ctx.put(CTX_KEY, id);
            MDC.put(MDC_KEY, id);
            ctx.response().putHeader(HEADER, id);
            long started = System.nanoTime();
            // Logged as the answer's headers go out: the line is written before the caller has the answer.
            ctx.addHeadersEndHandler(done -> RequestLog.ended(ctx, id, started));
            ctx.next();
        });
    }

    /** The id of the request this routing context serves. */
    public static String of(RoutingContext ctx) {
        String id = ctx.get(CTX_KEY);
        return id != null ? id : current();
    }

    /** The id of the request being served on this thread, or a fresh one outside any request (never null). */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id != null ? id.toString() : UUID.randomUUID().toString();
    }
}
