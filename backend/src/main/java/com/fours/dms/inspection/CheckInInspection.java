package com.fours.dms.inspection;

import com.fours.dms.inspection.api.InspectionApi;
import com.fours.dms.shared.error.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a repair order's walk-around inspection (R-CHK-1, R-CHK-2). Once the customer
 * signs it is frozen: {@link #requireEditable()} refuses every change, and a correction is a new
 * version ({@link #correction}) that keeps the signed one as history.
 */
@Entity
@Table(name = "check_in_inspection")
public class CheckInInspection extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    @Column(name = "repair_order_id")
    public UUID repairOrderId;

    @Column(name = "version_number")
    public int versionNumber;

    public UUID supersedes;

    @Column(name = "is_current")
    public boolean isCurrent;

    @Column(name = "odometer_km")
    public Integer odometerKm;

    @Column(name = "previous_odometer_km")
    public Integer previousOdometerKm;

    @Column(name = "odometer_lower_confirmed")
    public boolean odometerLowerConfirmed;

    @Enumerated(EnumType.STRING)
    @Column(name = "fuel_level")
    public FuelLevel fuelLevel;

    @Column(name = "fuel_percent")
    public Integer fuelPercent;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "warning_lights")
    public List<String> warningLights = new ArrayList<>();

    @Column(name = "protective_covers_fitted")
    public boolean protectiveCoversFitted;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> belongings = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<InspectionApi.Document> documents = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "damage_marks")
    public List<InspectionApi.DamageMark> damageMarks = new ArrayList<>();

    @Column(name = "key_tag")
    public String keyTag;

    @Column(name = "key_slot")
    public String keySlot;

    @Column(name = "signer_name")
    public String signerName;

    @Column(name = "signed_at")
    public Instant signedAt;

    @Column(name = "signature_png")
    public byte[] signaturePng;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public boolean signed() {
        return signedAt != null;
    }

    /** The one guard: a signed version (or a superseded one) is never changed in place. */
    public void requireEditable() {
        if (signed() || !isCurrent) {
            throw ProblemException.rule("R-CHK-2", "This inspection version is signed (or superseded); signed inspections are corrected by a new version");
        }
    }

    public void sign(String signer, byte[] png, Instant now) {
        requireEditable();
        signerName = signer;
        signaturePng = png;
        signedAt = now;
        updatedAt = now;
    }

    /** A new, unsigned version with the same content; this one stays as history. */
    public CheckInInspection correction(UUID newId, Instant now) {
        if (!isCurrent) {
            throw ProblemException.rule("R-CHK-2", "Only the current inspection version can be corrected");
        }
        if (!signed()) {
            throw ProblemException.rule("R-CHK-2", "The inspection is not signed yet; change it directly");
        }
        CheckInInspection c = new CheckInInspection();
        c.id = newId;
        c.storeCode = storeCode;
        c.repairOrderId = repairOrderId;
        c.versionNumber = versionNumber + 1;
        c.supersedes = id;
        c.isCurrent = true;
        c.odometerKm = odometerKm;
        c.previousOdometerKm = previousOdometerKm;
        c.odometerLowerConfirmed = odometerLowerConfirmed;
        c.fuelLevel = fuelLevel;
        c.fuelPercent = fuelPercent;
        c.warningLights = new ArrayList<>(warningLights);
        c.protectiveCoversFitted = protectiveCoversFitted;
        c.belongings = new ArrayList<>(belongings);
        c.documents = new ArrayList<>(documents);
        c.damageMarks = new ArrayList<>(damageMarks);
        c.keyTag = keyTag;
        c.keySlot = keySlot;
        c.createdAt = now;
        c.updatedAt = now;
        isCurrent = false;
        return c;
    }
}
