package com.fours.dms.notification.api;

import com.fours.dms.shared.api.BuiltByName;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Notification", description = "A message in the outbox: to the customer (SMS/e-mail) or to an internal board (workshop, parts). "
        + "status says what really happened: PENDING (waiting or being retried), HELD (quiet hours), SENT (accepted by the channel at sentAt), "
        + "FAILED (gave up after the maximum attempts; lastError says why), CANCELLED (withdrawn before sending because its subject went away; lastError says why). Board messages are SENT when written: the board is their delivery.")
@BuiltByName
public record NotificationView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "WORKSHOP") String audience,
        @Schema(required = true, examples = "BOARD") String channel,
        @Schema(required = true, examples = "APPOINTMENT_BOOKED") String kind,
        @Schema(nullable = true, examples = "appointment") String subjectType,
        @Schema(nullable = true) UUID subjectId,
        @Schema(nullable = true) UUID appointmentId,
        @Schema(nullable = true, examples = "13812345678") String recipient,
        @Schema(nullable = true, examples = "【测试店】预约到店提醒", description = "E-mail subject / board headline.") String title,
        @Schema(required = true) String body,
        @Schema(required = true, examples = "zh-CN") String language,
        @Schema(required = true, examples = "SENT", enumeration = {"PENDING", "HELD", "SENT", "FAILED", "CANCELLED"}) String status,
        @Schema(required = true, examples = "1", description = "Delivery attempts that failed or succeeded so far.") int attempts,
        @Schema(nullable = true, examples = "not an e-mail address: x") String lastError,
        @Schema(nullable = true, description = "When the next attempt is due (PENDING/HELD).") Instant nextAttemptAt,
        @Schema(nullable = true, examples = "smtp", description = "Who accepted the message: smtp, log (SMS written to the log), board.") String provider,
        @Schema(required = true) Instant createdAt,
        @Schema(nullable = true, description = "When the channel accepted it; null unless SENT.") Instant sentAt) {}
