package com.fours.dms.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fours.dms.support.MutableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * R-REM-1..3 at fleet scale, a benchmark script run on demand against a throw-away database (never in
 * the suite: it writes 200 000 vehicles):
 * {@code DMS_TEST_DB_URL=…/dms_bench_followup mvn test -Dtest=ReminderGenerationBenchmark -Ddms.bench=true}.
 * Seeds store RB01 with 20 000 customers and 200 000 vehicles serviced over the last 183 days (6-month
 * interval, readings spread so about a third are due by mileage first), then times one generation with
 * the backlog (every vehicle due within 13 days gets its cycle, message and, within 11 days, its call),
 * the same generation again (nothing new), and the next day's. Figures are printed, not asserted
 * (README "Performance"); what is asserted is that the second run raises nothing.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "dms.bench", matches = "true")
class ReminderGenerationBenchmark {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    MutableClock clock;

    @Inject
    MaintenanceReminders reminders;

    @Inject
    EntityManager em;

    @Test
    void oneGenerationOverTwoHundredThousandVehicles() {
        clock.set(Instant.parse("2026-11-23T01:00:00Z"));
        long s0 = System.nanoTime();
        QuarkusTransaction.requiringNew().run(this::seed);
        long seeded = System.nanoTime() - s0;

        long t0 = System.nanoTime();
        MaintenanceReminders.Run first = QuarkusTransaction.requiringNew().call(() -> reminders.run("RB01", ZONE));
        long firstMs = (System.nanoTime() - t0) / 1_000_000;
        long t1 = System.nanoTime();
        MaintenanceReminders.Run again = QuarkusTransaction.requiringNew().call(() -> reminders.run("RB01", ZONE));
        long againMs = (System.nanoTime() - t1) / 1_000_000;
        clock.set(Instant.parse("2026-11-24T01:00:00Z"));
        long t2 = System.nanoTime();
        MaintenanceReminders.Run nextDay = QuarkusTransaction.requiringNew().call(() -> reminders.run("RB01", ZONE));
        long nextMs = (System.nanoTime() - t2) / 1_000_000;
        System.out.printf("reminder bench: 200000 vehicles seeded in %d ms%n  first generation (backlog) %d ms: %s%n  same day again %d ms: %s%n  next day %d ms: %s%n",
                seeded / 1_000_000, firstMs, first, againMs, again, nextMs, nextDay);
        assertEquals(new MaintenanceReminders.Run(0, 0, 0, 0), again, "a second run raises nothing");
    }

    void seed() {
        for (String t : new String[] {"notification", "task", "audit_entry", "reminder_cycle", "reminder_vehicle", "vehicle", "customer"}) {
            em.createNativeQuery("delete from " + t + " where store_code = 'RB01'").executeUpdate();
        }
        em.createNativeQuery("""
                insert into store (code, name, timezone, created_at, updated_at) values ('RB01', '提醒压测店', 'Asia/Shanghai', now(), now()) on conflict do nothing;
                insert into customer (id, store_code, type, name, primary_phone, preferred_contact, created_at, updated_at)
                  select ('00000000-0000-7000-8010-' || lpad(to_hex(g), 12, '0'))::uuid, 'RB01', 'PRIVATE', '客户' || g, '138' || lpad(g::text, 8, '0'), 'PHONE', now(), now()
                  from generate_series(1, 20000) g;
                insert into vehicle (id, store_code, owner_id, vin, plate, brand, model, vehicle_type, powertrain, maintenance_interval_months,
                                     maintenance_interval_km, last_service_date, last_service_mileage, created_at, updated_at)
                  select ('00000000-0000-7000-8011-' || lpad(to_hex(g), 12, '0'))::uuid, 'RB01', ('00000000-0000-7000-8010-' || lpad(to_hex(1 + g % 20000), 12, '0'))::uuid,
                         'LRB' || lpad(g::text, 14, '0'), '京R' || lpad(g::text, 6, '0'), 'VW', 'Passat', 'SEDAN', 'ICE', 6, 10000,
                         date '2026-11-23' - (g % 183), 20000 + g % 50000, now(), now()
                  from generate_series(1, 200000) g;
                insert into reminder_vehicle (vehicle_id, store_code, customer_id, interval_months, interval_km, last_service_date, last_service_mileage,
                                              first_reading_date, first_reading_mileage, latest_reading_date, latest_reading_mileage, updated_at)
                  select v.id, 'RB01', v.owner_id, 6, 10000, v.last_service_date, v.last_service_mileage,
                         v.last_service_date - 365, v.last_service_mileage - (5000 + (hashtext(v.vin) & 16383)), v.last_service_date, v.last_service_mileage, now()
                  from vehicle v where v.store_code = 'RB01';
                analyze reminder_vehicle""").executeUpdate();
    }
}
