package com.fours.dms.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A dealer outlet. Every business record belongs to one (its code is in the caller's token). */
@Entity
@Table(name = "store")
public class Store extends PanacheEntityBase {
    @Id
    public String code;

    public String name;
    public String timezone;
    public String currency;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Booking grid (R-APT-3). */
    @Column(name = "slot_minutes")
    public int slotMinutes = 15;

    /** R-APT-7: minutes late before an appointment is a no-show. */
    @Column(name = "no_show_grace_minutes")
    public int noShowGraceMinutes = 30;

    /** R-APT-4: deposit share of high-value parts, in percent. */
    @Column(name = "deposit_share_percent")
    public int depositSharePercent = 50;

    /** R-APT-6: how long before arrival the reminder goes out (half a day to one day). */
    @Column(name = "reminder_lead_hours")
    public int reminderLeadHours = 24;

    /** R-APT-2 / R-PRE-2: same complaint within this many days is a repeat repair. */
    @Column(name = "repeat_repair_window_days")
    public int repeatRepairWindowDays = 30;

    /** R-APT-2: margin added to the work time for the tentative delivery time. */
    @Column(name = "delivery_margin_minutes")
    public int deliveryMarginMinutes = 30;

    @Version
    public long version;
}
