package com.fours.dms.operations;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Collects the spans the backend makes, in memory, where the production configuration sends them to
 * an OTLP collector. A bean in every test run; spans exist only where tracing is on (OperationsProfile).
 */
public class InMemorySpans {
    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }
}
