package com.fours.dms.settlement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Settlement numbers per store, gap-free: the store's counter row is locked (select … for update)
 * and advanced in the transaction that finalises the bill, so concurrent finalisations queue on
 * the row and a rolled-back one gives its number back. Assigned at finalisation, never at draft.
 */
@ApplicationScoped
public class SettlementNumbers {
    @Inject
    EntityManager em;

    public record Assigned(long sequence, String number) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public Assigned next(String store) {
        em.createNativeQuery("insert into settlement_counter (store_code, last_number) values (?1, 0) on conflict (store_code) do nothing")
                .setParameter(1, store).executeUpdate();
        long last = ((Number) em.createNativeQuery("select last_number from settlement_counter where store_code = ?1 for update")
                .setParameter(1, store).getSingleResult()).longValue();
        long next = last + 1;
        em.createNativeQuery("update settlement_counter set last_number = ?2 where store_code = ?1").setParameter(1, store).setParameter(2, next)
                .executeUpdate();
        return new Assigned(next, format(store, next));
    }

    /** JS + store + six digits, e.g. JSBJ01-000042. */
    public static String format(String store, long sequence) {
        return "JS" + store + "-" + String.format("%06d", sequence);
    }
}
