package com.fours.dms.dispatch;

import java.util.UUID;

/** CDI event, fired inside the transaction when a technician's clock changes (a punch starts or ends). */
public record TechnicianClocked(String storeCode, UUID technicianId, UUID punchId, UUID jobId, NonProductiveCode code, String action) {}
