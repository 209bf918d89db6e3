package com.fours.dms.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fours.dms.support.BookingStore;
import com.fours.dms.support.Fixtures;
import com.fours.dms.support.GreenMailServer;
import com.fours.dms.support.MutableClock;
import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox is really delivered: claimed, sent, retried with backoff, FAILED after the maximum, never twice, never lost (R-APT-5, R-APT-6). */
@QuarkusTest
class OutboxDispatcherTest {
    /** 10:00 in Shanghai: outside the default quiet hours (21:00-08:00). */
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    @Inject
    MutableClock clock;

    @Inject
    OutboxDispatcher dispatcher;

    @GreenMailServer.Inject
    GreenMail mail;

    BookingStore shop;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        shop = BookingStore.open();
    }

    @Test
    void anEmailIsSentThroughSmtpAndMarkedSentOnce() {
        String to = Fixtures.unique("kunde") + "@example.com";
        UUID subject = Outbox.queue(shop, Channel.EMAIL, to);
        assertEquals("PENDING", Outbox.row(shop, subject).get("status"));
        assertNull(Outbox.row(shop, subject).get("sentAt"));

        Outbox.drain(dispatcher);
        Outbox.drain(dispatcher);

        assertEquals(1, Outbox.mailsTo(mail, to).size());
        Map<String, Object> row = Outbox.row(shop, subject);
        assertEquals("SENT", row.get("status"));
        assertEquals(NOW.toString(), row.get("sentAt"));
        assertEquals("smtp", row.get("provider"));
        assertEquals(1, row.get("attempts"));
    }

    @Test
    void anSmsGoesThroughTheLoggingProviderAndIsRecordedAsSentByLog() {
        UUID subject = Outbox.queue(shop, Channel.SMS, "13912345678");
        Outbox.drain(dispatcher);
        Map<String, Object> row = Outbox.row(shop, subject);
        assertEquals("SENT", row.get("status"));
        assertEquals("log", row.get("provider"));
        assertEquals("13912345678", row.get("recipient"));
    }

    @Test
    void aFailedDeliveryIsRetriedWithExponentialBackoffAndEndsFailedAfterTheMaximum() {
        UUID subject = Outbox.queue(shop, Channel.EMAIL, "not-an-address");
        Outbox.drain(dispatcher);
        Map<String, Object> row = Outbox.row(shop, subject);
        assertEquals("PENDING", row.get("status"));
        assertEquals(1, row.get("attempts"));
        assertTrue(((String) row.get("lastError")).contains("not an e-mail address"), row.toString());
        assertEquals(NOW.plus(Duration.ofMinutes(1)).toString(), row.get("nextAttemptAt"));

        // Not due yet: nothing happens.
        clock.advance(Duration.ofSeconds(59));
        Outbox.drain(dispatcher);
        assertEquals(1, Outbox.row(shop, subject).get("attempts"));

        // 1, 2, 4, 8 minutes between the attempts; the fifth failure is final.
        Instant at = NOW.plus(Duration.ofMinutes(1));
        for (int attempt = 2; attempt <= 4; attempt++) {
            clock.set(at);
            Outbox.drain(dispatcher);
            row = Outbox.row(shop, subject);
            assertEquals(attempt, row.get("attempts"));
            at = at.plus(Duration.ofMinutes(1L << (attempt - 1)));
            assertEquals(at.toString(), row.get("nextAttemptAt"));
            assertEquals("PENDING", row.get("status"));
        }
        clock.set(at);
        Outbox.drain(dispatcher);
        row = Outbox.row(shop, subject);
        assertEquals("FAILED", row.get("status"));
        assertEquals(5, row.get("attempts"));
        assertNull(row.get("sentAt"));
        assertTrue(((String) row.get("lastError")).contains("not-an-address"));
        // FAILED is final and visible: a later run does not pick it up again.
        clock.advance(Duration.ofDays(1));
        Outbox.drain(dispatcher);
        assertEquals(5, Outbox.row(shop, subject).get("attempts"));
        shop.manager().queryParam("status", "FAILED").get(shop.path("/notifications")).then().statusCode(200)
                .body("items.subjectId", org.hamcrest.Matchers.contains(subject.toString()));
    }

    @Test
    void aRowClaimedByAnInstanceThatCrashedIsSentAfterTheLeaseRunsOut() {
        String to = Fixtures.unique("lease") + "@example.com";
        UUID subject = Outbox.queue(shop, Channel.EMAIL, to);
        // An instance claims the due rows and dies before sending or marking them.
        dispatcher.claim(UUID.randomUUID());
        Outbox.drain(dispatcher);
        assertEquals(0, Outbox.mailsTo(mail, to).size());
        assertEquals("PENDING", Outbox.row(shop, subject).get("status"));

        clock.advance(Duration.ofMinutes(5));
        Outbox.drain(dispatcher);
        assertEquals(1, Outbox.mailsTo(mail, to).size());
        assertEquals("SENT", Outbox.row(shop, subject).get("status"));
    }

    @Test
    void twoDispatchersRunningAtOnceSendEveryMessageExactlyOnce() throws Exception {
        List<String> recipients = new ArrayList<>();
        List<UUID> subjects = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String to = Fixtures.unique("twice" + i) + "@example.com";
            recipients.add(to);
            subjects.add(Outbox.queue(shop, Channel.EMAIL, to));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            runs.add(pool.submit(() -> {
                go.await();
                Outbox.drain(dispatcher);
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : runs) {
            f.get();
        }
        pool.shutdown();
        for (int i = 0; i < recipients.size(); i++) {
            String to = recipients.get(i);
            Map<String, Object> row = Outbox.row(shop, subjects.get(i));
            // A failure names what the row says happened (a retry's lastError), not only the count.
            assertEquals(1, Outbox.mailsTo(mail, to).size(), () -> to + " " + row.get("status") + " " + row.get("lastError"));
        }
        for (UUID s : subjects) {
            Map<String, Object> row = Outbox.row(shop, s);
            assertEquals("SENT", row.get("status"));
            assertEquals(1, row.get("attempts"));
        }
    }
}
