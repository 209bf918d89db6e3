package com.fours.dms.repairorder;

import com.fours.dms.shared.security.StoreAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The walk-in customers of a period, for other contexts' screens (the R-APT-8 welcome board). */
@ApplicationScoped
public class WalkIns {
    /** Orders that left the shop (or never entered it) are no longer at reception. */
    static final Set<RepairOrderStatus> GONE = EnumSet.of(RepairOrderStatus.DECLINED, RepairOrderStatus.CANCELLED,
            RepairOrderStatus.SETTLED, RepairOrderStatus.CLOSED);

    @Inject
    StoreAccess access;

    public record WalkIn(UUID repairOrderId, String number, UUID customerId, UUID vehicleId, UUID advisorId, String requestedWork,
            RepairOrderStatus status, Instant arrivedAt) {}

    /** Walk-in orders (no appointment) opened in [from, to) and still in the shop, by arrival. */
    public List<WalkIn> arrivedBetween(String store, Instant from, Instant to) {
        access.require(store);
        return RepairOrder.<RepairOrder>list("storeCode = ?1 and walkIn = true and createdAt >= ?2 and createdAt < ?3 and status not in ?4 order by createdAt, id",
                        store, from, to, GONE).stream()
                .map(o -> new WalkIn(o.id, o.number, o.customerId, o.vehicleId, o.advisorId, o.requestedWork, o.status, o.createdAt))
                .toList();
    }
}
