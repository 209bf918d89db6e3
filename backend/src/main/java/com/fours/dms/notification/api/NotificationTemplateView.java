package com.fours.dms.notification.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NotificationTemplate", description = "A store's text for one message kind, audience and language (R-APT-5, R-APT-6). "
        + "{{placeholders}} are filled from the booking; codes become names and times are in the store's zone.")
public record NotificationTemplateView(
        @Schema(required = true, examples = "APPOINTMENT_REMINDER") String kind,
        @Schema(required = true, examples = "CUSTOMER", description = "CUSTOMER, WORKSHOP or PARTS") String audience,
        @Schema(required = true, examples = "zh-CN", description = "zh-CN or en") String language,
        @Schema(required = true, examples = "【{{store}}】预约到店提醒", description = "E-mail subject (and board headline).") String title,
        @Schema(required = true, examples = "{{customer}}您好，提醒您预约于{{arrival}}到店（{{plate}}）。请携带：{{documents}}。") String body,
        @Schema(required = true, examples = "[\"arrival\", \"documents\", \"plate\", \"store\"]", description = "The placeholders this kind may use.") List<String> placeholders,
        @Schema(required = true, description = "False while the store uses the shipped default text.") boolean customized,
        @Schema(nullable = true) Instant updatedAt,
        @Schema(nullable = true, examples = "manager") String updatedBy) {

    public static Builder builder() {
        return new Builder();
    }

    /** Builds the view by field name. */
    public static final class Builder {
        private String kind, audience, language, title, body, updatedBy;
        private List<String> placeholders;
        private boolean customized;
        private Instant updatedAt;

        public Builder kind(String v) { kind = v; return this; }
        public Builder audience(String v) { audience = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder body(String v) { body = v; return this; }
        public Builder placeholders(List<String> v) { placeholders = v; return this; }
        public Builder customized(boolean v) { customized = v; return this; }
        public Builder updatedAt(Instant v) { updatedAt = v; return this; }
        public Builder updatedBy(String v) { updatedBy = v; return this; }

        public NotificationTemplateView build() {
            return new NotificationTemplateView(kind, audience, language, title, body, placeholders, customized, updatedAt, updatedBy);
        }
    }
}
