package com.fours.dms.reminder;

import com.fours.dms.customer.VehicleChanged;
import com.fours.dms.customer.VehicleVisited;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * R-REM-1: the reminder context's view of each vehicle, kept from the archive's events (the vehicle
 * table is the customer context's): interval, last service, owner, and the first and latest odometer
 * readings the daily mileage is averaged over. A visit or a reading on a reminder call adds a reading.
 */
@ApplicationScoped
public class ReminderProjection {
    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    void onChanged(@Observes VehicleChanged e) {
        em.createNativeQuery("""
                insert into reminder_vehicle (vehicle_id, store_code, customer_id, interval_months, interval_km, last_service_date, last_service_mileage,
                                              first_reading_date, first_reading_mileage, latest_reading_date, latest_reading_mileage, updated_at,
                                              purchase_date, sold_here, insurance_expires_on, inspection_due_on)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?9, ?7, ?9, ?7, ?8, ?10, ?11, ?12, ?13)
                on conflict (vehicle_id) do update set customer_id = excluded.customer_id, interval_months = excluded.interval_months,
                    purchase_date = excluded.purchase_date, sold_here = excluded.sold_here,
                    insurance_expires_on = excluded.insurance_expires_on, inspection_due_on = excluded.inspection_due_on,
                    interval_km = excluded.interval_km,
                    last_service_date = greatest(reminder_vehicle.last_service_date, excluded.last_service_date),
                    last_service_mileage = coalesce(excluded.last_service_mileage, reminder_vehicle.last_service_mileage),
                    first_reading_date = coalesce(reminder_vehicle.first_reading_date, excluded.first_reading_date),
                    first_reading_mileage = coalesce(reminder_vehicle.first_reading_mileage, excluded.first_reading_mileage),
                    latest_reading_date = coalesce(reminder_vehicle.latest_reading_date, excluded.latest_reading_date),
                    latest_reading_mileage = coalesce(reminder_vehicle.latest_reading_mileage, excluded.latest_reading_mileage),
                    updated_at = excluded.updated_at""")
                .setParameter(1, e.vehicleId()).setParameter(2, e.storeCode()).setParameter(3, e.ownerId())
                .setParameter(4, typed(e.intervalMonths())).setParameter(5, typed(e.intervalKm()))
                .setParameter(6, new org.hibernate.query.TypedParameterValue<>(org.hibernate.type.StandardBasicTypes.LOCAL_DATE, e.lastServiceDate()))
                .setParameter(7, typed(e.lastServiceMileage())).setParameter(8, clock.instant())
                // The last service is the first reading only when its odometer is known.
                .setParameter(9, new org.hibernate.query.TypedParameterValue<>(org.hibernate.type.StandardBasicTypes.LOCAL_DATE,
                        e.lastServiceMileage() == null ? null : e.lastServiceDate()))
                .setParameter(10, date(e.purchaseDate())).setParameter(11, e.soldHere())
                .setParameter(12, date(e.insuranceExpiresOn())).setParameter(13, date(e.inspectionDueOn()))
                .executeUpdate();
    }

    /** A visit is a service: the next cycle counts from it, and its odometer is a reading. */
    void onVisited(@Observes VehicleVisited e) {
        em.createNativeQuery("""
                update reminder_vehicle set
                    last_service_date = greatest(last_service_date, ?2),
                    last_service_mileage = case when last_service_date is null or last_service_date <= ?2 then coalesce(?3, last_service_mileage)
                                                else last_service_mileage end,
                    first_reading_date = case when first_reading_date is null and ?3 is not null then ?2 else first_reading_date end,
                    first_reading_mileage = case when first_reading_date is null and ?3 is not null then ?3 else first_reading_mileage end,
                    latest_reading_date = case when ?3 is not null and (latest_reading_date is null or latest_reading_date <= ?2) then ?2 else latest_reading_date end,
                    latest_reading_mileage = case when ?3 is not null and (latest_reading_date is null or latest_reading_date <= ?2) then ?3 else latest_reading_mileage end,
                    updated_at = ?4
                where vehicle_id = ?1""")
                .setParameter(1, e.vehicleId()).setParameter(2, e.date()).setParameter(3, typed(e.mileage())).setParameter(4, clock.instant())
                .executeUpdate();
    }

    /** R-REM-2: the mileage the customer gave on the reminder call is today's reading (re-projects the due date). */
    void reading(UUID vehicleId, LocalDate day, int mileage) {
        em.createNativeQuery("""
                update reminder_vehicle set
                    first_reading_date = coalesce(first_reading_date, ?2), first_reading_mileage = coalesce(first_reading_mileage, ?3),
                    latest_reading_date = ?2, latest_reading_mileage = ?3, updated_at = ?4
                where vehicle_id = ?1""")
                .setParameter(1, vehicleId).setParameter(2, day).setParameter(3, mileage).setParameter(4, clock.instant()).executeUpdate();
    }

    /** The latest reading, for the call's check that the odometer did not go back. */
    Integer latestMileage(UUID vehicleId) {
        @SuppressWarnings("unchecked")
        java.util.List<Object> r = em.createNativeQuery("select latest_reading_mileage from reminder_vehicle where vehicle_id = ?1")
                .setParameter(1, vehicleId).getResultList();
        return r.isEmpty() || r.get(0) == null ? null : ((Number) r.get(0)).intValue();
    }

    private static Object date(LocalDate d) {
        return new org.hibernate.query.TypedParameterValue<>(org.hibernate.type.StandardBasicTypes.LOCAL_DATE, d);
    }

    private static Object typed(Integer v) {
        return new org.hibernate.query.TypedParameterValue<>(org.hibernate.type.StandardBasicTypes.INTEGER, v);
    }
}
