package com.fours.dms.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Issuing the official invoice (发票). The number is assigned by the tax platform, which cannot
 * be reached from here; the default ({@link RecordedFapiao}) records the number and date the
 * cashier read off the platform. A real provider implements this (as an alternative bean) and
 * returns what the platform assigned. Never invents a number.
 */
public interface FapiaoIssuer {
    /** What the bill asks to be invoiced, and what the cashier entered (null where a provider assigns it). */
    record Request(String store, String settlementNumber, BigDecimal amount, BigDecimal tax, String enteredNumber, LocalDate enteredDate) {}

    record Issued(String number, LocalDate date) {}

    Issued issue(Request request);

    /** A red-letter (红字) correction of an issued fapiao: its own number and date. */
    Issued redLetter(Request request, String originalNumber);
}
