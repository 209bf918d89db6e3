package com.fours.dms.followup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Something a person must do: rebook a no-show (R-APT-7), tell a customer a part is not ready (R-PRE-4) … */
@Entity
@Table(name = "staff_task")
public class StaffTask extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    public String kind;

    @Column(name = "assignee_role")
    public String assigneeRole;

    @Column(name = "appointment_id")
    public UUID appointmentId;

    @Column(name = "customer_id")
    public UUID customerId;

    public String title;
    public String status;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "done_at")
    public Instant doneAt;

    @Column(name = "done_by")
    public String doneBy;

    @Version
    public long version;
}
