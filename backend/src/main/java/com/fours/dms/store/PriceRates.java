package com.fours.dms.store;

import java.math.BigDecimal;

/** The rates a store prices estimates with now (R-CHK-4, R-CHK-7): currency, VAT, labour rate, symptom risk margin. */
public record PriceRates(String currency, BigDecimal taxRatePercent, BigDecimal labourRate, BigDecimal symptomRiskMarginPercent) {}
