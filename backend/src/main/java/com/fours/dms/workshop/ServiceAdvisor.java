package com.fours.dms.workshop;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** 服务顾问: receives customers; R-APT-3 limits how many arrivals they take per slot. */
@Entity
@Table(name = "service_advisor")
public class ServiceAdvisor extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    /** The advisor's login (preferred_username) in the identity provider. */
    public String username;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "reception_capacity")
    public int receptionCapacity;

    public boolean active;

    @Version
    public long version;
}
