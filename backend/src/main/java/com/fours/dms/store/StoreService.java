package com.fours.dms.store;

import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.shared.security.StoreAccess;
import com.fours.dms.store.api.StoreApi;
import com.fours.dms.store.api.StoreApiSettingsViewBuilder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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

    @Inject
    jakarta.enterprise.event.Event<PriceRatesChanged> ratesChanged;

    /** The stores in the caller's token that exist, in token order. */
    public List<StoreApi.View> visibleStores() {
        List<String> codes = List.copyOf(user.stores());
        if (codes.isEmpty()) {
            return List.of();
        }
        List<Store> stores = Store.list("code in ?1", codes);
        return codes.stream().flatMap(c -> stores.stream().filter(s -> s.code.equals(c))).map(StoreApi.View::of).toList();
    }

    public StoreApi.View get(String code) {
        access.require(code);
        return StoreApi.View.of(Store.findById(code));
    }

    /** The store's time zone (the caller must see the store): one column, no entity, for reads that run on every refresh (the job board). */
    public ZoneId timeZone(String code) {
        access.require(code);
        @SuppressWarnings("unchecked")
        List<String> tz = em().createNativeQuery("select timezone from store where code = ?1").setParameter(1, code).getResultList();
        return tz.isEmpty() ? ZoneId.of(get(code).timezone()) : ZoneId.of(tz.get(0));
    }

    /** A service manager opens a store that their token already names (the identity provider grants store access). */
    @Transactional
    public StoreApi.View create(StoreApi.CreateRequest req) {
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
        // A new store opens every day 08:30-18:00 until the manager sets its own hours.
        for (int day = 1; day <= 7; day++) {
            em().createNativeQuery("insert into store_opening_hours (store_code, day_of_week, opens, closes) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, s.code).setParameter(2, day).setParameter(3, LocalTime.of(8, 30)).setParameter(4, LocalTime.of(18, 0))
                    .executeUpdate();
        }
        StoreApi.View view = StoreApi.View.of(s);
        audit.created(s.code, "store", s.code, view);
        return view;
    }

    @Transactional
    public StoreApi.View update(String code, long expectedVersion, StoreApi.UpdateRequest req) {
        access.require(code);
        Store s = Store.findById(code);
        ETags.check(expectedVersion, s.version);
        StoreApi.View before = StoreApi.View.of(s);
        s.name = req.name().strip();
        s.timezone = zone(req.timezone());
        s.currency = req.currency() == null ? s.currency : req.currency();
        s.updatedAt = clock.instant();
        Store.getEntityManager().flush();
        StoreApi.View after = StoreApi.View.of(s);
        audit.changed(code, "store", code, "updated", before, after);
        return after;
    }

    public StoreApi.SettingsView settings(String code) {
        access.require(code);
        return settingsOf(Store.findById(code));
    }

    /** The calendar and rule numbers of a store the caller may see. */
    public StoreCalendar calendar(String code) {
        access.require(code);
        return calendarOf(Store.findById(code));
    }

    private StoreCalendar calendarOf(Store s) {
        String code = s.code;
        Map<DayOfWeek, StoreCalendar.Hours> hours = new EnumMap<>(DayOfWeek.class);
        openingHours(code).forEach(h -> hours.put(DayOfWeek.of(h.dayOfWeek()), new StoreCalendar.Hours(h.opens(), h.closes())));
        Set<LocalDate> holidays = new HashSet<>();
        holidays(code).forEach(h -> holidays.add(h.date()));
        return new StoreCalendar(s.code, s.name, ZoneId.of(s.timezone), s.slotMinutes, s.noShowGraceMinutes, s.depositSharePercent,
                s.reminderLeadHours, s.repeatRepairWindowDays, s.deliveryMarginMinutes, hours, holidays);
    }

    @Transactional
    public StoreApi.SettingsView updateSettings(String code, long expectedVersion, StoreApi.SettingsRequest req) {
        access.require(code);
        Store s = Store.findById(code);
        ETags.check(expectedVersion, s.version);
        List<Violation> violations = new ArrayList<>();
        Set<Integer> days = new HashSet<>();
        for (int i = 0; i < req.openingHours().size(); i++) {
            StoreApi.OpeningHours h = req.openingHours().get(i);
            if (h.dayOfWeek() < 1 || h.dayOfWeek() > 7) {
                violations.add(new Violation("openingHours[" + i + "].dayOfWeek", "must be 1 (Monday) to 7 (Sunday)"));
            } else if (!days.add(h.dayOfWeek())) {
                violations.add(new Violation("openingHours[" + i + "].dayOfWeek", "appears twice"));
            }
            if (h.opens() == null || h.closes() == null || !h.opens().isBefore(h.closes())) {
                violations.add(new Violation("openingHours[" + i + "].closes", "must be after opens"));
            }
        }
        LocalTime rushStart = req.cashierRushStart() == null ? s.cashierRushStart : req.cashierRushStart();
        LocalTime rushEnd = req.cashierRushEnd() == null ? s.cashierRushEnd : req.cashierRushEnd();
        if (!rushStart.isBefore(rushEnd)) {
            violations.add(new Violation("cashierRushEnd", "must be after cashierRushStart"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.validation(violations);
        }
        StoreApi.SettingsView before = settingsOf(s);
        PriceRates ratesBefore = priceRates(code);
        s.slotMinutes = req.slotMinutes();
        s.noShowGraceMinutes = req.noShowGraceMinutes();
        s.depositSharePercent = req.depositSharePercent();
        s.reminderLeadHours = req.reminderLeadHours();
        s.repeatRepairWindowDays = req.repeatRepairWindowDays();
        s.deliveryMarginMinutes = req.deliveryMarginMinutes();
        if (req.taxRatePercent() != null) {
            s.taxRatePercent = req.taxRatePercent().setScale(2, java.math.RoundingMode.HALF_UP);
        }
        if (req.labourRate() != null) {
            s.labourRate = req.labourRate().setScale(2, java.math.RoundingMode.HALF_UP);
        }
        if (req.symptomRiskMarginPercent() != null) {
            s.symptomRiskMarginPercent = req.symptomRiskMarginPercent().setScale(2, java.math.RoundingMode.HALF_UP);
        }
        s.cashierRushStart = rushStart;
        s.cashierRushEnd = rushEnd;
        if (req.photoMaxBytes() != null) {
            s.photoMaxBytes = req.photoMaxBytes();
        }
        if (req.quietHoursStart() != null) {
            s.quietHoursStart = req.quietHoursStart();
        }
        if (req.quietHoursEnd() != null) {
            s.quietHoursEnd = req.quietHoursEnd();
        }
        if (req.approvalLinkHours() != null) {
            s.approvalLinkHours = req.approvalLinkHours();
        }
        if (req.authorizationTolerance() != null) {
            s.authorizationTolerance = req.authorizationTolerance().setScale(2, java.math.RoundingMode.HALF_UP);
        }
        if (req.progressCheckPercent() != null) {
            s.progressCheckPercent = req.progressCheckPercent();
        }
        if (req.cataloguePriceTolerancePercent() != null) {
            s.cataloguePriceTolerancePercent = req.cataloguePriceTolerancePercent().setScale(2, java.math.RoundingMode.HALF_UP);
        }
        if (req.finalInspectionScope() != null) {
            s.finalInspectionScope = req.finalInspectionScope();
        }
        if (req.majorRepairHours() != null) {
            s.majorRepairHours = req.majorRepairHours().setScale(2, java.math.RoundingMode.HALF_UP);
        }
        if (req.address() != null) {
            s.address = blankToNull(req.address());
        }
        if (req.phone() != null) {
            s.phone = blankToNull(req.phone());
        }
        if (req.orderTerms() != null) {
            s.orderTerms = blankToNull(req.orderTerms());
        }
        if (req.warrantyTerms() != null) {
            if (req.warrantyTerms().isBlank()) {
                throw ProblemException.validation(List.of(new Violation("warrantyTerms", "may not be blank: the repair order always carries quality-warranty terms")));
            }
            s.warrantyTerms = req.warrantyTerms().strip();
        }
        s.updatedAt = clock.instant();
        em().createNativeQuery("delete from store_opening_hours where store_code = ?1").setParameter(1, code).executeUpdate();
        for (StoreApi.OpeningHours h : req.openingHours()) {
            em().createNativeQuery("insert into store_opening_hours (store_code, day_of_week, opens, closes) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, code).setParameter(2, h.dayOfWeek()).setParameter(3, h.opens()).setParameter(4, h.closes()).executeUpdate();
        }
        em().createNativeQuery("delete from store_holiday where store_code = ?1").setParameter(1, code).executeUpdate();
        for (StoreApi.Holiday h : req.holidays().stream().collect(java.util.stream.Collectors.toMap(
                StoreApi.Holiday::date, x -> x, (a, b) -> a, java.util.TreeMap::new)).values()) {
            em().createNativeQuery("insert into store_holiday (store_code, day, name) values (?1, ?2, ?3)")
                    .setParameter(1, code).setParameter(2, h.date()).setParameter(3, h.name()).executeUpdate();
        }
        // Settings live in child tables too: bump the store's version explicitly.
        em().lock(s, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em().flush();
        StoreApi.SettingsView after = settingsOf(s);
        audit.changed(code, "store", code, "settings-changed", before, after);
        PriceRates ratesAfter = priceRates(code);
        if (!ratesAfter.equals(ratesBefore)) {
            ratesChanged.fire(new PriceRatesChanged(code, ratesBefore, ratesAfter));
        }
        return after;
    }

    private static String blankToNull(String v) {
        return v.isBlank() ? null : v.strip();
    }

    private StoreApi.SettingsView settingsOf(Store s) {
        return StoreApiSettingsViewBuilder.stagedBuilder()
                .slotMinutes(s.slotMinutes).noShowGraceMinutes(s.noShowGraceMinutes).depositSharePercent(s.depositSharePercent)
                .reminderLeadHours(s.reminderLeadHours).repeatRepairWindowDays(s.repeatRepairWindowDays).deliveryMarginMinutes(s.deliveryMarginMinutes)
                .taxRatePercent(s.taxRatePercent).labourRate(s.labourRate).symptomRiskMarginPercent(s.symptomRiskMarginPercent)
                .cashierRushStart(s.cashierRushStart).cashierRushEnd(s.cashierRushEnd).photoMaxBytes(s.photoMaxBytes)
                .quietHoursStart(s.quietHoursStart).quietHoursEnd(s.quietHoursEnd).approvalLinkHours(s.approvalLinkHours).authorizationTolerance(s.authorizationTolerance)
                .progressCheckPercent(s.progressCheckPercent)
                .cataloguePriceTolerancePercent(s.cataloguePriceTolerancePercent)
                .finalInspectionScope(s.finalInspectionScope).majorRepairHours(s.majorRepairHours)
                .address(s.address).phone(s.phone).orderTerms(s.orderTerms).warrantyTerms(s.warrantyTerms)
                .openingHours(openingHours(s.code)).holidays(holidays(s.code)).version(s.version)
                .build();
    }

    /**
     * R-REP-3: the numbers supplementary-item approval works with — link validity, authorization
     * tolerance, and the calendar and rush hours a moved promised time respects. For a caller whose
     * store was already checked, or the customer's approval link (no signed-in user).
     */
    public ApprovalSettings approvalSettings(String code) {
        Store s = Store.findById(code);
        return new ApprovalSettings(s.code, s.name, s.currency, s.approvalLinkHours, s.authorizationTolerance, s.cashierRushStart, s.cashierRushEnd,
                calendarOf(s));
    }

    /** R-APT-6: the store's zone and quiet hours, for the outbox dispatcher (a system job: no caller's store check). */
    public QuietHours quietHours(String code) {
        Store s = Store.findById(code);
        return new QuietHours(s.name, ZoneId.of(s.timezone), s.quietHoursStart, s.quietHoursEnd);
    }

    /** Every store's zone, reminder lead time, no-show grace and progress-check share, for the scheduled jobs (system callers: no store check). */
    public StoreJobSettings.Columns jobSettings() {
        java.util.List<Store> all = Store.listAll();
        return StoreJobSettings.Columns.of(all.stream()
                .map(s -> new StoreJobSettings(s.code, s.timezone, s.reminderLeadHours, s.noShowGraceMinutes, s.progressCheckPercent)).toList());
    }

    /** R-QC-1: the store's final-inspection scope, for a caller whose store was already checked. */
    public QualityCheckSettings qualityCheckSettings(String code) {
        Store s = Store.findById(code);
        return new QualityCheckSettings(s.finalInspectionScope, s.majorRepairHours);
    }

    /** The store's current estimate rates, for a draft prepared by the system or a caller whose store was already checked. */
    public PriceRates priceRates(String code) {
        Store s = Store.findById(code);
        return new PriceRates(s.currency, s.taxRatePercent, s.labourRate, s.symptomRiskMarginPercent);
    }

    /** Issue 8 (R-CHK-4): how far (%) an estimate line may move a catalogue price or flat-rate hours, for a caller whose store was already checked. */
    public java.math.BigDecimal cataloguePriceTolerancePercent(String code) {
        Store s = Store.findById(code);
        return s.cataloguePriceTolerancePercent;
    }

    /** R-CHK-1: the largest inspection photo the store accepts, in bytes. */
    public int photoMaxBytes(String code) {
        Store s = Store.findById(code);
        return s.photoMaxBytes;
    }

    /** The numbers a repair order is priced and scheduled with (R-CHK-4, R-CHK-7, R-CHK-8). */
    public EstimateSettings estimateSettings(String code) {
        StoreCalendar cal = calendar(code);
        Store s = Store.findById(code);
        return new EstimateSettings(s.currency, s.taxRatePercent, s.labourRate, s.symptomRiskMarginPercent,
                s.cashierRushStart, s.cashierRushEnd, s.deliveryMarginMinutes, cal);
    }

    @SuppressWarnings("unchecked")
    private List<StoreApi.OpeningHours> openingHours(String code) {
        List<Object[]> rows = em().createNativeQuery("select day_of_week, opens, closes from store_opening_hours where store_code = ?1 order by day_of_week")
                .setParameter(1, code).getResultList();
        return rows.stream().map(r -> new StoreApi.OpeningHours(((Number) r[0]).intValue(), toTime(r[1]), toTime(r[2]))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<StoreApi.Holiday> holidays(String code) {
        List<Object[]> rows = em().createNativeQuery("select day, name from store_holiday where store_code = ?1 order by day")
                .setParameter(1, code).getResultList();
        return rows.stream().map(r -> new StoreApi.Holiday(toDate(r[0]), (String) r[1])).toList();
    }

    private static LocalTime toTime(Object o) {
        return o instanceof java.sql.Time t ? t.toLocalTime() : (LocalTime) o;
    }

    private static LocalDate toDate(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static jakarta.persistence.EntityManager em() {
        return Store.getEntityManager();
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
