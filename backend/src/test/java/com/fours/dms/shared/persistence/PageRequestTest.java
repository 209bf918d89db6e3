package com.fours.dms.shared.persistence;

import static org.junit.jupiter.api.Assertions.*;

import com.fours.dms.shared.error.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PageRequestTest {
    @Test
    void sizeIsBounded() {
        assertEquals(20, PageRequest.of(null, null).limit());
        assertEquals(100, PageRequest.of(null, 100).limit());
        assertEquals(400, assertThrows(ProblemException.class, () -> PageRequest.of(null, 101)).status());
        assertEquals("limit", assertThrows(ProblemException.class, () -> PageRequest.of(null, 0)).violations().get(0).field());
    }

    @Test
    void cursorRoundTripsAndGarbageIsRefused() {
        UUID id = UUID.randomUUID();
        assertEquals(id, PageRequest.of(PageRequest.encode(id), 5).after());
        assertEquals("cursor", assertThrows(ProblemException.class, () -> PageRequest.of("%%%", 5)).violations().get(0).field());
    }

    @Test
    void aKeyedCursorCarriesItsSortKeyAndId() {
        UUID id = UUID.randomUUID();
        Instant arrival = Instant.parse("2026-11-24T01:30:00Z");
        Cursor c = PageRequest.of(Cursor.after(arrival, id).encode(), null).cursor();
        assertEquals(arrival, c.instantKey());
        assertEquals(id, c.id());
        assertEquals("京A12345", Cursor.decode(Cursor.after("京A12345", id).encode()).requireKey());
        assertEquals("", Cursor.decode(Cursor.after("", id).encode()).requireKey(), "an empty key is a key");
    }

    @Test
    void aCursorOfAnotherOrderIsA400OnTheCursorField() {
        UUID id = UUID.randomUUID();
        PageRequest keyed = PageRequest.of(Cursor.after("京A12345", id).encode(), null);
        assertEquals("cursor", assertThrows(ProblemException.class, keyed::after).violations().get(0).field(), "an id-ordered list refuses a keyed cursor");
        Cursor byId = PageRequest.of(PageRequest.encode(id), null).cursor();
        assertEquals(400, assertThrows(ProblemException.class, byId::requireKey).status(), "a keyed list refuses an id cursor");
        assertEquals("cursor", assertThrows(ProblemException.class, Cursor.after("plate", id)::instantKey).violations().get(0).field());
        assertEquals("cursor", assertThrows(ProblemException.class, () -> Cursor.decode("bm9wZQ")).violations().get(0).field(), "base64 of something else");
    }

    @Test
    void anEndpointMayHaveItsOwnBoundsUnderTheSameRule() {
        assertEquals(200, PageRequest.of(null, null, 200, 500).limit());
        ProblemException e = assertThrows(ProblemException.class, () -> PageRequest.of(null, 501, 200, 500));
        assertEquals(400, e.status());
        assertEquals("limit", e.violations().get(0).field());
        assertEquals("must be between 1 and 500", e.violations().get(0).message());
    }

    @Test
    void aKeyedPageEndsWithTheCursorOfItsLastRow() {
        PageRequest p = PageRequest.of(null, 2);
        Page<String> page = p.pageByKey(List.of("a", "b", "c"), s -> Cursor.after(s, new UUID(0, s.charAt(0))), s -> s.toUpperCase());
        assertEquals(List.of("A", "B"), page.items());
        assertEquals("b", Cursor.decode(page.nextCursor()).requireKey());
        assertEquals(3, p.fetch());
    }

    @Test
    void theLastPageHasNoNextCursor() {
        PageRequest p = PageRequest.of(null, 2);
        assertNotNull(p.page(List.of(1, 2, 3), i -> new UUID(0, i), i -> i).nextCursor());
        assertNull(p.page(List.of(1, 2), i -> new UUID(0, i), i -> i).nextCursor());
    }

    @Test
    void idsAreTimeOrderedAndStrictlyIncreasingUnderAStoppedClock() {
        Clock stopped = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(Ids.newId(stopped));
        }
        for (int i = 1; i < ids.size(); i++) {
            assertTrue(unsignedCompare(ids.get(i - 1), ids.get(i)) < 0, "id " + i + " not after its predecessor");
        }
        assertEquals(7, ids.get(0).version());
    }

    /** PostgreSQL compares uuids as unsigned bytes. */
    private static int unsignedCompare(UUID a, UUID b) {
        int c = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return c != 0 ? c : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
