package com.fours.dms.repairorder;

/** R-CHK-4: SYSTEM (by vehicle system, default), SYMPTOM (adds the store's risk margin), ITEM (labour done; quality not guaranteed). */
public enum PricingMode {
    SYSTEM, SYMPTOM, ITEM
}
