package com.fours.dms.operations;

import com.fours.dms.support.PrivatePostgres;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The backend as an operations team runs it, for the tests that stop the database, restore backups,
 * read the JSON logs and collect traces (issue 15): a PostgreSQL cluster of the tests' own, JSON log
 * lines in a file (target/operations-test-log.json, through the same redaction filter as the console),
 * the request log on, and tracing on with spans kept in memory (InMemorySpans) instead of OTLP.
 */
public class OperationsProfile implements QuarkusTestProfile {
    public static final String LOG_FILE = "target/operations-test-log.json";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("quarkus.log.file.enabled", "true"),
                Map.entry("quarkus.log.file.path", LOG_FILE),
                Map.entry("quarkus.log.file.json.enabled", "true"),
                Map.entry("quarkus.log.file.json.exception-output-type", "formatted"),
                Map.entry("quarkus.log.file.filter", "dms-redact"),
                Map.entry("quarkus.log.category.\"dms.request\".level", "INFO"),
                Map.entry("quarkus.otel.sdk.disabled", "false"),
                Map.entry("quarkus.otel.exporter.otlp.enabled", "false"),
                Map.entry("quarkus.otel.bsp.schedule.delay", "100ms"),
                // A request waiting for a connection during the outage gives up after 2 s (production: 5 s).
                Map.entry("quarkus.datasource.jdbc.acquisition-timeout", "2S"),
                Map.entry("quarkus.datasource.jdbc.login-timeout", "1S"));
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PrivatePostgres.class));
    }
}
