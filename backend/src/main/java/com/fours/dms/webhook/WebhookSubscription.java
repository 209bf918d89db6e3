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

    /** Stops deliveries (by its owner or the manager, or by the dispatcher when it kept failing); events keep being queued. */
    void pause(String reason, Instant now) {
        if (status != Status.ACTIVE) {
            throw new IllegalStateException("only an active subscription can be paused");
        }
        status = Status.PAUSED;
        pausedReason = reason;
        updatedAt = now;
    }

    void resume(Instant now) {
        if (status != Status.PAUSED) {
            throw new IllegalStateException("only a paused subscription can be resumed");
        }
        status = Status.ACTIVE;
        pausedReason = null;
        updatedAt = now;
    }

    /** Deactivated for good: no more deliveries; the row and its log stay. */
    void deactivate(Instant now) {
        status = Status.DELETED;
        updatedAt = now;
    }

    void advanceTo(long sequence, Instant now) {
        if (sequence > lastSequence) {
            lastSequence = sequence;
            updatedAt = now;
        }
    }
}
