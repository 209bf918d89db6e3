package com.fours.dms.qualitycheck;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** R-REP-5: what happened to one replaced part's old part (recorded again when it changes, audited). */
@Entity
@Table(name = "qc_old_part")
public class QcOldPart extends PanacheEntityBase {
    @Embeddable
    public record Key(@Column(name = "repair_order_id") UUID repairOrderId, @Column(name = "line_id") UUID lineId) implements Serializable {}

    @EmbeddedId
    public Key key;

    @Column(name = "store_code")
    public String storeCode;

    @Enumerated(EnumType.STRING)
    public OldPartDisposition disposition;

    public String location;

    public String note;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
