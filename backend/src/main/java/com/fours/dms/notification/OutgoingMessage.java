package com.fours.dms.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A message to put in the outbox, built by name: {@code OutgoingMessage.of(store, "APPOINTMENT_REMINDER",
 * Audience.CUSTOMER, Channel.SMS).about("appointment", id).appointment(id).to(phone).value("plate", plate)}.
 * The text comes from the store's template for kind + audience + language, filled with the values.
 * The dedupe key is kind, audience, subject and the discriminator, so a repeated job never queues the
 * same message twice while a second reschedule (another discriminator) is a new message.
 */
public final class OutgoingMessage {
    /** A list of codes rendered through the labels of a group (document, bayType …), never as raw codes. */
    public record Codes(String group, List<String> codes) {}

    final String store;
    final String kind;
    final Notifications.Audience audience;
    final Channel channel;
    String subjectType;
    UUID subjectId;
    UUID appointmentId;
    String discriminator;
    String recipient;
    String language = NotificationTemplates.DEFAULT_LANGUAGE;
    final Map<String, Object> values = new LinkedHashMap<>();

    private OutgoingMessage(String store, String kind, Notifications.Audience audience, Channel channel) {
        this.store = store;
        this.kind = kind;
        this.audience = audience;
        this.channel = channel;
    }

    public static OutgoingMessage of(String store, String kind, Notifications.Audience audience, Channel channel) {
        return new OutgoingMessage(store, kind, audience, channel);
    }

    /** The record the message is about (appointment, repair-order, …). */
    public OutgoingMessage about(String type, UUID id) {
        this.subjectType = type;
        this.subjectId = id;
        return this;
    }

    /** Also filed under this appointment (the appointment page lists its messages). */
    public OutgoingMessage appointment(UUID id) {
        this.appointmentId = id;
        return this;
    }

    /** Tells apart several messages of the same kind about the same subject (e.g. the new arrival time of a reschedule). */
    public OutgoingMessage discriminator(String value) {
        this.discriminator = value;
        return this;
    }

    public OutgoingMessage to(String recipient) {
        this.recipient = recipient;
        return this;
    }

    public OutgoingMessage language(String language) {
        this.language = language;
        return this;
    }

    /** A placeholder's value: a String, a number, an Instant (shown in the store's zone) or {@link Codes}. */
    public OutgoingMessage value(String name, Object value) {
        values.put(name, value);
        return this;
    }

    String dedupeKey() {
        return kind + ":" + audience + ":" + subjectType + ":" + subjectId + (discriminator == null ? "" : ":" + discriminator);
    }
}
