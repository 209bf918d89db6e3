package com.fours.dms.dispatch;

import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.workshop.WorkshopSetupService;
import com.fours.dms.workshop.api.WorkshopApi.TechnicianView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who dispatches (R-REP-1). The realm has one `workshop` role for technicians and foremen, so the
 * foreman is a notion of the workshop set-up: a workshop user whose linked technician is marked
 * foreman. The service manager may always dispatch. Technicians clock as their linked technician.
 */
@ApplicationScoped
public class Foremen {
    @Inject
    CurrentUser user;

    @Inject
    WorkshopSetupService setup;

    /** Refuses (403 foreman-only) a caller who is neither the service manager nor a foreman of the store. */
    public void require(String store) {
        if (user.hasRole(Roles.SERVICE_MANAGER)) {
            return;
        }
        boolean foreman = setup.technicianByUsername(store, user.username()).map(TechnicianView::foreman).orElse(false);
        if (!foreman) {
            throw new ProblemException(403, "foreman-only", "Foreman only",
                    "Only a foreman (a workshop user linked to a technician marked foreman in the workshop set-up) or the service manager dispatches jobs (R-REP-1)");
        }
    }

    /** The technician the signed-in user is linked to in the store, or 403 technician-not-linked. */
    public TechnicianView me(String store) {
        return setup.technicianByUsername(store, user.username()).orElseThrow(() -> new ProblemException(403, "technician-not-linked", "Not a technician of this store",
                "Your login " + user.username() + " is not linked to an active technician of store " + store
                        + "; the service manager links it in the workshop set-up (technician username)"));
    }
}
