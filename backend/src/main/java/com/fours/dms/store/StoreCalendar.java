package com.fours.dms.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/** A store's booking calendar and the rule numbers other contexts need, read in one go. */
public record StoreCalendar(
        String storeCode,
        String storeName,
        ZoneId zone,
        int slotMinutes,
        int noShowGraceMinutes,
        int depositSharePercent,
        int reminderLeadHours,
        int repeatRepairWindowDays,
        int deliveryMarginMinutes,
        Map<DayOfWeek, Hours> openingHours,
        Set<LocalDate> holidays) {

    public record Hours(LocalTime opens, LocalTime closes) {}

    public boolean isOpenOn(LocalDate day) {
        return !holidays.contains(day) && openingHours.containsKey(day.getDayOfWeek());
    }
}
