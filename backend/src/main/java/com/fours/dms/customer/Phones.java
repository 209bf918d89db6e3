package com.fours.dms.customer;

import java.util.regex.Pattern;

/** Mainland mobile (11 digits, 1[3-9]…) or landline (area code + number, optional extension). */
public final class Phones {
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern LANDLINE = Pattern.compile("0[1-9][0-9]{1,2}-?[2-9][0-9]{6,7}(-[0-9]{1,6})?");
    public static final String MESSAGE = "is not a mainland mobile (13812345678) or landline (010-62345678) number";

    private Phones() {}

    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String p = raw.strip().replaceAll("[\\s()]", "");
        if (p.startsWith("+86")) {
            p = p.substring(3);
        } else if (p.startsWith("0086")) {
            p = p.substring(4);
        }
        String digits = p.replaceFirst("^-+", "");
        return digits.replace("-", "").startsWith("1") ? digits.replace("-", "") : digits;
    }

    public static boolean isValid(String normalised) {
        return normalised != null && (MOBILE.matcher(normalised).matches() || LANDLINE.matcher(normalised).matches());
    }
}
