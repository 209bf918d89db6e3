package com.fours.dms.store;

/** The store's estimate rates (VAT, labour rate, symptom margin) were changed: unsigned drafts are priced with them from now on (issue 7, point 4). */
public record PriceRatesChanged(String storeCode, PriceRates before, PriceRates after) {}
