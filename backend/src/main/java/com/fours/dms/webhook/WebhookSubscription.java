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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An integrator client's subscription to some event types of one store (issue 12). Its cursor
 * ({@code lastSequence}) says which of the store's events were already copied into deliveries; it
 * is paused, resumed and deactivated only through its named transitions, never deleted.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {
    public enum Status { ACTIVE, PAUSED, DELETED }

    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    @Column(name = "client_id")
    public String clientId;

    public String url;

    public String description;

    @Column(name = "event_types")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] eventTypes;

    /** whsec_ + base64 of the key; needed in clear to sign, shown to the integrator once. */
    public String secret;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "paused_reason")
    public String pausedReason;

    @Column(name = "paused_at")
    public Instant pausedAt;

    /** Who paused it: its client, the manager's user name, or {@code system:webhooks} when it kept failing. */
    @Column(name = "paused_by")
    public String pausedBy;

    @Column(name = "paused_for_failing")
    public boolean pausedForFailing;

    /** The first of the attempts that failed in a row; null once one succeeds. */
    @Column(name = "failing_since")
    public Instant failingSince;

    @Column(name = "consecutive_failures")
    public int consecutiveFailures;

    @Column(name = "last_sequence")
    public long lastSequence;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** Its place in the store's change feed, numbered by the database at commit (V291); never written here. */
    @Column(name = "change_seq", insertable = false, updatable = false)
    public Long changeSeq;

    /** Stops deliveries (by its owner or the manager, or by the dispatcher when it kept failing); events keep being queued. */
    void pause(String reason, String by, boolean forFailing, Instant now) {
        if (status != Status.ACTIVE) {
            throw new IllegalStateException("only an active subscription can be paused");
        }
        status = Status.PAUSED;
        pausedReason = reason;
        pausedBy = by;
        pausedForFailing = forFailing;
        pausedAt = now;
        updatedAt = now;
    }

    /** Active again; the failure count stays until an attempt succeeds (the receiver may still be down). */
    void resume(Instant now) {
        if (status != Status.PAUSED) {
            throw new IllegalStateException("only a paused subscription can be resumed");
        }
        status = Status.ACTIVE;
        pausedReason = null;
        pausedBy = null;
        pausedForFailing = false;
        pausedAt = null;
        updatedAt = now;
    }

    /** An attempt to its URL failed: one more in a row (a change its owner sees, so updatedAt moves). */
    void attemptFailed(Instant now) {
        if (failingSince == null) {
            failingSince = now;
        }
        consecutiveFailures++;
        updatedAt = now;
    }

    /** An attempt succeeded: its receiver is well again. */
    void attemptSucceeded(Instant now) {
        if (consecutiveFailures > 0 || failingSince != null) {
            consecutiveFailures = 0;
            failingSince = null;
            updatedAt = now;
        }
    }

    /** Deactivated for good: no more deliveries; the row and its log stay. */
    void deactivate(Instant now) {
        status = Status.DELETED;
        updatedAt = now;
    }

    /** Bookkeeping, not a change a client sees: updatedAt stays, and the row keeps its place in the change feed (V291). */
    void advanceTo(long sequence) {
        if (sequence > lastSequence) {
            lastSequence = sequence;
        }
    }
}
