package com.fours.dms.appointment;

import com.fours.dms.appointment.api.SetupReadinessApi.Item;
import com.fours.dms.appointment.api.SetupReadinessApi.ItemKey;
import com.fours.dms.appointment.api.SetupReadinessApi.View;
import com.fours.dms.repairorder.CannedJobService;
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
        int openDays = stores.calendar(store).openingHours().size();
        WorkshopSetupService.BookingResources r = workshop.bookingResources(store);
        List<TechnicianView> technicians = r.technicians().stream().filter(t -> !t.shifts().isEmpty()).toList();
        List<ServiceTypeView> serviceTypes = r.serviceTypes().stream().filter(ServiceTypeView::active).toList();
        int bays = r.activeBaysByType().values().stream().mapToInt(Integer::intValue).sum();
        List<String> unstaffed = serviceTypes.stream()
                .filter(st -> r.activeBaysByType().getOrDefault(st.bayType().name(), 0) == 0
                        || technicians.stream().noneMatch(t -> t.skills().contains(st.skill())))
                .map(ServiceTypeView::code).toList();
        int canned = cannedJobs.list(store, true).size();
        List<Item> items = new ArrayList<>();
        items.add(count(ItemKey.OPENING_HOURS, openDays, true));
        items.add(count(ItemKey.ADVISOR, r.advisors().size(), true));
        items.add(count(ItemKey.BAY, bays, true));
        items.add(count(ItemKey.TECHNICIAN, technicians.size(), true));
        items.add(count(ItemKey.SERVICE_TYPE, serviceTypes.size(), true));
        items.add(new Item(ItemKey.SERVICE_TYPES_STAFFED, !serviceTypes.isEmpty() && unstaffed.isEmpty(), true,
                serviceTypes.size() - unstaffed.size(), unstaffed));
        items.add(count(ItemKey.CANNED_JOB, canned, false));
        return new View(store, items.stream().filter(Item::required).allMatch(Item::done), items);
    }

    private static Item count(ItemKey key, int n, boolean required) {
        return new Item(key, n > 0, required, n, List.of());
    }
}
