package com.fours.dms.store;

import java.math.BigDecimal;
import java.time.LocalTime;

/** A store's estimate numbers: currency, VAT, labour rate, symptom risk margin, cashier rush hours, delivery margin. */
public record EstimateSettings(
        String currency,
        BigDecimal taxRatePercent,
        BigDecimal labourRate,
        BigDecimal symptomRiskMarginPercent,
        LocalTime cashierRushStart,
        LocalTime cashierRushEnd,
        int deliveryMarginMinutes,
        StoreCalendar calendar) {}
