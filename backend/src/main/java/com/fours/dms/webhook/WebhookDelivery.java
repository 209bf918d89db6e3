package com.fours.dms.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One event for one subscription (issue 12): the signed body is fixed when the event is queued;
 * PENDING until the receiver answers 2xx (DELIVERED), or FAILED when its retry window ran out. A
 * PENDING or FAILED delivery blocks the later deliveries of the same subject.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {
    public enum Status { PENDING, DELIVERED, FAILED }

    @Id
    public UUID id;

    @Column(name = "subscription_id")
    public UUID subscriptionId;

    @Column(name = "store_code")
    public String storeCode;

    @Column(name = "event_id")
    public UUID eventId;

    public long sequence;

    @Column(name = "event_type")
    public String eventType;

    @Column(name = "subject_id")
    public UUID subjectId;

    public String body;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;

    @Column(name = "window_started_at")
    public Instant windowStartedAt;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "claim_token")
    public UUID claimToken;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error")
    public String lastError;

    /** Its last change the log shows (queued, attempted, delivered, gave up, replayed): what updatedSince filters on. */
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Its place in the store's change feed, numbered by the database at commit (V291); never written here. */
    @Column(name = "change_seq", insertable = false, updatable = false)
    public Long changeSeq;

    @Version
    public long version;

    boolean claimedBy(UUID token) {
        return token.equals(claimToken);
    }

    void delivered(int statusCode, Instant now) {
        attempts++;
        status = Status.DELIVERED;
        deliveredAt = now;
        lastStatusCode = statusCode;
        lastError = null;
        claimedUntil = null;
        claimToken = null;
        updatedAt = now;
    }

    void retryAt(Integer statusCode, String error, Instant next, Instant now) {
        attempts++;
        updatedAt = now;
        lastStatusCode = statusCode;
        lastError = error;
        nextAttemptAt = next;
        claimedUntil = null;
        claimToken = null;
    }

    /** The retry window ran out: it stays in the log, blocks its subject, and can be replayed. */
    void gaveUp(Integer statusCode, String error, Instant now) {
        attempts++;
        updatedAt = now;
        status = Status.FAILED;
        lastStatusCode = statusCode;
        lastError = error;
        claimedUntil = null;
        claimToken = null;
    }

    /** Sent again from now, with a fresh retry window (replay, or the subscription resumed). */
    void replay(Instant now) {
        status = Status.PENDING;
        updatedAt = now;
        windowStartedAt = now;
        nextAttemptAt = now;
        deliveredAt = null;
        claimedUntil = null;
        claimToken = null;
    }
}
