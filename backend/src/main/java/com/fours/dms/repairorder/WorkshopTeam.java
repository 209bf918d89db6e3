package com.fours.dms.repairorder;

/** R-CHK-10: the workshop team a job goes to; an order with jobs for more than one team is dispatched by the foreman. */
public enum WorkshopTeam {
    MECHANICAL, ELECTRICAL, BODY, PAINT
}
