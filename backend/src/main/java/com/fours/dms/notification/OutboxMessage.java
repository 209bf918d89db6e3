package com.fours.dms.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An outbox row's delivery state and its named transitions. Claiming is one SQL statement
 * ({@link OutboxDispatcher#claim}) because it must skip rows other instances hold; every status change
 * goes through {@link #sent}, {@link #retryAt}, {@link #failed}, {@link #heldUntil} or {@link #withdrawn}.
 */
@Entity
@Table(name = "notification")
public class OutboxMessage extends PanacheEntityBase {
    /** CANCELLED: withdrawn before it was sent because what it was about went away (e.g. the appointment was cancelled). */
    public enum Status { PENDING, HELD, SENT, FAILED, CANCELLED }

    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    public String status;

    @Column(name = "subject_type")
    public String subjectType;

    @Column(name = "subject_id")
    public UUID subjectId;
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "claim_token")
    public UUID claimToken;

    public String provider;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** The lease is still this claimer's: a claim that expired and was taken over must not mark the row. */
    boolean claimedBy(UUID token) {
        return token.equals(claimToken);
    }

    void sent(String provider, Instant at) {
        status = Status.SENT.name();
        attempts++;
        this.provider = provider;
        sentAt = at;
        lastError = null;
        nextAttemptAt = at;
        release();
    }

    void retryAt(String error, Instant next) {
        status = Status.PENDING.name();
        attempts++;
        lastError = truncate(error);
        nextAttemptAt = next;
        release();
    }

    void failed(String error) {
        status = Status.FAILED.name();
        attempts++;
        lastError = truncate(error);
        release();
    }

    /** Not sent any more: what it was about is gone. Only for rows nobody is delivering right now. */
    void withdrawn(String reason) {
        status = Status.CANCELLED.name();
        lastError = truncate(reason);
        release();
    }

    void heldUntil(Instant until) {
        status = Status.HELD.name();
        nextAttemptAt = until;
        release();
    }

    private void release() {
        claimedUntil = null;
        claimToken = null;
    }

    private static String truncate(String error) {
        String e = error == null ? "unknown error" : error;
        return e.length() > 1000 ? e.substring(0, 1000) : e;
    }
}
