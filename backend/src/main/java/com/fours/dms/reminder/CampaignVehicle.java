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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * R-REM-6: one VIN of a campaign (unique per campaign), linked to the store's vehicle when the archive has it.
 * OPEN until the campaign work is done on one of the car's repair orders; the desk's call records that the
 * customer was reached and the appointment booked.
 */
@Entity
@Table(name = "campaign_vehicle")
public class CampaignVehicle extends PanacheEntityBase {
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CampaignEntryStatus")
    public enum Status { OPEN, DONE }

    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    @Column(name = "campaign_id")
    public UUID campaignId;

    public String vin;

    @Column(name = "vehicle_id")
    public UUID vehicleId;

    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "import_id")
    public UUID importId;

    @Column(name = "line_number")
    public int lineNumber;

    @Column(name = "claimed_at")
    public Instant claimedAt;

    @Column(name = "message_channel")
    public String messageChannel;

    @Column(name = "message_skipped")
    public String messageSkipped;

    @Column(name = "reached_at")
    public Instant reachedAt;

    @Column(name = "appointment_id")
    public UUID appointmentId;

    @Column(name = "booked_at")
    public Instant bookedAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "done_order_id")
    public UUID doneOrderId;

    @Column(name = "done_by")
    public String doneBy;

    @Column(name = "done_at")
    public Instant doneAt;

    @Column(name = "done_note")
    public String doneNote;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    public List<String> availableActions() {
        List<String> a = new ArrayList<>();
        if (status == Status.OPEN) {
            if (vehicleId != null) {
                a.add("reached");
                a.add("booked");
            }
            a.add("done");
        }
        return a;
    }

    /** The desk reached the customer about the campaign. */
    void reached(Instant at) {
        require("reached");
        if (reachedAt == null) {
            reachedAt = at;
        }
    }

    /** The desk booked the car in for the campaign work (the appointment booked from the call). */
    void booked(UUID appointment, Instant at) {
        require("booked");
        reached(at);
        appointmentId = appointment;
        bookedAt = at;
    }

    /** The campaign work was done on this repair order of the car: the entry is closed and the car no longer flagged. */
    void done(UUID vehicle, UUID customer, UUID repairOrder, String note, String by, Instant at) {
        require("done");
        if (vehicleId == null) {
            vehicleId = vehicle;
            customerId = customer;
            // Linked by the order, in the shop: nobody is to be messaged or called about it any more.
            claimedAt = at;
        }
        status = Status.DONE;
        doneOrderId = repairOrder;
        doneNote = note;
        doneBy = by;
        doneAt = at;
    }

    private void require(String action) {
        if (!availableActions().contains(action)) {
            throw new ProblemException(409, "campaign-entry-" + (status == Status.DONE ? "done" : "not-on-archive"), "Campaign entry cannot change",
                    status == Status.DONE ? "The campaign work on " + vin + " is done already (order " + doneOrderId + ")"
                            : "VIN " + vin + " is not on this store's archive: nobody to call yet");
        }
    }
}
