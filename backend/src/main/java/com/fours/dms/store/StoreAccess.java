package com.fours.dms.store;

import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Store isolation: a caller reaches a store only if its code is in their token and the store
 * exists. Anything else is 404, so another store's records are not even confirmed to exist.
 */
@ApplicationScoped
public class StoreAccess {
    /** Stores are opened, never removed, so once seen a code stays valid: no query per request. */
    private final java.util.Set<String> known = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Inject
    CurrentUser user;

    public String require(String storeCode) {
        if (!user.canSeeStore(storeCode) || !exists(storeCode)) {
            throw ProblemException.notFound("Store", storeCode);
        }
        return storeCode;
    }

    private boolean exists(String storeCode) {
        if (known.contains(storeCode)) {
            return true;
        }
        if (Store.findById(storeCode) != null) {
            known.add(storeCode);
            return true;
        }
        return false;
    }
}
