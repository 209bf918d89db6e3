package com.fours.dms.qualitycheck;

import com.fours.dms.qualitycheck.api.QualityCheckApi.ChecklistItem;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** R-QC-1 / R-QC-2: an inspector's signed final inspection of one round of a job; written once, never changed. */
@Entity
@Table(name = "qc_inspection")
public class QcInspection extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    @Column(name = "job_id")
    public UUID jobId;

    @Column(name = "repair_order_id")
    public UUID repairOrderId;

    public int round;

    @Column(name = "inspector_technician_id")
    public UUID inspectorId;

    @Column(name = "worked_by_technician_id")
    public UUID workedById;

    @Enumerated(EnumType.STRING)
    public InspectionResult result;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ChecklistItem> checklist;

    public String reason;

    @Column(name = "road_test_km_before")
    public Integer roadTestKmBefore;

    @Column(name = "road_test_km_after")
    public Integer roadTestKmAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "road_test_result")
    public RoadTestResult roadTestResult;

    @Column(name = "road_test_notes")
    public String roadTestNotes;

    @Column(name = "signature_png")
    public byte[] signaturePng;

    @Column(name = "signed_by")
    public String signedBy;

    @Column(name = "signed_at")
    public Instant signedAt;
}
