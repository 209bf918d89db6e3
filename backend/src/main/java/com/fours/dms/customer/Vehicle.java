package com.fours.dms.customer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A vehicle on the store's archive; its service history follows it across owners (R-ARC-2, R-ARC-4). */
@Entity
@Table(name = "vehicle")
public class Vehicle extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    public Customer owner;

    public String vin;
    public String plate;

    /** The plate without its province character, kept by the database for prefix search. */
    @Column(name = "plate_tail", insertable = false, updatable = false)
    public String plateTail;
    public String brand;
    public String model;

    @Enumerated(EnumType.STRING)
    @Column(name = "vehicle_type")
    public VehicleType vehicleType;

    @Enumerated(EnumType.STRING)
    public Powertrain powertrain;

    public String color;

    @Column(name = "purchase_date")
    public LocalDate purchaseDate;

    @Column(name = "sold_here")
    public boolean soldHere;

    /** R-REM-6: the insurance policy's expiry and the insurer, for the renewal reminder. */
    @Column(name = "insurance_expires_on")
    public LocalDate insuranceExpiresOn;

    public String insurer;

    /** R-REM-6: when the next annual inspection (年审) falls due. */
    @Column(name = "inspection_due_on")
    public LocalDate inspectionDueOn;

    @Column(name = "maintenance_interval_km")
    public Integer maintenanceIntervalKm;

    @Column(name = "maintenance_interval_months")
    public Integer maintenanceIntervalMonths;

    @Column(name = "last_service_date")
    public LocalDate lastServiceDate;

    @Column(name = "last_service_mileage")
    public Integer lastServiceMileage;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /**
     * Next maintenance due as far as the archive knows it: the date interval from the last service
     * (or the purchase), and the mileage interval from the last recorded mileage. R-REM-1's
     * daily-mileage estimate refines the date once visits record odometer readings.
     */
    public LocalDate nextServiceDate() {
        LocalDate base = lastServiceDate != null ? lastServiceDate : purchaseDate;
        return base == null || maintenanceIntervalMonths == null ? null : base.plusMonths(maintenanceIntervalMonths);
    }

    public Integer nextServiceMileage() {
        return lastServiceMileage == null || maintenanceIntervalKm == null ? null : lastServiceMileage + maintenanceIntervalKm;
    }
}
