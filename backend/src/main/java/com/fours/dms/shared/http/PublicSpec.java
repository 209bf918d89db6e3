package com.fours.dms.shared.http;

import io.quarkus.smallrye.openapi.runtime.OpenApiHandler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The API contract for integrators on the public port, at the same /q/openapi (.json, .yaml) as
 * ever, although the OpenAPI extension itself (with Swagger UI) lives on the management port: the
 * same generated document, served by the extension's own handler, so both ports answer the same bytes.
 * Nothing else under /q is public.
 */
@ApplicationScoped
public class PublicSpec {
    /** SmallRye OpenAPI's name for the application's single document. */
    private static final String DEFAULT_DOCUMENT = "<default>";

    void register(@Observes Router router) {
        OpenApiHandler handler = new OpenApiHandler(DEFAULT_DOCUMENT, false);
        for (String path : new String[] {"/q/openapi", "/q/openapi.json", "/q/openapi.yaml", "/q/openapi.yml"}) {
            router.route(path).method(HttpMethod.GET).method(HttpMethod.HEAD).method(HttpMethod.OPTIONS).handler(handler);
        }
    }
}
