package com.fours.dms.customer;

import java.util.Optional;

/**
 * Vehicle identification number per ISO 3779 / GB 16735: 17 characters, no I, O or Q, and a
 * check digit in position 9 (mandatory for vehicles registered in mainland China).
 */
public final class Vin {
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

    private Vin() {}

    public static String normalise(String raw) {
        return raw == null ? null : raw.strip().replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** Empty when valid, else why not (for the caller's violation message). */
    public static Optional<String> problem(String vin) {
        if (vin == null || vin.length() != 17) {
            return Optional.of("must be 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = vin.charAt(i);
            if (c == 'I' || c == 'O' || c == 'Q') {
                return Optional.of("must not contain I, O or Q (position " + (i + 1) + ")");
            }
            int v = value(c);
            if (v < 0) {
                return Optional.of("may contain only digits and letters (position " + (i + 1) + ")");
            }
            sum += v * WEIGHTS[i];
        }
        int r = sum % 11;
        char expected = r == 10 ? 'X' : (char) ('0' + r);
        if (vin.charAt(8) != expected) {
            return Optional.of("check digit (position 9) does not match; this VIN has a typo");
        }
        return Optional.empty();
    }

    public static char checkDigit(String vin17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            if (i != 8) {
                sum += value(vin17.charAt(i)) * WEIGHTS[i];
            }
        }
        int r = sum % 11;
        return r == 10 ? 'X' : (char) ('0' + r);
    }

    /** ISO 3779 transliteration. */
    static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return switch (c) {
            case 'A', 'J' -> 1;
            case 'B', 'K', 'S' -> 2;
            case 'C', 'L', 'T' -> 3;
            case 'D', 'M', 'U' -> 4;
            case 'E', 'N', 'V' -> 5;
            case 'F', 'W' -> 6;
            case 'G', 'P', 'X' -> 7;
            case 'H', 'Y' -> 8;
            case 'R', 'Z' -> 9;
            default -> -1;
        };
    }
}
