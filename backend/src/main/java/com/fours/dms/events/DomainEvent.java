package com.fours.dms.events;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One fact of the service process in a store's feed (issue 9): written in the transaction of the
 * change it reports ({@link EventOutbox}) and never changed after; {@code sequence} is given at
 * commit by the database (V100), in the store's commit order, and is null until then.
 */
@Entity
@Table(name = "domain_event")
public class DomainEvent extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    public String type;

    @Column(name = "subject_type")
    public String subjectType;

    @Column(name = "subject_id")
    public UUID subjectId;

    @Column(name = "repair_order_id")
    public UUID repairOrderId;

    @JdbcTypeCode(SqlTypes.JSON)
    public String payload;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    /** Numbered by the database at commit; Hibernate never writes it. */
    @Column(insertable = false, updatable = false)
    public Long sequence;
}
