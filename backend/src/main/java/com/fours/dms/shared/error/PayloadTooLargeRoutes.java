package com.fours.dms.shared.error;

import com.fours.dms.shared.observability.RequestIds;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body over quarkus.http.limits.max-body-size is refused with a 413 problem (code payload-too-large)
 * instead of the HTTP layer's bare 413: a declared Content-Length is checked before Quarkus' own limit
 * route; a chunked body that fails with 413 later gets the same problem from the failure handler.
 */
@ApplicationScoped
public class PayloadTooLargeRoutes {
    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    void register(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        router.route().order(RequestIds.ORDER + 1).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null) {
                try {
                    if (Long.parseLong(length.strip()) > limit) {
                        refuse(ctx, limit);
                        return;
                    }
                } catch (NumberFormatException e) {
                    // left to the HTTP layer
                }
            }
            ctx.next();
        });
        router.route().order(RequestIds.ORDER + 1).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                refuse(ctx, limit);
            } else {
                ctx.next();
            }
        });
    }

    private static void refuse(RoutingContext ctx, long limit) {
        String path = ctx.request().path();
        ctx.response().setStatusCode(413)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(ProblemResponses.json(413, "payload-too-large", "Payload Too Large",
                        "The request body is larger than the limit of " + limit + " bytes", path, RequestIds.of(ctx)));
    }
}
