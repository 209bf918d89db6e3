package com.fours.dms.inspection;

import com.fours.dms.shared.error.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * R-CHK-2 (key handed over): a key tag number and a key-cabinet slot identify one car among the
 * cars currently in the shop of a store, so neither may be held by another order still in the
 * shop. The database enforces the same with unique constraints on key_assignment.
 */
public final class KeyTagPolicy {
    private KeyTagPolicy() {}

    /** A key held by an order in the shop. */
    public record Held(UUID repairOrderId, String keyTag, String keySlot) {}

    /** Violations on keyTag / keySlot when another order in the shop holds them (case-insensitive, trimmed). */
    public static List<Violation> clashes(UUID repairOrderId, String keyTag, String keySlot, Collection<Held> inShop) {
        List<Violation> v = new ArrayList<>();
        for (Held h : inShop) {
            if (h.repairOrderId().equals(repairOrderId)) {
                continue;
            }
            if (same(keyTag, h.keyTag()) && v.stream().noneMatch(x -> x.field().equals("keyTag"))) {
                v.add(new Violation("keyTag", "key tag " + keyTag.strip() + " is on another car in the shop"));
            }
            if (same(keySlot, h.keySlot()) && v.stream().noneMatch(x -> x.field().equals("keySlot"))) {
                v.add(new Violation("keySlot", "cabinet slot " + keySlot.strip() + " holds another car's key"));
            }
        }
        return v;
    }

    static boolean same(String a, String b) {
        return a != null && b != null && !a.isBlank() && a.strip().equalsIgnoreCase(b.strip());
    }

    /** The stored form: trimmed, upper case, blank as none. */
    public static String normalise(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
