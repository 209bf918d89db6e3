package com.fours.dms.feedback;

import com.fours.dms.customer.CustomerService;
import com.fours.dms.dispatch.WorkshopJobs;
import com.fours.dms.repairorder.PayType;
import com.fours.dms.repairorder.RepairOrderClosed;
import com.fours.dms.repairorder.SettlementOrders;
import com.fours.dms.store.StoreService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * R-FUP-1, R-FUP-3: what the feedback context keeps of each delivered order, written in the
 * transaction that closed it (RepairOrderClosed): the stratum it is sampled in (customer type x order
 * type, in the store-local ISO week of its delivery), its advisor and the technicians who worked on
 * it (the survey's answers are attributed to them, R-FUP-2).
 */
@ApplicationScoped
public class DeliveredOrders {
    @Inject
    EntityManager em;

    @Inject
    CustomerService customers;

    @Inject
    SettlementOrders orders;

    @Inject
    WorkshopJobs jobs;

    @Inject
    StoreService stores;

    @Inject
    Clock clock;

    /** One delivered order as sampling sees it. */
    public record Delivery(String store, UUID repairOrderId, String number, UUID customerId, UUID vehicleId, UUID advisorId, Collection<UUID> technicianIds,
            String customerType, String orderType, Instant deliveredAt) {}

    void onClosed(@Observes RepairOrderClosed e) {
        CustomerService.Summary c = customers.summaries(List.of(e.customerId())).get(e.customerId());
        Set<PayType> pay = new java.util.HashSet<>();
        orders.lines(e.storeCode(), e.repairOrderId()).forEach(l -> pay.add(l.payType()));
        Set<UUID> technicians = new LinkedHashSet<>();
        jobs.jobsOf(e.storeCode(), e.repairOrderId()).forEach(j -> {
            technicians.add(j.doneByTechnicianId() != null ? j.doneByTechnicianId() : j.technicianId());
        });
        technicians.remove(null);
        record(new Delivery(e.storeCode(), e.repairOrderId(), orders.order(e.storeCode(), e.repairOrderId()).number(), e.customerId(), e.vehicleId(),
                e.advisorId(), technicians, customerType(c), orderType(pay), clock.instant()));
    }

    /** R-FUP-3's customer strata: club members apart (R-FUP-6), then private and company customers. */
    static String customerType(CustomerService.Summary c) {
        return c == null ? "PRIVATE" : c.clubMember() ? "CLUB" : c.type();
    }

    /** R-FUP-3's order strata: an order with warranty work is a warranty order, then internal, goodwill, else customer pay. */
    static String orderType(Set<PayType> pay) {
        for (PayType t : List.of(PayType.WARRANTY, PayType.INTERNAL, PayType.GOODWILL)) {
            if (pay.contains(t)) {
                return t.name();
            }
        }
        return PayType.CUSTOMER.name();
    }

    /** Keeps the delivery once (a repeated event changes nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Delivery d) {
        ZoneId zone = stores.quietHours(d.store()).zone();
        LocalDate day = d.deliveredAt().atZone(zone).toLocalDate();
        em.createNativeQuery("""
                insert into feedback_delivery (repair_order_id, store_code, order_number, customer_id, vehicle_id, advisor_id, technician_ids,
                                               customer_type, order_type, delivered_at, delivered_day, week_start, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as uuid[]), ?8, ?9, ?10, ?11, ?12, ?13)
                on conflict (repair_order_id) do nothing""")
                .setParameter(1, d.repairOrderId()).setParameter(2, d.store()).setParameter(3, d.number()).setParameter(4, d.customerId())
                .setParameter(5, d.vehicleId())
                .setParameter(6, new org.hibernate.query.TypedParameterValue<>(org.hibernate.type.StandardBasicTypes.UUID, d.advisorId()))
                .setParameter(7, "{" + String.join(",", d.technicianIds().stream().filter(Objects::nonNull).map(UUID::toString).toList()) + "}")
                .setParameter(8, d.customerType()).setParameter(9, d.orderType()).setParameter(10, d.deliveredAt()).setParameter(11, day)
                .setParameter(12, day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))).setParameter(13, clock.instant())
                .executeUpdate();
    }
}
