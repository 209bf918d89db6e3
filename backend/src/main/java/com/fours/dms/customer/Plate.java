package com.fours.dms.customer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Mainland-China number plates (GA 36): a province abbreviation, an issuing-authority letter, then
 * five characters (ordinary 7-character plates, with 学/警/挂/港/澳 suffixes) or six for new-energy
 * plates (8 characters: D/F and the 2022 A–K letters in third place for small cars, or five
 * digits + D/F for large vehicles). I and O are never used.
 */
public final class Plate {
    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final String L = "A-HJ-NP-Z";
    private static final Pattern ORDINARY = Pattern.compile("[" + PROVINCES + "][" + L + "][" + L + "0-9]{4}[" + L + "0-9学警挂港澳]");
    private static final Pattern NEW_ENERGY_SMALL = Pattern.compile("[" + PROVINCES + "][" + L + "][A-HJK][" + L + "0-9][0-9]{4}");
    private static final Pattern NEW_ENERGY_LARGE = Pattern.compile("[" + PROVINCES + "][" + L + "][0-9]{5}[DF]");

    private Plate() {}

    /** Upper case, without the spaces, dots and middle dots people type into plates. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        return raw.strip().replaceAll("[\\s·•.\\-]", "").toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String plate) {
        if (plate == null) {
            return false;
        }
        return switch (plate.length()) {
            case 7 -> ORDINARY.matcher(plate).matches();
            case 8 -> NEW_ENERGY_SMALL.matcher(plate).matches() || NEW_ENERGY_LARGE.matcher(plate).matches();
            default -> false;
        };
    }

    public static boolean isNewEnergy(String plate) {
        return plate != null && plate.length() == 8 && isValid(plate);
    }
}
