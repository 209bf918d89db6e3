package com.fours.dms.settlement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * R-APT-4 / R-DEL-3: the deposit the customer paid for an appointment, deducted on its order's
 * bill. Implemented by the appointment context (nothing may depend on it, so it plugs in here).
 */
public interface DepositSource {
    record Deposit(UUID appointmentId, BigDecimal amount, String method, Instant paidAt) {}

    /** The paid deposit of the store's appointment, if any. */
    Optional<Deposit> paid(String store, UUID appointmentId);
}
