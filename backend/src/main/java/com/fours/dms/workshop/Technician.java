package com.fours.dms.workshop;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** 技师, with the skills they can be booked for and their working hours (store-local). */
@Entity
@Table(name = "technician")
public class Technician extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    public String name;

    /** Comma-separated skill codes. */
    public String skills;

    @Column(name = "work_start")
    public LocalTime workStart;

    @Column(name = "work_end")
    public LocalTime workEnd;

    public boolean active;

    @Version
    public long version;

    public List<String> skillList() {
        return skills.isBlank() ? List.of() : Arrays.asList(skills.split(","));
    }

    public boolean works(LocalTime from, LocalTime to) {
        return !from.isBefore(workStart) && !to.isAfter(workEnd);
    }
}
