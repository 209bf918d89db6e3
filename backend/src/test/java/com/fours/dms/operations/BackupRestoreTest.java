package com.fours.dms.operations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fours.dms.inspection.Images;
import com.fours.dms.inspection.api.Inspections;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.MutableClock;
import com.fours.dms.support.PrivatePostgres;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * `make backup` / `make restore` (issue 15), run as an operator would: the scripts in docker/local
 * dump the live database with pg_dump and restore it into a fresh database, which then holds the
 * same rows in every table: repair orders, photos and signatures (bytes), the audit trail. Restoring
 * over an existing database keeps the replaced one under a new name.
 */
@QuarkusTest
@TestProfile(OperationsProfile.class)
class BackupRestoreTest {
    static final Path SCRIPTS = Path.of("..", "docker", "local").toAbsolutePath().normalize();

    @PrivatePostgres.Inject
    PrivatePostgres.Cluster pg;

    @Inject
    MutableClock clock;

    @Test
    void aBackupRestoredIntoAFreshDatabaseHoldsTheSameOrdersPhotosAndAuditTrail() throws Exception {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        BookingStore shop = BookingStore.open();
        Inspections inspections = Inspections.in(shop);
        Response order = inspections.walkIn();
        Response inspection = inspections.start(order, Inspections.body("K-900", "S-900"));
        byte[] photo = Images.jpeg(64, 48);
        inspections.upload(order, "door.jpg", photo, "image/jpeg").then().statusCode(201);
        inspections.sign(inspection, order);
        UUID orderId = UUID.fromString(order.path("id"));

        Path dir = Files.createDirectories(Path.of("target", "backup-test")).toAbsolutePath();
        Path dump = dir.resolve("dms-" + UUID.randomUUID() + ".dump");
        String out = script("backup.sh", "--db", PrivatePostgres.DATABASE, "--out", dump.toString());
        assertTrue(Files.size(dump) > 0 && out.contains(dump.toString()), "the script names the dump it wrote: " + out);
        assertTrue(Files.exists(Path.of(dump + ".sha256")), "a checksum beside the dump");

        String restoredDb = "dms_restored_" + Long.toHexString(System.nanoTime());
        script("restore.sh", "--db", restoredDb, "--yes", dump.toString());

        Map<String, String> live = fingerprint(PrivatePostgres.DATABASE);
        Map<String, String> restored = fingerprint(restoredDb);
        assertEquals(live, restored, "every table holds the same rows after the restore");
        assertTrue(live.size() > 20, "the whole schema is compared: " + live.keySet());

        try (Connection c = pg.connect(restoredDb)) {
            assertEquals(1, count(c, "select count(*) from repair_order where id = ?", orderId));
            assertEquals(1, count(c, "select count(*) from check_in_inspection where repair_order_id = ?", orderId));
            byte[] restoredPhoto = photoOf(c, orderId);
            try (Connection l = pg.connect(PrivatePostgres.DATABASE)) {
                assertArrayEquals(photoOf(l, orderId), restoredPhoto, "the photo, byte for byte");
            }
            assertTrue(restoredPhoto.length > 0);
            List<String> actions = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select action from audit_entry where entity_id in (?, ?) order by occurred_at, action")) {
                s.setString(1, orderId.toString());
                s.setString(2, inspection.path("id"));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        actions.add(rs.getString(1));
                    }
                }
            }
            assertTrue(actions.containsAll(List.of("created", "signed")), "the audit trail of the order and its check-in: " + actions);
        }

        // Restoring over an existing database sets the replaced one aside instead of dropping it.
        script("restore.sh", "--db", restoredDb, "--yes", dump.toString());
        try (Connection c = pg.connect("postgres"); PreparedStatement s = c.prepareStatement("select count(*) from pg_database where datname like ?")) {
            s.setString(1, restoredDb + "_before_restore_%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getInt(1), "the replaced database is kept");
            }
        }
        assertEquals(live, fingerprint(restoredDb));
    }

    /** Row count and a hash of all rows, per table of the public schema. */
    private Map<String, String> fingerprint(String database) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        try (Connection c = pg.connect(database)) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String table : names) {
                try (ResultSet rs = c.createStatement().executeQuery("select count(*) || ':' || md5(coalesce(string_agg(t::text, E'\\n' order by t::text), ''))"
                        + " from \"" + table + "\" t")) {
                    rs.next();
                    tables.put(table, rs.getString(1));
                }
            }
        }
        return tables;
    }

    private static byte[] photoOf(Connection c, UUID orderId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                select b.data from photo_blob b join inspection_photo p on p.storage_key = b.storage_key
                where p.repair_order_id = ? and b.variant = 'original'""")) {
            s.setObject(1, orderId);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "the order has its photo");
                return rs.getBytes(1);
            }
        }
    }

    private static int count(Connection c, String sql, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private String script(String name, String... args) {
        List<String> cmd = new ArrayList<>(List.of("bash", SCRIPTS.resolve(name).toString()));
        cmd.addAll(List.of(args));
        Map<String, String> env = new java.util.HashMap<>(pg.clientEnvironment());
        env.put("NO_COLOR", "1");
        return PrivatePostgres.Cluster.run(cmd, env, SCRIPTS);
    }
}
