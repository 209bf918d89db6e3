package com.fours.dms.notification.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NotificationTemplateRequest", description = "A store's new text for one message kind, audience and language; only the kind's placeholders are allowed.")
public record NotificationTemplateRequest(
        @Schema(required = true, examples = "【{{store}}】预约提醒") @NotBlank @Size(max = 200) String title,
        @Schema(required = true, examples = "{{customer}}您好，您预约{{arrival}}到店（{{plate}}），请携带：{{documents}}。") @NotBlank @Size(max = 2000) String body) {}
