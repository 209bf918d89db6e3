package com.fours.dms.followup;

/** The outcome of one contact attempt and what it does to the task. */
public enum AttemptOutcome {
    /** Nobody answered; the task stays on the desk. */
    NO_ANSWER,
    /** The customer asked to be called at a given time: the task is not due before then. */
    CALL_BACK_AT,
    /** Spoke to the customer; more to do (e.g. waiting for their decision). */
    REACHED,
    /** The number is wrong; the task stays until someone finds the right one. */
    WRONG_NUMBER,
    /** The customer does not want to be called: the task is cancelled. */
    DO_NOT_CALL,
    /** The task's purpose is achieved: the task is done. */
    DONE
}
