package com.fours.dms.repairorder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fours.dms.store.StoreCalendar;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** R-CHK-8: suggested from the jobs' hours plus margin over opening hours, avoiding the cashier's rush hours. Beijing time = UTC+8. */
class PromisedDeliveryPolicyTest {
    static final LocalTime RUSH_START = LocalTime.of(17, 0);
    static final LocalTime RUSH_END = LocalTime.of(18, 30);

    static StoreCalendar calendar(LocalTime closes, Set<LocalDate> holidays) {
        Map<DayOfWeek, StoreCalendar.Hours> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            hours.put(d, new StoreCalendar.Hours(LocalTime.of(8, 30), closes));
        }
        return new StoreCalendar("T", "t", ZoneId.of("Asia/Shanghai"), 15, 30, 50, 24, 30, 30, hours, holidays);
    }

    static Instant suggest(String now, String hours, StoreCalendar cal) {
        return PromisedDeliveryPolicy.suggest(Instant.parse(now), new BigDecimal(hours), 30, RUSH_START, RUSH_END, cal);
    }

    @Test
    void hoursPlusMarginRoundedUpToTenMinutes() {
        // Mon 10:03 + 1.5 h + 30 min = 12:03 → 12:10
        assertEquals(Instant.parse("2026-11-23T04:10:00Z"), suggest("2026-11-23T02:03:00Z", "1.5", calendar(LocalTime.of(19, 0), Set.of())));
    }

    @Test
    void aTimeInTheCashierRushMovesToItsEnd() {
        // Mon 14:00 + 3 h + 30 min = 17:30, inside 17:00-18:30 → 18:30 (the store is open until 19:00)
        assertEquals(Instant.parse("2026-11-23T10:30:00Z"), suggest("2026-11-23T06:00:00Z", "3", calendar(LocalTime.of(19, 0), Set.of())));
        // 16:30 is before the rush: kept
        assertEquals(Instant.parse("2026-11-23T08:30:00Z"), suggest("2026-11-23T06:00:00Z", "2", calendar(LocalTime.of(19, 0), Set.of())));
    }

    @Test
    void whenTheStoreClosesBeforeTheRushEndsItIsTheNextOpening() {
        // Store closes 18:00: ready 17:30 is in the rush, and 18:30 is after closing → Tuesday 08:30
        assertEquals(Instant.parse("2026-11-24T00:30:00Z"), suggest("2026-11-23T06:00:00Z", "3", calendar(LocalTime.of(18, 0), Set.of())));
    }

    @Test
    void workCarriesOverClosedTimeAndHolidays() {
        // Mon 16:00, 4 h + 30 min, open until 18:00: 2 h today, 2.5 h from Wed 08:30 (Tue is a holiday) → Wed 11:00
        assertEquals(Instant.parse("2026-11-25T03:00:00Z"),
                suggest("2026-11-23T08:00:00Z", "4", calendar(LocalTime.of(18, 0), Set.of(LocalDate.parse("2026-11-24")))));
        // Before opening, the work starts at opening: Mon 07:00 + 1 h + 30 min → 10:00
        assertEquals(Instant.parse("2026-11-23T02:00:00Z"), suggest("2026-11-22T23:00:00Z", "1", calendar(LocalTime.of(18, 0), Set.of())));
    }

    static PromisedDeliveryPolicy.Suggestion suggest(String now, String hours, String workshopFreeAt, String partsAt) {
        return PromisedDeliveryPolicy.suggest(Instant.parse(now), new BigDecimal(hours), 30, RUSH_START, RUSH_END, calendar(LocalTime.of(19, 0), Set.of()),
                workshopFreeAt == null ? null : Instant.parse(workshopFreeAt), partsAt == null ? null : Instant.parse(partsAt));
    }

    @Test
    void noLoadAndPartsInStockIsJustTheWorkHours() {
        var s = suggest("2026-11-23T02:03:00Z", "1.5", null, null);
        assertEquals(Instant.parse("2026-11-23T04:10:00Z"), s.at());
        assertEquals(List.of(PromisedDeliveryReason.WORK_HOURS), s.reasons());
        // a free slot now or a part already here changes nothing
        assertEquals(s, suggest("2026-11-23T02:03:00Z", "1.5", "2026-11-23T02:03:00Z", "2026-11-22T00:00:00Z"));
    }

    @Test
    void theWorkStartsWhenTheLastPartArrives() {
        // Mon 10:00, part arrives 12:00: + 1.5 h + 30 min = 14:00
        var s = suggest("2026-11-23T02:00:00Z", "1.5", null, "2026-11-23T04:00:00Z");
        assertEquals(Instant.parse("2026-11-23T06:00:00Z"), s.at());
        assertEquals(List.of(PromisedDeliveryReason.WORK_HOURS, PromisedDeliveryReason.PARTS), s.reasons());
        // a part arriving after closing (Mon 20:00) → the work starts Tue 08:30 → 10:30
        assertEquals(Instant.parse("2026-11-24T02:30:00Z"), suggest("2026-11-23T02:00:00Z", "1.5", null, "2026-11-23T12:00:00Z").at());
    }

    @Test
    void theWorkStartsAtTheFirstFreeWorkshopSlot() {
        // Mon 10:00, the first free bay is at 11:15: + 1 h + 30 min = 12:45 → 12:50
        var s = suggest("2026-11-23T02:00:00Z", "1", "2026-11-23T03:15:00Z", null);
        assertEquals(Instant.parse("2026-11-23T04:50:00Z"), s.at());
        assertEquals(List.of(PromisedDeliveryReason.WORK_HOURS, PromisedDeliveryReason.WORKSHOP_LOAD), s.reasons());
        // the later of the two wins and is the only one named
        var both = suggest("2026-11-23T02:00:00Z", "1", "2026-11-23T03:15:00Z", "2026-11-23T04:00:00Z");
        assertEquals(Instant.parse("2026-11-23T05:30:00Z"), both.at());
        assertEquals(List.of(PromisedDeliveryReason.WORK_HOURS, PromisedDeliveryReason.PARTS), both.reasons());
    }

    @Test
    void theRushIsStillAvoidedAfterALateStart() {
        // workshop free at 14:00, 2.5 h + 30 min = 17:00, in the rush 17:00-18:30 → 18:30
        var s = suggest("2026-11-23T02:00:00Z", "2.5", "2026-11-23T06:00:00Z", null);
        assertEquals(Instant.parse("2026-11-23T10:30:00Z"), s.at());
        assertEquals(List.of(PromisedDeliveryReason.WORK_HOURS, PromisedDeliveryReason.WORKSHOP_LOAD, PromisedDeliveryReason.RUSH_HOUR_AVOIDED), s.reasons());
    }
}
