package com.fours.dms.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V20 moves the old staff_task rows onto the task desk, forward-only: a schema migrated to V8 with
 * two old tasks (an open rebook, a done readiness call) is migrated on, in its own PostgreSQL schema.
 */
class TaskMigrationTest {
    static final String URL = System.getenv().getOrDefault("DMS_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/dms_test");
    static final String USER = System.getenv().getOrDefault("DMS_DB_USER", "postgres");
    static final String SCHEMA = "task_migration_test";

    Flyway flyway(String target) {
        return Flyway.configure().dataSource(URL, USER, System.getenv().getOrDefault("DMS_DB_PASSWORD", ""))
                .schemas(SCHEMA).defaultSchema(SCHEMA).locations("classpath:db/migration").target(target).cleanDisabled(false).load();
    }

    @Test
    void oldStaffTasksBecomeDeskTasksWithTheirDedupeKeyAndTheOldTableIsGone() throws SQLException {
        Flyway toV8 = flyway("8");
        toV8.clean();
        toV8.migrate();
        try (Connection c = DriverManager.getConnection(URL, USER, System.getenv().getOrDefault("DMS_DB_PASSWORD", ""));
                Statement s = c.createStatement()) {
            s.execute("set search_path to " + SCHEMA);
            s.execute("""
                    insert into store (code, name, created_at, updated_at) values ('MG01', 'x', now(), now());
                    insert into customer (id, store_code, type, name, primary_phone, preferred_contact, created_at, updated_at)
                        values ('00000000-0000-7000-8000-0000000000c1', 'MG01', 'PRIVATE', '张伟', '13800138000', 'PHONE', now(), now());
                    insert into vehicle (id, store_code, owner_id, vin, plate, brand, model, vehicle_type, powertrain, created_at, updated_at)
                        values ('00000000-0000-7000-8000-0000000000e1', 'MG01', '00000000-0000-7000-8000-0000000000c1', 'LSVAU218XN2183294', '京A12345', 'VW', 'Passat', 'CAR', 'ICE', now(), now());
                    insert into service_advisor (id, store_code, username, display_name) values ('00000000-0000-7000-8000-0000000000a1', 'MG01', 'w', '王');
                    insert into appointment (id, store_code, customer_id, vehicle_id, advisor_id, status, origin, channel, arrival_at, duration_minutes,
                            tentative_delivery_at, bay_type, requested_work, created_at, updated_at)
                        values ('00000000-0000-7000-8000-0000000000b1', 'MG01', '00000000-0000-7000-8000-0000000000c1', '00000000-0000-7000-8000-0000000000e1',
                            '00000000-0000-7000-8000-0000000000a1', 'NO_SHOW', 'CUSTOMER', 'PHONE', '2026-11-20T01:00:00Z', 60, '2026-11-20T03:00:00Z', 'GENERAL', 'x', now(), now());
                    insert into staff_task (id, store_code, kind, assignee_role, appointment_id, customer_id, title, status, due_at, created_at, done_at, done_by, version) values
                        ('00000000-0000-7000-8000-000000000001', 'MG01', 'REBOOK', 'customer-service', '00000000-0000-7000-8000-0000000000b1',
                            '00000000-0000-7000-8000-0000000000c1', '爽约', 'OPEN', '2026-11-21T02:00:00Z', '2026-11-20T02:00:00Z', null, null, 0),
                        ('00000000-0000-7000-8000-000000000002', 'MG01', 'TELL_CUSTOMER_NOT_READY', 'advisor', '00000000-0000-7000-8000-0000000000b1',
                            '00000000-0000-7000-8000-0000000000c1', '未就绪', 'DONE', '2026-11-20T01:00:00Z', '2026-11-19T02:00:00Z', '2026-11-19T05:00:00Z', 'advisor', 2);
                    """);
            flyway("20").migrate();
            List<String> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery("""
                    select type, subject_type, status, priority, assignee_role, dedupe_key, vehicle_id is not null, closed_by, version
                    from task order by id""")) {
                while (r.next()) {
                    rows.add(String.join("|", r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                            String.valueOf(r.getBoolean(7)), String.valueOf(r.getString(8)), String.valueOf(r.getLong(9))));
                }
            }
            assertEquals(List.of(
                    "REBOOK_NO_SHOW|APPOINTMENT|OPEN|NORMAL|customer-service|REBOOK_NO_SHOW:appointment:00000000-0000-7000-8000-0000000000b1|true|null|0",
                    "TELL_CUSTOMER_NOT_READY|APPOINTMENT|DONE|HIGH|advisor|TELL_CUSTOMER_NOT_READY:appointment:00000000-0000-7000-8000-0000000000b1|true|advisor|2"),
                    rows);
            // The dedupe key is the one NewTask uses, so the scheduler will not open the rebook again.
            assertEquals(NewTask.key(TaskType.REBOOK_NO_SHOW, SubjectType.APPOINTMENT, java.util.UUID.fromString("00000000-0000-7000-8000-0000000000b1")),
                    rows.get(0).split("\\|")[5]);
            try (ResultSet r = s.executeQuery("select to_regclass('" + SCHEMA + ".staff_task') is not null")) {
                r.next();
                assertFalse(r.getBoolean(1), "staff_task is dropped");
            }
            // The check constraints hold the codes.
            assertThrows(SQLException.class, () -> s.execute("update task set status = 'LATER'"));
        } finally {
            flyway("8").clean();
        }
    }
}
