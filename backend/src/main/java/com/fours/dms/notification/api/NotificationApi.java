package com.fours.dms.notification.api;

import com.fours.dms.shared.api.BuiltByName;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API types of the outbox and the store's message templates (R-APT-5, R-APT-6). */
public final class NotificationApi {
    private NotificationApi() {}

    @Schema(name = "Notification", description = "A message in the outbox: to the customer (SMS/e-mail) or to an internal board (workshop, parts). "
            + "status says what really happened: PENDING (waiting or being retried), HELD (quiet hours), SENT (accepted by the channel at sentAt), "
            + "FAILED (gave up after the maximum attempts; lastError says why), CANCELLED (withdrawn before sending because its subject went away; lastError says why). Board messages are SENT when written: the board is their delivery.")
    @BuiltByName
    public record View(
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

    @Schema(name = "NotificationPage", description = "A page of the outbox; pass nextCursor back as cursor for the next.")
    public record Page(@Schema(required = true) List<View> items,
            @Schema(nullable = true, description = "Opaque cursor for the next page; null when there is none.") String nextCursor) {
        public static Page of(com.fours.dms.shared.persistence.Page<View> page) {
            return new Page(page.items(), page.nextCursor());
        }
    }

    @Schema(name = "NotificationTemplate", description = "A store's text for one message kind, audience and language (R-APT-5, R-APT-6). "
            + "{{placeholders}} are filled from the booking; codes become names and times are in the store's zone.")
    @BuiltByName
    public record Template(
            @Schema(required = true, examples = "APPOINTMENT_REMINDER") String kind,
            @Schema(required = true, examples = "CUSTOMER", description = "CUSTOMER, WORKSHOP or PARTS") String audience,
            @Schema(required = true, examples = "zh-CN", description = "zh-CN or en") String language,
            @Schema(required = true, examples = "【{{store}}】预约到店提醒", description = "E-mail subject (and board headline).") String title,
            @Schema(required = true, examples = "{{customer}}您好，提醒您预约于{{arrival}}到店（{{plate}}）。请携带：{{documents}}。") String body,
            @Schema(required = true, examples = "[\"arrival\", \"documents\", \"plate\", \"store\"]", description = "The placeholders this kind may use.") List<String> placeholders,
            @Schema(required = true, description = "False while the store uses the shipped default text.") boolean customized,
            @Schema(nullable = true) Instant updatedAt,
            @Schema(nullable = true, examples = "manager") String updatedBy) {}

    @Schema(name = "NotificationTemplateRequest", description = "A store's new text for one message kind, audience and language; only the kind's placeholders are allowed.")
    public record TemplateRequest(
            @Schema(required = true, examples = "【{{store}}】预约提醒") @NotBlank @Size(max = 200) String title,
            @Schema(required = true, examples = "{{customer}}您好，您预约{{arrival}}到店（{{plate}}），请携带：{{documents}}。") @NotBlank @Size(max = 2000) String body) {}
}
