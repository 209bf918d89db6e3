package com.fours.dms.appointment;

import com.fours.dms.appointment.api.SetupReadinessApi.Item;
import com.fours.dms.appointment.api.SetupReadinessApi.ItemKey;
import com.fours.dms.appointment.api.SetupReadinessApi.View;
import com.fours.dms.repairorder.CannedJobService;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.store.StoreCalendar;
import com.fours.dms.store.StoreService;
import com.fours.dms.workshop.WorkshopSetupService;
import com.fours.dms.workshop.api.WorkshopApi.ServiceTypeView;
import com.fours.dms.workshop.api.WorkshopApi.TechnicianView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The manager's set-up checklist (issue 8): computed each time from the store's calendar, its
 * advisors, bays, technicians and service types (what capacity, R-APT-3, is made of) and its canned
 * jobs. Lives with booking because "can take bookings" is booking's question.
 */
@ApplicationScoped
public class SetupReadiness {
    @Inject
    StoreService stores;

    @Inject
    WorkshopSetupService workshop;

    @Inject
    CannedJobService cannedJobs;

    public View of(String store) {
        int canned = cannedJobs.list(store, true).size();
        List<Item> items = required(stores.calendar(store), workshop.bookingResources(store));
        items.add(count(ItemKey.CANNED_JOB, canned, false));
        return new View(store, items.stream().filter(Item::required).allMatch(Item::done), items);
    }

    /**
     * Bookings refuse a store that is not set up (issue 8): every required item the booking needs
     * must be done, and the service types booked must each have a bay of their type and a
     * technician with their skill (another, unstaffed service type does not stop this booking).
     * The problem names each missing checklist item, as the manager's checklist shows it.
     */
    static void refuseUnready(StoreCalendar cal, WorkshopSetupService.BookingResources r, List<String> requestedCodes) {
        List<Violation> missing = new ArrayList<>();
        for (Item i : required(cal, r)) {
            if (i.key() == ItemKey.SERVICE_TYPES_STAFFED) {
                List<String> unstaffed = i.missing().stream().filter(c -> requestedCodes != null && requestedCodes.stream().anyMatch(c::equalsIgnoreCase)).toList();
                unstaffed.forEach(c -> missing.add(new Violation("serviceTypeCodes", "SERVICE_TYPES_STAFFED: " + c + " has no active bay of its type or no technician with its skill and a shift")));
            } else if (!i.done()) {
                missing.add(new Violation("setup." + i.key().name(), MISSING.get(i.key())));
            }
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(409, "store-not-ready", "Store not ready for bookings",
                    "The store's set-up lacks what a booking needs (R-APT-3): " + String.join(", ", missing.stream().map(Violation::field).distinct().toList()), missing, null);
        }
    }

    private static final java.util.Map<ItemKey, String> MISSING = java.util.Map.of(
            ItemKey.OPENING_HOURS, "the store has no open weekday",
            ItemKey.ADVISOR, "the store has no active advisor",
            ItemKey.BAY, "the store has no active bay",
            ItemKey.TECHNICIAN, "the store has no active technician with a shift",
            ItemKey.SERVICE_TYPE, "the store has no active service type");

    private static List<Item> required(StoreCalendar cal, WorkshopSetupService.BookingResources r) {
        int openDays = cal.openingHours().size();
        List<TechnicianView> technicians = r.technicians().stream().filter(t -> !t.shifts().isEmpty()).toList();
        List<ServiceTypeView> serviceTypes = r.serviceTypes().stream().filter(ServiceTypeView::active).toList();
        int bays = r.activeBaysByType().values().stream().mapToInt(Integer::intValue).sum();
        List<String> unstaffed = serviceTypes.stream()
                .filter(st -> r.activeBaysByType().getOrDefault(st.bayType().name(), 0) == 0
                        || technicians.stream().noneMatch(t -> t.skills().contains(st.skill())))
                .map(ServiceTypeView::code).toList();
        List<Item> items = new ArrayList<>();
        items.add(count(ItemKey.OPENING_HOURS, openDays, true));
        items.add(count(ItemKey.ADVISOR, r.advisors().size(), true));
        items.add(count(ItemKey.BAY, bays, true));
        items.add(count(ItemKey.TECHNICIAN, technicians.size(), true));
        items.add(count(ItemKey.SERVICE_TYPE, serviceTypes.size(), true));
        items.add(new Item(ItemKey.SERVICE_TYPES_STAFFED, !serviceTypes.isEmpty() && unstaffed.isEmpty(), true,
                serviceTypes.size() - unstaffed.size(), unstaffed));
        return items;
    }

    private static Item count(ItemKey key, int n, boolean required) {
        return new Item(key, n > 0, required, n, List.of());
    }
}
