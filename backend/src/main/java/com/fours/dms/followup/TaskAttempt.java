package com.fours.dms.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One contact attempt on a task: outcome, note, who and when. */
@Embeddable
public class TaskAttempt {
    @Enumerated(EnumType.STRING)
    public AttemptOutcome outcome;

    public String note;

    @Column(name = "call_back_at")
    public Instant callBackAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
