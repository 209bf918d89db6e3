package com.fours.dms.catalogue;

import java.util.Collection;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * What search-as-you-type matches (issue 8): part numbers with and without their separators, old
 * (superseded) numbers, both names and the pinyin initials of the Chinese name, written once with
 * the row and matched with a trigram index.
 */
public final class SearchText {
    private SearchText() {}

    /** A part number as it is searched and kept unique: upper case, without spaces, dashes, dots, slashes or underscores. */
    public static String numberKey(String number) {
        return number.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-./_]", "");
    }

    /** The text a row is found by; every part lower case. */
    public static String of(String number, Collection<String> oldNumbers, String nameZh, String nameEn) {
        return of(number, oldNumbers, nameZh, nameEn, PinyinInitials.variants(nameZh));
    }

    /** The same, with the name's pinyin spellings already computed. */
    public static String of(String number, Collection<String> oldNumbers, String nameZh, String nameEn, Collection<String> pinyin) {
        StringJoiner j = new StringJoiner(" ");
        j.add(number.strip().toLowerCase(Locale.ROOT));
        j.add(numberKey(number).toLowerCase(Locale.ROOT));
        for (String old : oldNumbers) {
            j.add(old.strip().toLowerCase(Locale.ROOT));
            j.add(numberKey(old).toLowerCase(Locale.ROOT));
        }
        j.add(nameZh.strip().toLowerCase(Locale.ROOT));
        if (nameEn != null && !nameEn.isBlank()) {
            j.add(nameEn.strip().toLowerCase(Locale.ROOT));
        }
        pinyin.forEach(j::add);
        return j.toString();
    }

    /** The LIKE patterns a query matches: as typed, and as a number without separators. */
    public static String[] patterns(String q) {
        String typed = q.strip().toLowerCase(Locale.ROOT);
        String key = numberKey(q).toLowerCase(Locale.ROOT);
        return new String[] {"%" + escape(typed) + "%", "%" + escape(key.isEmpty() ? typed : key) + "%"};
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
