package com.fours.dms.shared.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every POST honours {@code Idempotency-Key} (issue 12): with a key, the action and the key's row
 * commit together; a retry with the same key and the same request (path, body, uploaded files)
 * gets the first answer again, marked {@code Idempotent-Replayed: true}, and nothing happens twice;
 * the same key with another request is refused (422 {@code idempotency-key-reused}). Runs outside
 * the method's own transaction ({@code @Transactional} joins the one started here).
 */
@IdempotentPosts
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotentPostsInterceptor {
    private static final Map<Method, Boolean> APPLIES = new ConcurrentHashMap<>();

    @Inject
    Idempotency idempotency;

    @Inject
    RoutingContext routing;

    @Inject
    ObjectMapper mapper;

    @AroundInvoke
    Object around(InvocationContext ctx) throws Exception {
        Method method = ctx.getMethod();
        if (!APPLIES.computeIfAbsent(method, IdempotentPostsInterceptor::applies)) {
            return ctx.proceed();
        }
        String key = routing.request().getHeader(Idempotency.HEADER);
        if (key == null) {
            return ctx.proceed();
        }
        String operation = "POST " + routing.normalizedPath();
        Object request = Arrays.asList(ctx.getParameters());
        return idempotency.any(key, operation, request, () -> {
            try {
                return ctx.proceed();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, replay -> answer(method, replay));
    }

    /** The stored answer as the method would have returned it. */
    private Object answer(Method method, Idempotency.Replay replay) {
        routing.response().putHeader("Idempotent-Replayed", "true");
        if (Response.class.isAssignableFrom(method.getReturnType())) {
            Response.ResponseBuilder rb = Response.status(replay.status()).header("Idempotent-Replayed", "true");
            if (replay.body() != null) {
                rb.type(MediaType.APPLICATION_JSON).entity(replay.body());
            }
            if (replay.location() != null) {
                rb.location(URI.create(replay.location()));
            }
            if (replay.etag() != null) {
                rb.header("ETag", replay.etag());
            }
            return rb.build();
        }
        if (method.getReturnType() == void.class || replay.body() == null) {
            return null;
        }
        try {
            return mapper.readValue(replay.body(), mapper.constructType(method.getGenericReturnType()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A POST that does not take the header itself. */
    private static boolean applies(Method method) {
        if (!method.isAnnotationPresent(POST.class)) {
            return false;
        }
        for (Annotation[] param : method.getParameterAnnotations()) {
            for (Annotation a : param) {
                if (a instanceof HeaderParam h && h.value().equalsIgnoreCase(Idempotency.HEADER)) {
                    return false;
                }
            }
        }
        return true;
    }
}
