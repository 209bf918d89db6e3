package com.fours.dms.reminder;

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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One maintenance reminder cycle of a vehicle (R-REM-1..3), counted from its last service (the unique
 * cycle key): the due date, the message and the call raised for it, and what the customer decided.
 */
@Entity
@Table(name = "reminder_cycle")
public class ReminderCycle extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    @Column(name = "vehicle_id")
    public UUID vehicleId;

    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "cycle_key")
    public String cycleKey;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "due_basis")
    public String dueBasis;

    @Enumerated(EnumType.STRING)
    public ReminderStatus status;

    @Column(name = "message_at")
    public Instant messageAt;

    @Column(name = "message_channel")
    public String messageChannel;

    @Column(name = "message_skipped")
    public String messageSkipped;

    @Column(name = "call_task_at")
    public Instant callTaskAt;

    @Column(name = "second_call_at")
    public Instant secondCallAt;

    @Column(name = "latest_mileage")
    public Integer latestMileage;

    @Column(name = "special_request")
    public String specialRequest;

    @Column(name = "appointment_id")
    public UUID appointmentId;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    public List<String> availableActions() {
        return status == ReminderStatus.OPEN || status == ReminderStatus.UNDECIDED ? List.of("record-call") : List.of();
    }

    /** R-REM-2: the call booked an appointment (dealer-initiated, R-APT-1). */
    public void booked(UUID appointment, String by, Instant now) {
        decide(ReminderStatus.BOOKED, by, now);
        appointmentId = appointment;
    }

    /** R-REM-3: undecided: one second call follows (the generator raises it once), early enough for the parts' lead time. */
    public void undecided(String by, Instant now) {
        decide(ReminderStatus.UNDECIDED, by, now);
    }

    /** R-REM-3: the customer said no: not called again this cycle. */
    public void declined(String by, Instant now) {
        decide(ReminderStatus.DECLINED, by, now);
    }

    /** R-REM-2: what the customer said on the call, kept with the cycle. */
    public void noted(Integer mileage, String request) {
        if (mileage != null) {
            latestMileage = mileage;
        }
        if (request != null) {
            specialRequest = request;
        }
    }

    /** R-REM-1: a new mileage reading moved the projected due date. */
    public void reprojected(LocalDate due, String basis) {
        dueDate = due;
        dueBasis = basis;
    }

    private void decide(ReminderStatus to, String by, Instant now) {
        if (!availableActions().contains("record-call")) {
            throw ProblemException.conflict("reminder-decided", "The reminder is already " + status + "; the customer decided this cycle");
        }
        status = to;
        decidedBy = by;
        decidedAt = now;
    }
}
