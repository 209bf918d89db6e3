package com.fours.dms.workshop;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A bookable kind of work (scheduled maintenance, first service, diagnosis …) with its default duration, bay type and skill. */
@Entity
@Table(name = "service_type")
public class ServiceType extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    public String code;
    public String name;

    @Column(name = "duration_minutes")
    public int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "bay_type")
    public BayType bayType;

    public String skill;

    public boolean active;

    @Version
    public long version;
}
