package com.fours.dms.dispatch;

/** Why a job stopped: parts not there, a supplementary item waiting for the customer's approval (R-REP-3), or something else (with a note). */
public enum PauseReason { WAITING_PARTS, WAITING_APPROVAL, OTHER }
