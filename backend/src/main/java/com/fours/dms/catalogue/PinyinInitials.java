package com.fours.dms.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The pinyin initials of a name (机油滤清器 → jylqq), computed once when a part or operation is
 * written so that an advisor can type "jylq" at the car. Latin letters and digits are kept as they
 * are (5W-30 机油 → 5w30jy). A character with several readings gives several spellings (刹车 is
 * both cc and sc, 前刹车片 qscp as people say it): the row is found by any of them, up to
 * {@value #MAX_VARIANTS}.
 */
public final class PinyinInitials {
    static final int MAX_VARIANTS = 8;
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    }

    private PinyinInitials() {}

    /** The first spelling (each character's first reading), as stored in the row. */
    public static String of(String name) {
        return variants(name).get(0);
    }

    /** Every spelling from the characters' readings, the first reading first; at most {@value #MAX_VARIANTS}. */
    public static List<String> variants(String name) {
        List<StringBuilder> out = new ArrayList<>(List.of(new StringBuilder()));
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 128) {
                if (Character.isLetterOrDigit(c)) {
                    out.forEach(b -> b.append(Character.toLowerCase(c)));
                }
                continue;
            }
            Set<Character> initials = initials(c);
            if (initials.isEmpty()) {
                continue;
            }
            List<StringBuilder> next = new ArrayList<>();
            for (StringBuilder b : out) {
                for (char initial : initials) {
                    if (next.size() < MAX_VARIANTS || initial == initials.iterator().next()) {
                        next.add(new StringBuilder(b).append(initial));
                    }
                }
            }
            out = next.size() > MAX_VARIANTS ? next.subList(0, MAX_VARIANTS) : next;
        }
        Set<String> distinct = new LinkedHashSet<>();
        out.forEach(b -> distinct.add(b.length() > 200 ? b.substring(0, 200) : b.toString()));
        return List.copyOf(distinct);
    }

    private static Set<Character> initials(char c) {
        Set<Character> s = new LinkedHashSet<>();
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            if (readings != null) {
                for (String r : readings) {
                    if (!r.isEmpty()) {
                        s.add(r.toLowerCase(Locale.ROOT).charAt(0));
                    }
                }
            }
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
        return s;
    }
}
