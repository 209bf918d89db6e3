package com.fours.dms.notification;

/**
 * One way of delivering an outbox row. The dispatcher picks the channel by {@link #channel()};
 * {@link #send} either returns the provider that accepted the message or throws, and the row is then
 * retried with backoff.
 */
public interface NotificationChannel {
    Channel channel();

    /** Delivers the message; returns the provider's name (e.g. "smtp", "log"). Throws when it was not accepted. */
    String send(Delivery delivery) throws Exception;

    /** What a channel needs to deliver one message. */
    record Delivery(java.util.UUID id, String storeName, String recipient, String title, String body) {}
}
