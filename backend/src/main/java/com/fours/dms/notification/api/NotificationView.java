package com.fours.dms.notification.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Notification", description = "A message in the outbox: to the customer (SMS/e-mail) or to an internal board (workshop, parts). "
        + "status says what really happened: PENDING (waiting or being retried), HELD (quiet hours), SENT (accepted by the channel at sentAt), "
        + "FAILED (gave up after the maximum attempts; lastError says why), CANCELLED (withdrawn before sending because its subject went away; lastError says why). Board messages are SENT when written: the board is their delivery.")
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
        @Schema(nullable = true, description = "When the channel accepted it; null unless SENT.") Instant sentAt) {

    public static Builder builder() {
        return new Builder();
    }

    /** Builds the view by field name. */
    public static final class Builder {
        private UUID id, subjectId, appointmentId;
        private String audience, channel, kind, subjectType, recipient, title, body, language, status, lastError, provider;
        private int attempts;
        private Instant nextAttemptAt, createdAt, sentAt;

        public Builder id(UUID v) { id = v; return this; }
        public Builder audience(String v) { audience = v; return this; }
        public Builder channel(String v) { channel = v; return this; }
        public Builder kind(String v) { kind = v; return this; }
        public Builder subjectType(String v) { subjectType = v; return this; }
        public Builder subjectId(UUID v) { subjectId = v; return this; }
        public Builder appointmentId(UUID v) { appointmentId = v; return this; }
        public Builder recipient(String v) { recipient = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder body(String v) { body = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder status(String v) { status = v; return this; }
        public Builder attempts(int v) { attempts = v; return this; }
        public Builder lastError(String v) { lastError = v; return this; }
        public Builder nextAttemptAt(Instant v) { nextAttemptAt = v; return this; }
        public Builder provider(String v) { provider = v; return this; }
        public Builder createdAt(Instant v) { createdAt = v; return this; }
        public Builder sentAt(Instant v) { sentAt = v; return this; }

        public NotificationView build() {
            return new NotificationView(id, audience, channel, kind, subjectType, subjectId, appointmentId, recipient, title, body, language,
                    status, attempts, lastError, nextAttemptAt, provider, createdAt, sentAt);
        }
    }
}
