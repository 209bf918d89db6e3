package com.fours.dms.shared.error;

import com.fours.dms.shared.observability.RequestIds;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Builds problem+json responses; the only place that knows how a problem looks on the wire. */
public final class ProblemResponses {
    private ProblemResponses() {}

    public static Response of(int status, String code, String title, String detail, String instance, List<Violation> violations, Map<String, String> headers) {
        return of(status, code, title, detail, instance, violations, headers, null);
    }

    public static Response of(int status, String code, String title, String detail, String instance, List<Violation> violations, Map<String, String> headers,
            List<String> existingIds) {
        Problem body = new Problem("/problems/" + code, title, status, detail, instance, code,
                violations == null || violations.isEmpty() ? null : violations, existingIds == null || existingIds.isEmpty() ? null : existingIds, RequestIds.current());
        Response.ResponseBuilder rb = Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
        if (headers != null) {
            headers.forEach(rb::header);
        }
        return rb.build();
    }

    public static Response of(int status, String code, String title, String detail, String instance) {
        return of(status, code, title, detail, instance, null, null);
    }

    /** The same body for the HTTP layer's own routes (outside JAX-RS), which know the request id from the routing context. */
    public static String json(int status, String code, String title, String detail, String instance, String requestId) {
        return "{\"type\":\"/problems/" + code + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\"", "'") + "\",\"instance\":\"" + instance.replace("\"", "%22") + "\",\"code\":\"" + code
                + "\",\"requestId\":\"" + requestId + "\"}";
    }
}
