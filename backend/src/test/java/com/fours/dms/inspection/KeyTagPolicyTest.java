package com.fours.dms.inspection;

import static org.junit.jupiter.api.Assertions.*;

import com.fours.dms.shared.error.Violation;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R-CHK-2: key tag and cabinet slot are unique among the store's cars in the shop. */
class KeyTagPolicyTest {
    final UUID mine = UUID.randomUUID();
    final UUID other = UUID.randomUUID();

    @Test
    void aTagHeldByAnotherCarClashesOnKeyTag() {
        List<Violation> v = KeyTagPolicy.clashes(mine, "K-017", "A-01", List.of(new KeyTagPolicy.Held(other, "K-017", "B-09")));
        assertEquals(List.of("keyTag"), v.stream().map(Violation::field).toList());
    }

    @Test
    void aSlotHeldByAnotherCarClashesOnKeySlot() {
        List<Violation> v = KeyTagPolicy.clashes(mine, "K-018", "a-01 ", List.of(new KeyTagPolicy.Held(other, "K-017", "A-01")));
        assertEquals(List.of("keySlot"), v.stream().map(Violation::field).toList());
    }

    @Test
    void theCarsOwnKeyNeverClashes() {
        assertTrue(KeyTagPolicy.clashes(mine, "K-017", "A-01", List.of(new KeyTagPolicy.Held(mine, "K-017", "A-01"))).isEmpty());
    }

    @Test
    void noKeyNoClash() {
        assertTrue(KeyTagPolicy.clashes(mine, null, null, List.of(new KeyTagPolicy.Held(other, "K-017", "A-01"))).isEmpty());
    }

    @Test
    void tagsAreStoredTrimmedInUpperCase() {
        assertEquals("K-017", KeyTagPolicy.normalise("  k-017 "));
        assertNull(KeyTagPolicy.normalise("  "));
    }
}
