package com.fours.dms.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own (initdb + pg_ctl from Debian's server binaries, on a free
 * port, in a temporary folder), so a test may stop and restart the database under the running
 * backend without touching the shared server. The datasource of the profile that uses it points
 * at database {@code dms} on it; tests get the cluster with {@code @PrivatePostgres.Inject Cluster pg}.
 * As root the server runs as the {@code postgres} OS user (runuser), as anybody else as that user.
 */
public class PrivatePostgres implements QuarkusTestResourceLifecycleManager {
    public static final String DATABASE = "dms";

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Inject {}

    private Cluster cluster;

    @Override
    public Map<String, String> start() {
        try {
            cluster = Cluster.create();
            cluster.createDatabase(DATABASE);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("could not start the private PostgreSQL cluster: " + e.getMessage(), e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", cluster.jdbcUrl(DATABASE),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(cluster, new TestInjector.AnnotatedAndMatchesType(Inject.class, Cluster.class));
    }

    @Override
    public void stop() {
        if (cluster != null) {
            cluster.destroy();
        }
    }

    /** One running cluster: stop and start it, reach its databases, run its client tools. */
    public static final class Cluster {
        private final Path bin;
        private final Path dir;
        private final Path data;
        private final int port;
        private final boolean asPostgres;

        private Cluster(Path bin, Path dir, int port, boolean asPostgres) {
            this.bin = bin;
            this.dir = dir;
            this.data = dir.resolve("data");
            this.port = port;
            this.asPostgres = asPostgres;
        }

        static Cluster create() throws IOException {
            Path bin = serverBinaries();
            boolean root = "root".equals(System.getProperty("user.name"));
            Path dir = Files.createTempDirectory(Path.of("/tmp"), "dms-pg-");
            if (root) {
                UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
                Files.setOwner(dir, postgres);
            }
            Cluster c = new Cluster(bin, dir, freePort(), root);
            c.server("initdb", "-D", c.data.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8",
                    "--no-sync", "--no-instructions");
            c.start();
            return c;
        }

        /** Starts the server and waits until it accepts connections. */
        public void start() {
            server("pg_ctl", "-D", data.toString(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "60",
                    "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
                            + " -c synchronous_commit=off -c max_connections=100",
                    "start");
        }

        /** Stops the server as an administrator restarting it would: sessions are ended, transactions rolled back. */
        public void stop() {
            server("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "-t", "60", "stop");
        }

        public int port() {
            return port;
        }

        public Path bin() {
            return bin;
        }

        public String jdbcUrl(String database) {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
        }

        public Connection connect(String database) throws SQLException {
            return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
        }

        public void createDatabase(String name) throws SQLException {
            try (Connection c = connect("postgres"); var s = c.createStatement()) {
                s.execute("create database \"" + name + "\"");
            }
        }

        /** The environment the PostgreSQL client tools (and docker/local scripts) need to reach this cluster. */
        public Map<String, String> clientEnvironment() {
            return Map.of("PGHOST", "127.0.0.1", "PGPORT", String.valueOf(port), "PGUSER", "postgres",
                    "DATABASE_URL", "postgres://postgres@127.0.0.1:" + port + "/" + DATABASE,
                    "PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        }

        void destroy() {
            try {
                server("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
            } catch (IllegalStateException alreadyStopped) {
                // stopped by the test
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder; the OS cleans /tmp
            }
        }

        private void server(String tool, String... args) {
            List<String> cmd = new ArrayList<>();
            if (asPostgres) {
                cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
            }
            cmd.add(bin.resolve(tool).toString());
            cmd.addAll(Arrays.asList(args));
            run(cmd, Map.of(), dir);
        }

        /** Runs a command, returns its output; fails with the output when it exits non-zero. */
        public static String run(List<String> cmd, Map<String, String> env, Path workDir) {
            try {
                ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).directory(workDir.toFile());
                pb.environment().putAll(env);
                Process p = pb.start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", cmd) + " did not finish in 120 s:\n" + out);
                }
                if (p.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", cmd) + " exited with " + p.exitValue() + ":\n" + out);
                }
                return out;
            } catch (IOException e) {
                throw new IllegalStateException("cannot run " + cmd.get(0) + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static Path serverBinaries() {
            try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
                return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                        .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                        .orElseThrow();
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("PostgreSQL server binaries (initdb, pg_ctl) not found under /usr/lib/postgresql/*/bin:"
                        + " install Debian's postgresql package (apt-get install postgresql)", e);
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket s = new ServerSocket(0)) {
                return s.getLocalPort();
            }
        }
    }
}
