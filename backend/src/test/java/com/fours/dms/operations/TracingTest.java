package com.fours.dms.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fours.dms.notification.OutboxDispatcher;
import com.fours.dms.support.Api;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Traces (issue 15): with tracing on, a request makes a server span that continues the caller's
 * trace (W3C traceparent), its SQL statements are client spans in the same trace, and each outbox
 * run is a span with its own statements beneath it. The spans go to whatever exporter is configured:
 * OTLP in production, memory here.
 */
@QuarkusTest
@TestProfile(OperationsProfile.class)
class TracingTest {
    @Inject
    InMemorySpanExporter spans;

    @Inject
    OpenTelemetry openTelemetry;

    @Inject
    OutboxDispatcher outbox;

    @Test
    void requestsTheirSqlAndTheOutboxDispatcherMakeSpans() {
        String store = NewStore.open("追踪测试店");
        spans.reset();

        String traceId = hex(16);
        Api.withToken(NewStore.advisor(store))
                .header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                .get("/api/stores/" + store + "/customers").then().statusCode(200);
        List<SpanData> trace = awaitSpans(s -> s.getTraceId().equals(traceId) && s.getKind() == SpanKind.SERVER);
        SpanData server = trace.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
        assertEquals("GET /api/stores/{store}/customers", server.getName());
        List<SpanData> sql = trace.stream().filter(TracingTest::isSql).toList();
        assertFalse(sql.isEmpty(), "the request's statements are spans of its trace: " + names(trace));

        spans.reset();
        outbox.dispatch();
        List<SpanData> run = awaitSpans(s -> s.getName().equals("outbox dispatch"));
        SpanData dispatch = run.stream().filter(s -> s.getName().equals("outbox dispatch")).findFirst().orElseThrow();
        List<SpanData> claims = spans.getFinishedSpanItems().stream()
                .filter(s -> s.getTraceId().equals(dispatch.getTraceId()) && isSql(s)).toList();
        assertTrue(!claims.isEmpty() && claims.stream().allMatch(s -> s.getParentSpanId().equals(dispatch.getSpanId())),
                "the outbox run's statements are its children: " + names(spans.getFinishedSpanItems()));
    }

    private static boolean isSql(SpanData s) {
        return s.getKind() == SpanKind.CLIENT && s.getAttributes().asMap().keySet().stream().anyMatch(k -> k.getKey().startsWith("db.system"));
    }

    /** Flushes the span processor until a span matching `first` was exported; returns that span's trace. */
    private List<SpanData> awaitSpans(Predicate<SpanData> first) {
        OpenTelemetrySdk sdk = (OpenTelemetrySdk) openTelemetry;
        for (int attempt = 0; attempt < 50; attempt++) {
            sdk.getSdkTracerProvider().forceFlush().join(5, TimeUnit.SECONDS);
            var found = spans.getFinishedSpanItems().stream().filter(first).findFirst();
            if (found.isPresent()) {
                String traceId = found.get().getTraceId();
                return spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId)).toList();
            }
        }
        throw new AssertionError("no such span; exported: " + names(spans.getFinishedSpanItems()));
    }

    private static List<String> names(List<SpanData> spans) {
        return spans.stream().map(s -> s.getKind() + " " + s.getName()).toList();
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        b[0] |= 1;
        return HexFormat.of().formatHex(b);
    }
}
