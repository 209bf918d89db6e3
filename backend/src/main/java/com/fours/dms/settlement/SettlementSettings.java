package com.fours.dms.settlement;

import com.fours.dms.settlement.api.SettlementApi.SettingsRequest;
import com.fours.dms.settlement.api.SettlementApi.SettingsView;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.shared.security.StoreAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/**
 * The store's settlement numbers (R-DEL-1 VAT display, R-DEL-2 discount limit) with the rules'
 * defaults for a store that never changed them: prices include VAT, 5 % and 200.00.
 */
@ApplicationScoped
public class SettlementSettings {
    static final SettingsView DEFAULTS = new SettingsView(true, new BigDecimal("5.00"), new BigDecimal("200.00"), 0);

    @Inject
    EntityManager em;

    @Inject
    StoreAccess access;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public SettingsView get(String store) {
        access.require(store);
        return of(store);
    }

    @SuppressWarnings("unchecked")
    SettingsView of(String store) {
        List<Object[]> rows = em.createNativeQuery("""
                select prices_include_vat, discount_limit_percent, discount_limit_amount, version from settlement_settings where store_code = ?1""")
                .setParameter(1, store).getResultList();
        if (rows.isEmpty()) {
            return DEFAULTS;
        }
        Object[] r = rows.get(0);
        return new SettingsView((Boolean) r[0], (BigDecimal) r[1], (BigDecimal) r[2], ((Number) r[3]).longValue());
    }

    @Transactional
    public SettingsView update(String store, long expected, SettingsRequest req) {
        access.require(store);
        SettingsView before = of(store);
        ETags.check(expected, before.version());
        em.createNativeQuery("""
                insert into settlement_settings (store_code, prices_include_vat, discount_limit_percent, discount_limit_amount, updated_by, updated_at, version)
                values (?1, ?2, ?3, ?4, ?5, ?6, 1)
                on conflict (store_code) do update set prices_include_vat = excluded.prices_include_vat,
                    discount_limit_percent = excluded.discount_limit_percent, discount_limit_amount = excluded.discount_limit_amount,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at, version = settlement_settings.version + 1""")
                .setParameter(1, store).setParameter(2, req.pricesIncludeVat()).setParameter(3, SettlementMoney.money(req.discountLimitPercent()))
                .setParameter(4, SettlementMoney.money(req.discountLimitAmount())).setParameter(5, user.username()).setParameter(6, clock.instant())
                .executeUpdate();
        SettingsView after = of(store);
        audit.changed(store, "settlement-settings", store, "settings-changed", before, after);
        return after;
    }
}
