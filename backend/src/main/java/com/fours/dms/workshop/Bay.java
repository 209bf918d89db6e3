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

/** 工位. */
@Entity
@Table(name = "bay")
public class Bay extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    public String code;
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "bay_type")
    public BayType bayType;

    public boolean active;

    @Version
    public long version;
}
