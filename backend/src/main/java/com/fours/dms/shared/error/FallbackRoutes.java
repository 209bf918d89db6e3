package com.fours.dms.shared.error;

import com.fours.dms.shared.observability.RequestIds;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** A path no resource serves still answers with a problem, not an HTML page or an empty 404. */
@ApplicationScoped
public class FallbackRoutes {
    void register(@Observes Router router) {
        router.route().last().handler(ctx -> {
            String path = ctx.request().path();
            ctx.response().setStatusCode(404)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(ProblemResponses.json(404, "not-found", "Not Found", "No such resource: " + path, path, RequestIds.of(ctx)));
        });
    }
}
