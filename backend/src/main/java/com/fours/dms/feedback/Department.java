package com.fours.dms.feedback;

/** R-FUP-2 / R-RPT-1: the departments survey answers and complaints are attributed to. */
public enum Department { RECEPTION, WORKSHOP, CASHIER, PARTS, SERVICE }
