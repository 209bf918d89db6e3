package com.fours.dms.notification;

import com.fours.dms.support.BookingStore;
import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test helpers around the outbox: queue a message directly, run the dispatcher until nothing is due, read what GreenMail received. */
public final class Outbox {
    private Outbox() {}

    public static UUID queue(BookingStore shop, Channel channel, String recipient) {
        UUID subject = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> CdiLookup.notifications().queue(
                OutgoingMessage.of(shop.code, "APPOINTMENT_REMINDER", Notifications.Audience.CUSTOMER, channel).about("test", subject).to(recipient)
                        .value("customer", "张伟").value("plate", "京A12345").value("arrival", java.time.Instant.parse("2026-11-24T01:00:00Z"))
                        .value("documents", new OutgoingMessage.Codes("document", List.of("REGISTRATION")))));
        return subject;
    }

    /** Dispatches until a run finds nothing due (other tests' rows may be in the same outbox). */
    public static void drain(OutboxDispatcher dispatcher) {
        for (int i = 0; i < 100 && !dispatcher.dispatch().isEmpty(); i++) {
            // keep going
        }
    }

    /** The mails GreenMail received for one address. */
    public static List<MimeMessage> mailsTo(GreenMail mail, String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    public static String text(MimeMessage m) {
        try {
            return m.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The notification row (as the API shows it) for a subject queued by {@link #queue}. */
    public static Map<String, Object> row(BookingStore shop, UUID subject) {
        JsonPath page = shop.manager().queryParam("audience", "CUSTOMER").queryParam("limit", 100).get(shop.path("/notifications")).jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        return items.stream().filter(i -> subject.toString().equals(i.get("subjectId"))).findFirst().orElseThrow();
    }

    /** Notifications is application-scoped; tests reach it through CDI. */
    static final class CdiLookup {
        static Notifications notifications() {
            return jakarta.enterprise.inject.spi.CDI.current().select(Notifications.class).get();
        }
    }
}
