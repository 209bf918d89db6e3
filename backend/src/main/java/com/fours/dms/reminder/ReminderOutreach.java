package com.fours.dms.reminder;

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
 * One outreach of a vehicle (issue 11: first service R-REM-4, retention and lost R-REM-5, insurance renewal and
 * annual inspection R-REM-6), raised once per what it counts from (the unique cycle key). A retention or lost
 * call is closed with its outcome: RETAINED, or LOST with a reason from {@link LostReason}.
 */
@Entity
@Table(name = "reminder_outreach")
public class ReminderOutreach extends PanacheEntityBase {
    public enum Status { OPEN, RETAINED, LOST }

    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    @Enumerated(EnumType.STRING)
    public OutreachKind kind;

    @Column(name = "vehicle_id")
    public UUID vehicleId;

    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "cycle_key")
    public String cycleKey;

    /** The sale (first service), the last visit (retention, lost), the expiry (insurance) or the due date (inspection). */
    @Column(name = "reference_date")
    public LocalDate referenceDate;

    @Column(name = "claimed_at")
    public Instant claimedAt;

    @Column(name = "message_channel")
    public String messageChannel;

    @Column(name = "message_skipped")
    public String messageSkipped;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "lost_reason")
    public LostReason lostReason;

    @Column(name = "outcome_note")
    public String outcomeNote;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    public List<String> availableActions() {
        return status == Status.OPEN && kind.closesWithOutcome() ? List.of("close") : List.of();
    }

    /** R-REM-5: the customer stays (came back, booked, will come). */
    void retained(String note, String by, Instant at) {
        close(Status.RETAINED, null, note, by, at);
    }

    /** R-REM-5: the customer is lost, for this reason. */
    void lost(LostReason reason, String note, String by, Instant at) {
        close(Status.LOST, reason, note, by, at);
    }

    private void close(Status to, LostReason reason, String note, String by, Instant at) {
        if (!availableActions().contains("close")) {
            throw new com.fours.dms.shared.error.ProblemException(409, "outreach-closed", "Outreach cannot be closed",
                    "This " + kind + " outreach is " + status + (kind.closesWithOutcome() ? "" : "; only retention and lost calls are closed with an outcome"));
        }
        status = to;
        lostReason = reason;
        outcomeNote = note;
        closedBy = by;
        closedAt = at;
    }
}
