package com.fours.dms.notification.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Notification", description = "A message in the outbox: to the customer (SMS/e-mail) or to an internal board (workshop, parts).")
public record NotificationView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "WORKSHOP") String audience,
        @Schema(required = true, examples = "BOARD") String channel,
        @Schema(required = true, examples = "APPOINTMENT_BOOKED") String kind,
        @Schema(nullable = true) UUID appointmentId,
        @Schema(nullable = true, examples = "13812345678") String recipient,
        @Schema(required = true) String body,
        @Schema(required = true) Instant createdAt,
        @Schema(nullable = true) Instant sentAt) {}
