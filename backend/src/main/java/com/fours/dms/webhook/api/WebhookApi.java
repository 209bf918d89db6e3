package com.fours.dms.webhook.api;

import com.fours.dms.shared.persistence.ChangeFeed;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API types of webhook subscriptions and their delivery log (issue 12). */
public final class WebhookApi {
    private WebhookApi() {}

    @Schema(name = "WebhookSubscriptionRequest", description = "A new subscription of the calling integrator client to some event types of the store.")
    public record CreateRequest(
            @Schema(required = true, examples = "https://crm.example.com/dms/webhooks", description = "Where the events are POSTed; https.") String url,
            @Schema(required = true, examples = "[\"RepairOrderSigned\", \"RepairOrderHandedOver\"]", description = "Event types (see the `webhooks` of this contract).") List<String> eventTypes,
            @Schema(nullable = true, examples = "CRM sync", maxLength = 300) String description) {}

    @Schema(name = "WebhookSubscription", description = "A subscription: while ACTIVE, each new event of its types is POSTed to its URL, signed with its secret "
            + "(Standard Webhooks); PAUSED queues events without sending them (paused by its owner or the service manager, or because it kept failing); "
            + "DELETED sends nothing more.")
    public record View(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "BJ01") String store,
            @Schema(required = true, examples = "crm-connector", description = "The integrator client that owns it.") String clientId,
            @Schema(required = true) String url,
            @Schema(nullable = true) String description,
            @Schema(required = true) List<String> eventTypes,
            @Schema(required = true, enumeration = {"ACTIVE", "PAUSED", "DELETED"}) String status,
            @Schema(nullable = true, description = "Why it is paused.") String pausedReason,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(nullable = true, description = "When it was paused (null unless PAUSED).") Instant pausedAt,
            @Schema(nullable = true, examples = "system:webhooks", description = "Who paused it: its client's account, the service manager, "
                    + "or system:webhooks when it kept failing (null unless PAUSED).") String pausedBy,
            @Schema(required = true, description = "Paused because its deliveries kept failing for the whole retry window (24 h): fix the receiver, then resume.") boolean pausedForFailing,
            @Schema(nullable = true, description = "The first of the attempts that have failed in a row; null once one succeeds.") Instant failingSince,
            @Schema(required = true, examples = "0", description = "Attempts to its URL that failed in a row (reset by the next success).") int consecutiveFailures) {}

    @Schema(name = "WebhookSubscriptionCreated", description = "The new subscription with its signing secret, which is shown only here: keep it.")
    public record Created(
            @Schema(required = true) View subscription,
            @Schema(required = true, examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", description = "whsec_ + base64 of the HMAC-SHA256 key.") String secret) {}

    @Schema(name = "WebhookSubscriptionPage", description = "A page of subscriptions, oldest first (or, with updatedSince, in the order their changes committed); pass nextCursor back as cursor.")
    public record Page(@Schema(required = true) List<View> items, @Schema(nullable = true) String nextCursor,
            @Schema(nullable = true, description = ChangeFeed.SYNC_CURSOR) String syncCursor) {}

    @Schema(name = "WebhookAttempt", description = "One POST of a delivery.")
    public record Attempt(
            @Schema(required = true) Instant attemptedAt,
            @Schema(nullable = true, examples = "500", description = "The receiver's HTTP status; null when it could not be reached.") Integer statusCode,
            @Schema(required = true, examples = "42") long durationMs,
            @Schema(nullable = true, examples = "HTTP 500") String error) {}

    @Schema(name = "WebhookDelivery", description = "One event for the subscription: PENDING (being sent or waiting for its next attempt, or waiting "
            + "for an earlier event of the same subject), DELIVERED (the receiver answered 2xx) or FAILED (retried for the whole window; replay it).")
    public record Delivery(
            @Schema(required = true) UUID id,
            @Schema(required = true, description = "The event's id, also the webhook-id header.") UUID eventId,
            @Schema(required = true, examples = "RepairOrderSigned") String eventType,
            @Schema(required = true) long sequence,
            @Schema(required = true) UUID subjectId,
            @Schema(required = true, enumeration = {"PENDING", "DELIVERED", "FAILED"}) String status,
            @Schema(required = true) int attempts,
            @Schema(nullable = true) Instant nextAttemptAt,
            @Schema(nullable = true) Instant deliveredAt,
            @Schema(nullable = true) Integer lastStatusCode,
            @Schema(nullable = true) String lastError,
            @Schema(required = true) List<Attempt> log,
            @Schema(required = true, description = "Its last change (queued, attempted, delivered, gave up, replayed); what updatedSince compares with.") Instant updatedAt) {}

    @Schema(name = "WebhookDeliveryPage", description = "A page of a subscription's deliveries, oldest first (or, with updatedSince, in the order their changes committed); pass nextCursor back as cursor.")
    public record DeliveryPage(@Schema(required = true) List<Delivery> items, @Schema(nullable = true) String nextCursor,
            @Schema(nullable = true, description = ChangeFeed.SYNC_CURSOR) String syncCursor) {}
}
