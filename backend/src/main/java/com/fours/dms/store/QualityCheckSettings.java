package com.fours.dms.store;

import java.math.BigDecimal;

/** R-QC-1: a store's scope of the final inspection and from how many sold hours a repair is major. */
public record QualityCheckSettings(FinalInspectionScope finalInspectionScope, BigDecimal majorRepairHours) {}
