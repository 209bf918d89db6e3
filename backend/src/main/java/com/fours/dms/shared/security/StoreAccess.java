package com.fours.dms.shared.security;

import com.fours.dms.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Store isolation, in one place: a caller reaches a store only if its code is in their token
 * (claim {@code stores}) and the store exists, and reaches a record only through the store it
 * belongs to. Anything else is a 404, so another store's records are not even confirmed to exist.
 * Every service that takes a store code from the URL calls {@link #require} (or {@link #owned} for
 * a record read by id) before it reads or writes; system jobs (no caller) don't come through here.
 */
@ApplicationScoped
public class StoreAccess {
    /** Stores are opened, never removed, so once seen a code stays valid: no query per request. */
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    @Inject
    CurrentUser user;

    @Inject
    StoreDirectory directory;

    /** The caller may work in this store; else 404 Store. */
    public String require(String storeCode) {
        if (!user.canSeeStore(storeCode) || !exists(storeCode)) {
            throw ProblemException.notFound("Store", storeCode);
        }
        return storeCode;
    }

    /**
     * The record the caller asked for by id, if the caller may work in {@code storeCode} and the
     * record belongs to that store; else 404 naming {@code what} (a record of another store is
     * answered exactly like a record that does not exist).
     */
    public <T> T owned(String storeCode, T record, Function<T, String> storeOf, String what, Object id) {
        require(storeCode);
        if (record == null || !storeCode.equals(storeOf.apply(record))) {
            throw ProblemException.notFound(what, id);
        }
        return record;
    }

    private boolean exists(String storeCode) {
        if (known.contains(storeCode)) {
            return true;
        }
        if (directory.exists(storeCode)) {
            known.add(storeCode);
            return true;
        }
        return false;
    }
}
