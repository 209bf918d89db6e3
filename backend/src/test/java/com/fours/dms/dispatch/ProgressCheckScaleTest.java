package com.fours.dms.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fours.dms.support.MutableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * R-REP-2 at scale, run on demand against a throw-away database (never in the suite: it writes 100 000
 * jobs): {@code DMS_TEST_DB_URL=…/dms_bench_progress mvn test -Dtest=ProgressCheckScaleTest -Ddms.bench=true}.
 * Seeds store PB01 with 100 000 workshop jobs by SQL ({@code -Ddms.bench.inwork}, default 5 000, in work
 * and clocked on up to 5 hours ago, the rest finished history), then times the scheduler: the scan,
 * each run of up to a batch, and the steady state once everything due is raised. Figures are printed,
 * not asserted (README "Performance"); what is asserted is that every due job got exactly one check.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "dms.bench", matches = "true")
class ProgressCheckScaleTest {
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    @Inject
    MutableClock clock;

    @Inject
    ProgressCheckJobs jobs;

    @Inject
    EntityManager em;

    @Test
    void raisesEveryDueCheckOnceAndReportsTheTimes() {
        clock.set(NOW);
        int inWork = Integer.getInteger("dms.bench.inwork", 5_000);
        QuarkusTransaction.requiringNew().run(() -> seed(inWork));
        long due = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select count(*) from workshop_job where store_code = 'PB01' and status = 'IN_PROGRESS'
                  and started_at + make_interval(secs => cast(sold_hours * 36 * 75 as double precision)) <= cast(?1 as timestamptz)""")
                .setParameter(1, NOW).getSingleResult()).longValue());

        long t0 = System.nanoTime();
        QuarkusTransaction.requiringNew().call(() -> jobs.due(NOW, 500));
        long scan = System.nanoTime() - t0;
        int raised = 0;
        int runs = 0;
        long first = 0;
        long all = System.nanoTime();
        for (int n; (n = run()) > 0; raised += n) {
            runs++;
            if (runs == 1) {
                first = System.nanoTime() - all;
            }
        }
        long total = System.nanoTime() - all;
        long t1 = System.nanoTime();
        int steady = run();
        long idle = System.nanoTime() - t1;
        System.out.printf("progress-check bench: %d jobs (%d in work, %d due); scan %d ms; first run (batch) %d ms; %d checks in %d runs, %d ms (%.2f ms/check); steady-state run %d ms%n",
                100_000, inWork, due, scan / 1_000_000, first / 1_000_000, raised, runs, total / 1_000_000, total / 1e6 / Math.max(1, raised), idle / 1_000_000);
        assertEquals(due, raised);
        assertEquals(0, steady);
        long checks = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from job_progress_check where store_code = 'PB01'").getSingleResult()).longValue());
        assertEquals(due, checks, "one check per due job");
    }

    int run() {
        return jobs.raiseDue();
    }

    void seed(int inWork) {
        em.createNativeQuery("delete from job_progress_check where store_code = 'PB01'").executeUpdate();
        em.createNativeQuery("delete from task where store_code = 'PB01'").executeUpdate();
        em.createNativeQuery("delete from audit_entry where store_code = 'PB01'").executeUpdate();
        em.createNativeQuery("delete from workshop_job where store_code = 'PB01'").executeUpdate();
        em.createNativeQuery("""
                insert into store (code, name, timezone, created_at, updated_at) values ('PB01', '压测店', 'Asia/Shanghai', now(), now()) on conflict do nothing;
                insert into customer (id, store_code, type, name, primary_phone, preferred_contact, created_at, updated_at)
                  values ('00000000-0000-7000-8000-00000000c0c1', 'PB01', 'PRIVATE', '压测客户', '13800138000', 'PHONE', now(), now()) on conflict do nothing;
                insert into vehicle (id, store_code, owner_id, vin, plate, brand, model, vehicle_type, powertrain, created_at, updated_at)
                  values ('00000000-0000-7000-8000-00000000e0e1', 'PB01', '00000000-0000-7000-8000-00000000c0c1', 'LSVAU218XN2183294', '京A99999', 'VW',
                          'Passat', 'SEDAN', 'ICE', now(), now()) on conflict do nothing;
                insert into technician (id, store_code, name, skills, work_start, work_end)
                  select ('00000000-0000-7000-8001-' || lpad(to_hex(g), 12, '0'))::uuid, 'PB01', '技师' || g, 'MAINTENANCE', '08:30', '17:30'
                  from generate_series(1, 100) g on conflict do nothing;
                insert into repair_order (id, store_code, number, status, customer_id, vehicle_id, requested_work, created_at, updated_at, promised_delivery_at)
                  select ('00000000-0000-7000-8002-' || lpad(to_hex(g), 12, '0'))::uuid, 'PB01', 'ROPB01' || lpad(g::text, 7, '0'), 'IN_PROGRESS',
                         '00000000-0000-7000-8000-00000000c0c1', '00000000-0000-7000-8000-00000000e0e1', '压测', now(), now(), timestamptz '2026-11-23T10:00:00Z'
                  from generate_series(1, 10000) g on conflict do nothing""").executeUpdate();
        em.createNativeQuery("""
                insert into workshop_job (id, store_code, repair_order_id, repair_order_line_id, description, sold_hours, status, technician_id, started_at,
                                          done_at, first_done_at, created_at, updated_at)
                  select ('00000000-0000-7000-8003-' || lpad(to_hex(g), 12, '0'))::uuid, 'PB01',
                         ('00000000-0000-7000-8002-' || lpad(to_hex(1 + g % 10000), 12, '0'))::uuid, gen_random_uuid(), '压测工单 ' || g, (1 + g % 8) * 0.5,
                         case when g <= ?1 then 'IN_PROGRESS' else 'PASSED' end,
                         ('00000000-0000-7000-8001-' || lpad(to_hex(1 + g % 100), 12, '0'))::uuid,
                         timestamptz '2026-11-23T02:00:00Z' - make_interval(mins => (g % 300)),
                         case when g <= ?1 then null else timestamptz '2026-11-22T02:00:00Z' end,
                         case when g <= ?1 then null else timestamptz '2026-11-22T02:00:00Z' end, now(), now()
                  from generate_series(1, 100000) g""").setParameter(1, inWork).executeUpdate();
        em.createNativeQuery("analyze workshop_job").executeUpdate();
    }
}
