package com.fours.dms.appointment;

import com.fours.dms.shared.error.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** 预约 (R-APT-2): what the customer booked, for when, with whom, and where it stands. */
@Entity
@Table(name = "appointment")
public class Appointment extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "vehicle_id")
    public UUID vehicleId;

    @Column(name = "advisor_id")
    public UUID advisorId;

    @Enumerated(EnumType.STRING)
    public AppointmentStatus status;

    @Enumerated(EnumType.STRING)
    public Origin origin;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Column(name = "reminder_task_id")
    public UUID reminderTaskId;

    @Column(name = "arrival_at")
    public Instant arrivalAt;

    @Column(name = "duration_minutes")
    public int durationMinutes;

    @Column(name = "tentative_delivery_at")
    public Instant tentativeDeliveryAt;

    @Column(name = "bay_type")
    public String bayType;

    public Integer mileage;

    @Column(name = "last_service_date")
    public LocalDate lastServiceDate;

    @Column(name = "repeat_repair")
    public boolean repeatRepair;

    @Column(name = "requested_work")
    public String requestedWork;

    @Column(name = "price_indication")
    public BigDecimal priceIndication;

    /** Comma-separated document codes (R-APT-2). */
    @Column(name = "documents_to_bring")
    public String documentsToBring;

    @Column(name = "deposit_required")
    public BigDecimal depositRequired = BigDecimal.ZERO;

    @Column(name = "deposit_paid")
    public BigDecimal depositPaid;

    @Column(name = "deposit_method")
    public String depositMethod;

    @Column(name = "deposit_paid_at")
    public Instant depositPaidAt;

    @Column(name = "reminder_queued_at")
    public Instant reminderQueuedAt;

    @Column(name = "rescheduled_to")
    public UUID rescheduledTo;

    @Column(name = "repair_order_id")
    public UUID repairOrderId;

    @Column(name = "cancel_reason")
    public String cancelReason;

    /** R-APT-2: why this booking overlaps another active one of the same vehicle (an explicit override), or null. */
    @Column(name = "double_booking_reason")
    public String doubleBookingReason;

    /** The OIDC client that booked through the API (integrator scope); null = booked by staff. */
    @Column(name = "booked_by_client")
    public String bookedByClient;

    @ElementCollection
    @CollectionTable(name = "appointment_service", joinColumns = @JoinColumn(name = "appointment_id"))
    @OrderColumn(name = "position")
    @Column(name = "service_type_id")
    @BatchSize(size = 100)
    public List<UUID> serviceTypeIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "appointment_part", joinColumns = @JoinColumn(name = "appointment_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<AppointmentPart> parts = new ArrayList<>();

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Its place in the store's change feed, numbered by the database at commit (V240); never written here. */
    @Column(name = "change_seq", insertable = false, updatable = false)
    public Long changeSeq;

    @Version
    public long version;

    public List<String> documents() {
        return documentsToBring == null || documentsToBring.isBlank() ? List.of() : Arrays.asList(documentsToBring.split(","));
    }

    // Named transitions; each goes through the one guard below.

    public void confirm(Instant now) {
        move(AppointmentStatus.CONFIRMED, Set.of(AppointmentStatus.REQUESTED), "appointment-not-requested", now);
    }

    /** R-APT-4: the cashier records the deposit; the held parts may now be ordered. */
    public void recordDeposit(BigDecimal amount, String method, Instant now) {
        move(AppointmentStatus.CONFIRMED, Set.of(AppointmentStatus.DEPOSIT_REQUIRED), "R-APT-4", now);
        depositPaid = amount;
        depositMethod = method;
        depositPaidAt = now;
        parts.forEach(p -> p.orderStatus = "TO_ORDER");
    }

    /**
     * The customer is received: check-in started (at the desk, or the walk-around of the prepared
     * draft). From requested or confirmed; a booking still waiting for its deposit is refused
     * (R-APT-4): its parts are not ordered and it has no prepared draft until the cashier records it.
     */
    public void arrive(Instant now) {
        if (status == AppointmentStatus.DEPOSIT_REQUIRED) {
            throw ProblemException.rule("R-APT-4", "The deposit for the high-value parts is not recorded yet; the cashier records it, then check in");
        }
        move(AppointmentStatus.ARRIVED, Set.of(AppointmentStatus.REQUESTED, AppointmentStatus.CONFIRMED), "appointment-not-open", now);
    }

    /** R-APT-7: nobody received the customer by the end of the grace time. */
    public void noShow(Instant now) {
        move(AppointmentStatus.NO_SHOW, Set.of(AppointmentStatus.REQUESTED, AppointmentStatus.DEPOSIT_REQUIRED, AppointmentStatus.CONFIRMED),
                "appointment-not-open", now);
    }

    public void cancel(String reason, Instant now) {
        move(AppointmentStatus.CANCELLED, Set.of(AppointmentStatus.REQUESTED, AppointmentStatus.DEPOSIT_REQUIRED, AppointmentStatus.CONFIRMED),
                "appointment-closed", now);
        cancelReason = reason;
    }

    public void rescheduledTo(UUID next, Instant now) {
        move(AppointmentStatus.RESCHEDULED, Set.of(AppointmentStatus.REQUESTED, AppointmentStatus.DEPOSIT_REQUIRED, AppointmentStatus.CONFIRMED),
                "appointment-closed", now);
        rescheduledTo = next;
    }

    /** What the current state allows (the SPA offers these; the role check is the endpoint's). */
    public List<String> availableActions() {
        return switch (status) {
            case REQUESTED -> List.of("confirm", "check-in", "reschedule", "cancel");
            case DEPOSIT_REQUIRED -> List.of("record-deposit", "reschedule", "cancel");
            case CONFIRMED -> List.of("check-in", "reschedule", "cancel");
            case ARRIVED, NO_SHOW, CANCELLED, RESCHEDULED -> List.of();
        };
    }

    private void move(AppointmentStatus to, Set<AppointmentStatus> from, String code, Instant now) {
        if (!from.contains(status)) {
            throw new ProblemException(409, code, "Not allowed in this state",
                    "The appointment is " + status + "; it cannot become " + to + " (allowed from " + from + ")");
        }
        status = to;
        updatedAt = now;
    }
}
