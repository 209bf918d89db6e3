package com.fours.dms.shared.security;

/** Which stores exist; the store context answers it (shared knows no bounded context). */
public interface StoreDirectory {
    boolean exists(String storeCode);
}
