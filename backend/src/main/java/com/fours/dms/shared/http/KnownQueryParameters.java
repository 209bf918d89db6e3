package com.fours.dms.shared.http;

import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Unknown query parameters are refused (issue 12): a misspelt filter ({@code ?stauts=OPEN}) would
 * otherwise be ignored and the caller would get everything, believing it filtered. Each endpoint's
 * known names are its method's {@code @QueryParam}s (also when declared on the interface it
 * implements); anything else is a 400 problem naming each unknown parameter.
 */
public class KnownQueryParameters {
    private static final ConcurrentHashMap<Method, Set<String>> KNOWN = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknown(ContainerRequestContext request, ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return;
        }
        Set<String> sent = request.getUriInfo().getQueryParameters().keySet();
        if (sent.isEmpty()) {
            return;
        }
        Set<String> known = KNOWN.computeIfAbsent(resource.getResourceMethod(), m -> names(m, resource.getResourceClass()));
        List<Violation> unknown = new ArrayList<>();
        for (String name : sent) {
            if (!known.contains(name)) {
                unknown.add(new Violation(name, known.isEmpty() ? "is not a parameter of this operation (it takes none)"
                        : "is not a parameter of this operation (known: " + String.join(", ", known) + ")"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(400, "unknown-query-parameter", "Unknown query parameter",
                    "This operation does not take " + unknown.stream().map(Violation::field).toList() + "; nothing was done", unknown, null);
        }
    }

    static Set<String> names(Method m, Class<?> resourceClass) {
        Set<String> names = new LinkedHashSet<>();
        collect(m, names);
        for (Class<?> c = resourceClass; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                try {
                    collect(i.getMethod(m.getName(), m.getParameterTypes()), names);
                } catch (NoSuchMethodException e) {
                    // not declared there
                }
            }
        }
        return Set.copyOf(names);
    }

    private static void collect(Method m, Set<String> names) {
        for (Annotation[] annotations : m.getParameterAnnotations()) {
            for (Annotation a : annotations) {
                if (a instanceof QueryParam q) {
                    names.add(q.value());
                }
            }
        }
    }
}
