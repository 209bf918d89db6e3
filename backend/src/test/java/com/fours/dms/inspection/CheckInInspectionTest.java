package com.fours.dms.inspection;

import static org.junit.jupiter.api.Assertions.*;

import com.fours.dms.shared.error.ProblemException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A signed inspection is frozen; a correction is a new version that keeps the signed one (R-CHK-2). */
class CheckInInspectionTest {
    static final Instant T = Instant.parse("2026-11-23T02:00:00Z");

    static CheckInInspection anInspection() {
        CheckInInspection i = new CheckInInspection();
        i.id = UUID.randomUUID();
        i.repairOrderId = UUID.randomUUID();
        i.versionNumber = 1;
        i.isCurrent = true;
        i.odometerKm = 25_000;
        i.keyTag = "K-1";
        return i;
    }

    @Test
    void anUnsignedInspectionCanChangeAndBeSigned() {
        CheckInInspection i = anInspection();
        i.requireEditable();
        i.sign("张伟", new byte[] {1}, T);
        assertEquals(T, i.signedAt);
        assertTrue(i.signed());
    }

    @Test
    void aSignedInspectionIsFrozen() {
        CheckInInspection i = anInspection();
        i.sign("张伟", new byte[] {1}, T);
        ProblemException e = assertThrows(ProblemException.class, i::requireEditable);
        assertEquals("R-CHK-2", e.code());
        assertThrows(ProblemException.class, () -> i.sign("李四", new byte[] {2}, T));
    }

    @Test
    void aCorrectionIsTheNextVersionAndTheOldOneStaysSigned() {
        CheckInInspection i = anInspection();
        i.sign("张伟", new byte[] {1}, T);
        CheckInInspection c = i.correction(UUID.randomUUID(), T.plusSeconds(60));
        assertEquals(2, c.versionNumber);
        assertEquals(i.id, c.supersedes);
        assertTrue(c.isCurrent);
        assertFalse(i.isCurrent);
        assertFalse(c.signed());
        assertTrue(i.signed());
        assertEquals(25_000, c.odometerKm);
        assertEquals("K-1", c.keyTag);
        c.requireEditable();
        assertThrows(ProblemException.class, () -> i.correction(UUID.randomUUID(), T));
    }

    @Test
    void anUnsignedInspectionIsChangedDirectlyNotCorrected() {
        ProblemException e = assertThrows(ProblemException.class, () -> anInspection().correction(UUID.randomUUID(), T));
        assertEquals("R-CHK-2", e.code());
    }
}
