package com.fours.dms.qualitycheck;

import com.fours.dms.qualitycheck.api.QualityCheckApi.ChecklistItem;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** R-QC-1 / R-REP-6: a technician's signed self-check of one round of a job; written once, never changed. */
@Entity
@Table(name = "qc_self_check")
public class QcSelfCheck extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    @Column(name = "job_id")
    public UUID jobId;

    @Column(name = "repair_order_id")
    public UUID repairOrderId;

    public int round;

    @Column(name = "technician_id")
    public UUID technicianId;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ChecklistItem> checklist;

    public String notes;

    @Column(name = "signature_png")
    public byte[] signaturePng;

    @Column(name = "signed_by")
    public String signedBy;

    @Column(name = "signed_at")
    public Instant signedAt;

    @Column(name = "inspection_required")
    public boolean inspectionRequired;

    @Column(name = "requirement_reason")
    public String requirementReason;
}
