package com.fours.dms.approval;

import static org.junit.jupiter.api.Assertions.*;

import com.fours.dms.shared.error.ProblemException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R-REP-3: an item's versions and decisions — a change of price or scope is a new version that needs a new decision. */
class SupplementaryItemTest {
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    static SupplementaryItemVersion version(int no, String customerPay) {
        SupplementaryItemVersion v = new SupplementaryItemVersion();
        v.id = UUID.randomUUID();
        v.versionNo = no;
        v.description = "刹车片";
        v.customerPay = new BigDecimal(customerPay);
        v.lines = List.of();
        v.requirement = Requirement.RECOMMENDED;
        return v;
    }

    static SupplementaryItem reported() {
        SupplementaryItem i = SupplementaryItem.reported(UUID.randomUUID(), "BJ01", UUID.randomUUID(), "ROBJ010000001", "tech", NOW);
        i.propose(version(1, "540.00"), NOW);
        return i;
    }

    static void refused(Runnable r) {
        ProblemException e = assertThrows(ProblemException.class, r::run);
        assertEquals(409, e.status());
        assertEquals("R-REP-3", e.code());
    }

    @Test
    void anApprovedVersionIsInForceWithItsLines() {
        SupplementaryItem i = reported();
        assertEquals(ItemStatus.AWAITING_DECISION, i.status);
        UUID line = UUID.randomUUID();
        i.approved(1, List.of(line), NOW);
        assertEquals(ItemStatus.APPROVED, i.status);
        assertEquals(1, i.approvedVersion);
        assertEquals(List.of(line), i.orderLineIds);
        assertEquals("540.00", i.inForce().customerPay.toPlainString());
    }

    @Test
    void aVersionIsDecidedOnceAndOnlyTheCurrentOne() {
        SupplementaryItem i = reported();
        i.approved(1, List.of(), NOW);
        refused(() -> i.declined(1, null, NOW));
        refused(() -> i.approved(1, List.of(), NOW));
        i.revise(version(2, "1325.00"), NOW);
        refused(() -> i.approved(1, List.of(), NOW));
        i.approved(2, List.of(), NOW);
        assertEquals(2, i.approvedVersion);
    }

    @Test
    void aRevisionOfAnApprovedItemNeedsANewDecisionWhileTheOldVersionStaysInForce() {
        SupplementaryItem i = reported();
        i.approved(1, List.of(UUID.randomUUID()), NOW);
        i.revise(version(2, "1325.00"), NOW);
        assertEquals(ItemStatus.AWAITING_DECISION, i.status);
        assertEquals(2, i.currentVersion);
        assertEquals(1, i.inForce().versionNo, "the approved version stays in force until the customer decides the change");
        i.declined(2, null, NOW);
        assertEquals(ItemStatus.APPROVED, i.status, "declining the change keeps what was approved");
        assertEquals(1, i.approvedVersion);
    }

    @Test
    void aDeclinedItemIsFoundNotFixedAndCanBeOfferedAgain() {
        SupplementaryItem i = reported();
        UUID finding = UUID.randomUUID();
        i.declined(1, finding, NOW);
        assertEquals(ItemStatus.DECLINED, i.status);
        assertEquals(finding, i.findingId);
        assertNull(i.inForce());
        i.revise(version(2, "480.00"), NOW);
        assertEquals(ItemStatus.AWAITING_DECISION, i.status);
        assertEquals(finding, i.findingId, "the finding stays until an approval fixes it");
        assertThrows(IllegalStateException.class, () -> i.revise(version(4, "1.00"), NOW), "versions are consecutive");
    }

    @Test
    void whatCanBeDoneDependsOnTheOrderBeingInTheWorkshop() {
        SupplementaryItem i = reported();
        assertEquals(List.of("revise", "add-photo", "decide"), i.availableActions(true));
        assertEquals(List.of(), i.availableActions(false));
        i.approved(1, List.of(), NOW);
        assertEquals(List.of("revise", "add-photo"), i.availableActions(true));
    }
}
