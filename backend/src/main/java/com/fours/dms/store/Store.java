package com.fours.dms.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A dealer outlet. Every business record belongs to one (its code is in the caller's token). */
@Entity
@Table(name = "store")
public class Store extends PanacheEntityBase {
    @Id
    public String code;

    public String name;
    public String timezone;
    public String currency;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
