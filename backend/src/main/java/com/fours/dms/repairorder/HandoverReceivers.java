package com.fours.dms.repairorder;

import com.fours.dms.repairorder.api.RepairOrderApi.HandoverReceiver;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.workshop.WorkshopSetupService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * R-CHK-10: who can receive a car: the store's active technicians (workshop set-up) and the
 * foreman's queue. A hand-over to anyone else is refused, so the print never names a stranger.
 */
@ApplicationScoped
public class HandoverReceivers {
    public static final String FOREMAN_QUEUE = HandoverReceiverKind.FOREMAN_QUEUE.name();

    @Inject
    WorkshopSetupService workshop;

    /** The foreman's queue first, then the active technicians by name. */
    public List<HandoverReceiver> list(String store) {
        List<HandoverReceiver> out = new ArrayList<>();
        out.add(new HandoverReceiver(FOREMAN_QUEUE, HandoverReceiverKind.FOREMAN_QUEUE, null));
        workshop.technicians(store).stream().filter(t -> t.active())
                .forEach(t -> out.add(new HandoverReceiver(t.id().toString(), HandoverReceiverKind.TECHNICIAN, t.name())));
        return out;
    }

    /** The receiver named by `id`, or a 422 problem on `receiver`. */
    public HandoverReceiver resolve(String store, String id) {
        String wanted = id.strip();
        return list(store).stream().filter(r -> r.id().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new ProblemException(422, "unknown-receiver", "Unknown receiver",
                        "The receiver must be an active technician of store " + store + " or " + FOREMAN_QUEUE + " (see handover-receivers)",
                        List.of(new Violation("receiver", "is not an active technician of this store nor " + FOREMAN_QUEUE)), null));
    }
}
