package com.fours.dms.inspection;

import java.time.Instant;
import java.util.UUID;

/** CDI event, fired inside the transaction when the customer signs a version of the check-in inspection (R-CHK-1); carried to integrators (issue 12). */
public record InspectionSigned(String storeCode, UUID repairOrderId, UUID inspectionId, int versionNumber, String signerName, Instant signedAt) {}
