package com.fours.dms.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One named step in a complaint's life, kept for good (a reopened case still shows what happened before). */
@Embeddable
public class ComplaintTransition {
    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ComplaintStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public ComplaintStatus toStatus;

    public String note;

    public Instant deadline;

    public String owner;

    @Column(name = "by_user")
    public String byUser;

    public Instant at;
}
