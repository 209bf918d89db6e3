package com.fours.dms.shared.audit.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEntry", description = "Who changed what, when, in which role.")
public record AuditEntryView(
        @Schema(required = true) UUID id,
        @Schema(required = true) Instant occurredAt,
        @Schema(required = true, examples = "advisor") String actor,
        @Schema(required = true, examples = "[\"advisor\"]") List<String> actorRoles,
        @Schema(required = true, examples = "vehicle") String entityType,
        @Schema(required = true) String entityId,
        @Schema(required = true, examples = "updated") String action,
        @Schema(required = true, description = "Changed fields: {field: {from, to}}; for actions, the action's details.") Map<String, Object> changes) {}
