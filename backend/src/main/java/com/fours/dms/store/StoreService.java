package com.fours.dms.store;

import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.store.api.CreateStoreRequest;
import com.fours.dms.store.api.StoreView;
import com.fours.dms.store.api.UpdateStoreRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

@ApplicationScoped
public class StoreService {
    @Inject
    StoreAccess access;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The stores in the caller's token that exist, in token order. */
    public List<StoreView> visibleStores() {
        List<String> codes = List.copyOf(user.stores());
        if (codes.isEmpty()) {
            return List.of();
        }
        List<Store> stores = Store.list("code in ?1", codes);
        return codes.stream().flatMap(c -> stores.stream().filter(s -> s.code.equals(c))).map(StoreView::of).toList();
    }

    public StoreView get(String code) {
        access.require(code);
        return StoreView.of(Store.findById(code));
    }

    /** A service manager opens a store that their token already names (the identity provider grants store access). */
    @Transactional
    public StoreView create(CreateStoreRequest req) {
        if (!user.canSeeStore(req.code())) {
            throw new ProblemException(403, "store-not-in-token", "Forbidden",
                    "You can only open a store that your account is granted (" + String.join(", ", user.stores()) + ")");
        }
        if (Store.findById(req.code()) != null) {
            throw ProblemException.conflict("store-exists", "Store " + req.code() + " already exists");
        }
        Store s = new Store();
        s.code = req.code();
        s.name = req.name().strip();
        s.timezone = zone(req.timezone());
        s.currency = req.currency() == null ? "CNY" : req.currency();
        s.createdAt = clock.instant();
        s.updatedAt = s.createdAt;
        s.persistAndFlush();
        StoreView view = StoreView.of(s);
        audit.created(s.code, "store", s.code, view);
        return view;
    }

    @Transactional
    public StoreView update(String code, long expectedVersion, UpdateStoreRequest req) {
        access.require(code);
        Store s = Store.findById(code);
        ETags.check(expectedVersion, s.version);
        StoreView before = StoreView.of(s);
        s.name = req.name().strip();
        s.timezone = zone(req.timezone());
        s.currency = req.currency() == null ? s.currency : req.currency();
        s.updatedAt = clock.instant();
        Store.getEntityManager().flush();
        StoreView after = StoreView.of(s);
        audit.changed(code, "store", code, "updated", before, after);
        return after;
    }

    private static String zone(String tz) {
        if (tz == null || tz.isBlank()) {
            return "Asia/Shanghai";
        }
        try {
            return ZoneId.of(tz).getId();
        } catch (DateTimeException e) {
            throw ProblemException.validation(List.of(new Violation("timezone", "is not a known time zone (e.g. Asia/Shanghai)")));
        }
    }
}
