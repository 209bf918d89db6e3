package com.fours.dms.followup;

/** How urgent the task is; the desk shows URGENT/HIGH first within a due window. */
public enum TaskPriority {
    LOW, NORMAL, HIGH, URGENT
}
