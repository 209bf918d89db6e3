package com.fours.dms.workshop;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** 技师: one person, with the skills they can be booked for, their shift per weekday and their leave (store-local). */
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

    /** Usual hours (the shift of every weekday when no shifts are given). */
    @Column(name = "work_start")
    public LocalTime workStart;

    @Column(name = "work_end")
    public LocalTime workEnd;

    public boolean active;

    /** R-REP-1: the technician's login (preferred_username) in the identity provider, so they clock on as themselves; null when not linked. */
    public String username;

    /** R-REP-1: a foreman dispatches the store's jobs to bays and technicians. */
    public boolean foreman;

    @ElementCollection
    @CollectionTable(name = "technician_shift", joinColumns = @JoinColumn(name = "technician_id"))
    @OrderBy("dayOfWeek")
    @BatchSize(size = 100)
    public List<Shift> shifts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "technician_absence", joinColumns = @JoinColumn(name = "technician_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<Absence> absences = new ArrayList<>();

    @Version
    public long version;

    /** Works these hours on this weekday (1 = Monday … 7 = Sunday). */
    @Embeddable
    public static class Shift {
        @Column(name = "day_of_week")
        public int dayOfWeek;

        public LocalTime starts;

        public LocalTime ends;
    }

    /** Leave (whole days, inclusive). */
    @Embeddable
    public static class Absence {
        @Column(name = "from_date")
        public LocalDate fromDate;

        @Column(name = "to_date")
        public LocalDate toDate;

        public String reason;
    }

    /** Works the whole of [from, to) on that day (store-local): a shift that weekday covers it and the day is not leave (R-APT-3). */
    public boolean worksWhole(LocalDate day, LocalTime from, LocalTime to) {
        int weekday = day.getDayOfWeek().getValue();
        return from.isBefore(to)
                && shifts.stream().anyMatch(s -> s.dayOfWeek == weekday && !from.isBefore(s.starts) && !to.isAfter(s.ends))
                && absences.stream().noneMatch(a -> !day.isBefore(a.fromDate) && !day.isAfter(a.toDate));
    }

    public List<String> skillList() {
        return skills.isBlank() ? List.of() : Arrays.asList(skills.split(","));
    }
}
