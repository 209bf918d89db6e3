package com.fours.dms.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fours.dms.repairorder.api.RepairOrders;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.SseClient;
import com.fours.dms.support.TestTokens;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two backend instances on one database (issue 15, issue 9 "Live"): the packaged application
 * (target/quarkus-app/quarkus-run.jar, as deployed) is started twice on ports of its own, after
 * `package`, by Failsafe under `mvn verify`. A change made through instance A reaches a
 * server-sent-event client of instance B within 2 s, and the other way round: the instances meet
 * only in PostgreSQL (NOTIFY / LISTEN), as they would behind a load balancer.
 */
class TwoInstancesIT {
    static final Duration LIVE = Duration.ofSeconds(2);
    static final Duration START = Duration.ofSeconds(90);

    static OidcWiremockTestResource oidc;
    static Instance a;
    static Instance b;

    /** One running backend: its process, its ports and what it printed. */
    record Instance(String name, Process process, int port, CompletableFuture<Void> started, List<String> output) {
        String base() {
            return "http://localhost:" + port;
        }

        String log() {
            synchronized (output) {
                return String.join("\n", output);
            }
        }
    }

    @BeforeAll
    static void twoInstances() throws Exception {
        oidc = new OidcWiremockTestResource();
        String keycloak = oidc.start().get("keycloak.url");
        long begin = System.nanoTime();
        a = start("a", keycloak);
        b = start("b", keycloak);
        for (Instance i : List.of(a, b)) {
            try {
                i.started().get(START.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("instance " + i.name() + " did not start within " + START + ":\n" + i.log(), e);
            }
        }
        System.out.printf("two instances: both started in %d ms (ports %d and %d)%n", (System.nanoTime() - begin) / 1_000_000, a.port(), b.port());
        RestAssured.baseURI = "http://localhost";
    }

    @AfterAll
    static void stop() throws Exception {
        for (Instance i : new Instance[] {a, b}) {
            if (i != null) {
                i.process().destroy();
                if (!i.process().waitFor(15, TimeUnit.SECONDS)) {
                    i.process().destroyForcibly();
                }
            }
        }
        if (oidc != null) {
            oidc.stop();
        }
    }

    @Test
    void aChangeThroughOneInstanceReachesTheStreamOfTheOtherWithinTwoSeconds() throws Exception {
        RestAssured.port = a.port();
        BookingStore shop = BookingStore.open();
        String token = TestTokens.token("advisor-user", Set.of(Roles.ADVISOR), shop.code);
        try (SseClient onB = SseClient.open(b.base(), shop.code, token).connected(Duration.ofSeconds(10));
                SseClient onA = SseClient.open(a.base(), shop.code, token).connected(Duration.ofSeconds(10))) {
            RestAssured.port = a.port();
            Response viaA = RepairOrders.in(shop).signed();
            long answered = System.nanoTime();
            SseClient.Event e = onB.await(ev -> "RepairOrderSigned".equals(ev.name()), LIVE);
            long ms = (System.nanoTime() - answered) / 1_000_000;
            assertTrue(e.data().contains((String) viaA.path("id")), e.data());
            System.out.printf("two instances: an order signed through A reached B's stream %d ms after A answered the signature%n", ms);

            RestAssured.port = b.port();
            Response viaB = RepairOrders.in(shop).signed();
            SseClient.Event back = onA.await(ev -> "RepairOrderSigned".equals(ev.name()) && ev.data().contains((String) viaB.path("id")), LIVE);
            assertEquals("RepairOrderSigned", back.name());
        }
    }

    static Instance start(String name, String keycloak) throws IOException {
        Path jar = Path.of(System.getProperty("dms.app.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: this test runs after `mvn package` (mvn verify)");
        }
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        String db = System.getenv().getOrDefault("DMS_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/dms_test");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + freePort(), "-Dquarkus.management.host=127.0.0.1",
                "-Dquarkus.datasource.jdbc.url=" + db, "-Dquarkus.oidc.auth-server-url=" + keycloak + "/realms/quarkus/",
                "-Ddms.jobs.enabled=false", "-Dquarkus.log.console.json.enabled=false", "-Dquarkus.datasource.jdbc.max-size=8",
                "-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("DMS_LOG_JSON", "false");
        Process p = pb.start();
        List<String> output = new ArrayList<>();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("instance-" + name).start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                boolean http = false;
                boolean listening = false;
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (output) {
                        output.add(line);
                    }
                    // Serving HTTP, and listening for the other instance's events (LiveEvents says so once its LISTEN is in place).
                    http |= line.contains("Listening on:");
                    listening |= line.contains("listening for domain events");
                    if (http && listening) {
                        started.complete(null);
                    }
                }
                started.completeExceptionally(new IllegalStateException("instance " + name + " exited with " + p.waitFor()));
            } catch (IOException | InterruptedException e) {
                started.completeExceptionally(e);
            }
        });
        return new Instance(name, p, port, started, output);
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
