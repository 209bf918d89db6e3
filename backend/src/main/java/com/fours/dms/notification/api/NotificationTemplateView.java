package com.fours.dms.notification.api;

import com.fours.dms.shared.api.BuiltByName;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NotificationTemplate", description = "A store's text for one message kind, audience and language (R-APT-5, R-APT-6). "
        + "{{placeholders}} are filled from the booking; codes become names and times are in the store's zone.")
@BuiltByName
public record NotificationTemplateView(
        @Schema(required = true, examples = "APPOINTMENT_REMINDER") String kind,
        @Schema(required = true, examples = "CUSTOMER", description = "CUSTOMER, WORKSHOP or PARTS") String audience,
        @Schema(required = true, examples = "zh-CN", description = "zh-CN or en") String language,
        @Schema(required = true, examples = "【{{store}}】预约到店提醒", description = "E-mail subject (and board headline).") String title,
        @Schema(required = true, examples = "{{customer}}您好，提醒您预约于{{arrival}}到店（{{plate}}）。请携带：{{documents}}。") String body,
        @Schema(required = true, examples = "[\"arrival\", \"documents\", \"plate\", \"store\"]", description = "The placeholders this kind may use.") List<String> placeholders,
        @Schema(required = true, description = "False while the store uses the shipped default text.") boolean customized,
        @Schema(nullable = true) Instant updatedAt,
        @Schema(nullable = true, examples = "manager") String updatedBy) {}
