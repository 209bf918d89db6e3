package com.fours.dms.dispatch;

/** Time a technician is at work but on no job: cleaning the bay, training, waiting for work, a meeting, other (with a note). */
public enum NonProductiveCode { CLEANING, TRAINING, WAITING, MEETING, OTHER }
