package com.fours.dms.store;

import com.fours.dms.shared.security.StoreDirectory;
import jakarta.enterprise.context.ApplicationScoped;

/** The store context tells shared/security's StoreAccess which stores exist. */
@ApplicationScoped
public class KnownStores implements StoreDirectory {
    @Override
    public boolean exists(String storeCode) {
        return storeCode != null && Store.findById(storeCode) != null;
    }
}
