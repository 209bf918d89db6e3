package com.fours.dms.shared.http;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {
    @EmbeddedId
    public Key id;

    @Column(name = "request_hash")
    public String requestHash;

    public Integer status;
    public String location;
    public String etag;
    public String body;

    @Column(name = "created_at")
    public Instant createdAt;

    @Embeddable
    public record Key(String principal, @Column(name = "idem_key") String idemKey) implements Serializable {}
}
