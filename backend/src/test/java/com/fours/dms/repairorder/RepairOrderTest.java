package com.fours.dms.repairorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fours.dms.shared.error.ProblemException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The named transitions and their one guard (R-CHK-3, R-CHK-9, R-CHK-10). */
class RepairOrderTest {
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    static RepairOrder draft() {
        RepairOrder o = new RepairOrder();
        o.status = RepairOrderStatus.DRAFT;
        return o;
    }

    static RepairOrder withJob(RepairOrder o) {
        RepairOrderLine l = new RepairOrderLine();
        l.kind = LineKind.JOB;
        l.payType = PayType.CUSTOMER;
        l.hours = BigDecimal.ONE;
        l.labourRate = new BigDecimal("150");
        l.pricingMode = PricingMode.SYSTEM;
        o.lines.add(l);
        return o;
    }

    static RepairOrder open() {
        RepairOrder o = withJob(draft());
        o.submitForSignature(NOW);
        o.sign("张伟", NOW);
        return o;
    }

    static void refused(RepairOrder o, String code, Consumer<RepairOrder> action) {
        RepairOrderStatus before = o.status;
        ProblemException e = assertThrows(ProblemException.class, () -> action.accept(o));
        assertEquals(409, e.status());
        assertEquals(code, e.code());
        assertEquals(before, o.status);
    }

    @Test
    void theAdvisorPathDraftToSignedToHandedOver() {
        RepairOrder o = withJob(draft());
        o.submitForSignature(NOW);
        assertEquals(RepairOrderStatus.AWAITING_SIGNATURE, o.status);
        o.sign("张伟", NOW);
        assertEquals(RepairOrderStatus.OPEN, o.status);
        assertEquals("张伟", o.signedBy);
        assertEquals(List.of("hand-over", "cancel"), o.availableActions());
        o.handOver("赵师傅", HandoverReceiverKind.TECHNICIAN, null, HandoverRoute.FOREMAN, NOW, "advisor", NOW);
        assertEquals(List.of(), o.availableActions());
        o.startWork(NOW);
        o.sendToQualityCheck(NOW);
        o.passQualityCheck(NOW);
        o.settle(NOW);
        o.close(NOW);
        assertEquals(RepairOrderStatus.CLOSED, o.status);
    }

    @Test
    void anEmptyEstimateCannotBeSubmitted() {
        refused(draft(), "R-CHK-9", o -> o.submitForSignature(NOW));
    }

    @Test
    void onlyAnEstimateAwaitingSignatureCanBeSigned() {
        refused(withJob(draft()), "R-CHK-9", o -> o.sign("张伟", NOW));
        refused(open(), "R-CHK-9", o -> o.sign("张伟", NOW));
    }

    @Test
    void nothingIsDispatchedBeforeTheCustomerSigned() {
        refused(withJob(draft()), "R-CHK-9", o -> o.handOver("赵师傅", HandoverReceiverKind.TECHNICIAN, null, HandoverRoute.FOREMAN, NOW, "a", NOW));
        RepairOrder awaiting = withJob(draft());
        awaiting.submitForSignature(NOW);
        refused(awaiting, "R-CHK-9", o -> o.handOver("赵师傅", HandoverReceiverKind.TECHNICIAN, null, HandoverRoute.FOREMAN, NOW, "a", NOW));
        refused(awaiting, "R-CHK-9", o -> o.startWork(NOW));
    }

    @Test
    void workStartsOnlyAfterHandoverAndOnce() {
        refused(open(), "R-CHK-10", o -> o.startWork(NOW));
        RepairOrder o = open();
        o.handOver("赵师傅", HandoverReceiverKind.TECHNICIAN, null, HandoverRoute.FOREMAN, NOW, "a", NOW);
        refused(o, "R-CHK-10", x -> x.handOver("钱师傅", HandoverReceiverKind.TECHNICIAN, null, HandoverRoute.FOREMAN, NOW, "a", NOW));
        refused(o, "R-CHK-10", x -> x.cancel("客户改主意", NOW));
    }

    @Test
    void diagnosisDoesNotStartWithoutConsent() {
        RepairOrder o = open();
        o.lines.get(0).diagnosis = true;
        o.handOver("赵师傅", HandoverReceiverKind.TECHNICIAN, null, HandoverRoute.FOREMAN, NOW, "a", NOW);
        refused(o, "R-CHK-3", x -> x.startWork(NOW));
        o.status = RepairOrderStatus.DRAFT;
        o.recordDiagnosisConsent("张伟", ConsentChannel.PHONE, NOW, "advisor");
        o.status = RepairOrderStatus.OPEN;
        o.startWork(NOW);
        assertEquals(RepairOrderStatus.IN_PROGRESS, o.status);
    }

    @Test
    void changingTheEstimateAfterSubmittingOrSigningSendsItBackToDraftAndAfterHandOverIsRefused() {
        RepairOrder o = withJob(draft());
        o.submitForSignature(NOW);
        assertTrue(o.reviseEstimate(NOW));
        assertEquals(RepairOrderStatus.DRAFT, o.status);
        // Signed but still at the reception desk: the change needs a new signature (R-CHK-9).
        RepairOrder signed = open();
        assertTrue(signed.reviseEstimate(NOW));
        assertEquals(RepairOrderStatus.DRAFT, signed.status);
        RepairOrder handedOver = open();
        handedOver.handOver("赵师傅", HandoverReceiverKind.TECHNICIAN, null, HandoverRoute.FOREMAN, NOW, "a", NOW);
        refused(handedOver, "R-CHK-9", x -> x.reviseEstimate(NOW));
    }

    @Test
    void declineKeepsTheDiagnosisPathOpenAndEndsInClosed() {
        RepairOrder o = withJob(draft());
        o.recordDiagnosisConsent("张伟", ConsentChannel.IN_PERSON, NOW, "advisor");
        assertTrue(o.hasDiagnosisConsent());
        o.decline("太贵", NOW);
        assertEquals(RepairOrderStatus.DECLINED, o.status);
        refused(o, "R-CHK-9", x -> x.reviseEstimate(NOW));
        refused(o, "R-CHK-3", x -> x.recordDiagnosisConsent("张伟", ConsentChannel.PHONE, NOW, "a"));
        o.close(NOW);
        assertEquals(RepairOrderStatus.CLOSED, o.status);
        refused(open(), "R-CHK-9", x -> x.decline("太贵", NOW));
    }

    @Test
    void laterStatesHaveTheirGuards() {
        refused(open(), "repair-order-not-in-progress", o -> o.sendToQualityCheck(NOW));
        refused(open(), "repair-order-not-in-quality-check", o -> o.passQualityCheck(NOW));
        refused(open(), "repair-order-not-ready", o -> o.settle(NOW));
        refused(open(), "repair-order-not-settled", o -> o.close(NOW));
        RepairOrder cancelled = draft();
        cancelled.cancel("客户未到", NOW);
        refused(cancelled, "repair-order-closed", o -> o.cancel("again", NOW));
    }

    @Test
    void authorizedSupplementaryLinesJoinOnlyWhileTheWorkshopHasTheCar() {
        RepairOrderLine extra = new RepairOrderLine();
        refused(open(), "R-REP-3", o -> o.addAuthorizedLines(List.of(extra), List.of(), NOW));
        refused(withJob(draft()), "R-REP-3", o -> o.addAuthorizedLines(List.of(extra), List.of(), NOW));
        RepairOrder handed = open();
        handed.handOver("赵师傅", HandoverReceiverKind.TECHNICIAN, null, HandoverRoute.FOREMAN, NOW, "advisor", NOW);
        RepairOrderLine first = handed.lines.get(0);
        handed.addAuthorizedLines(List.of(extra), List.of(), NOW);
        assertEquals(List.of(first, extra), handed.lines);
        handed.startWork(NOW);
        RepairOrderLine replacement = new RepairOrderLine();
        handed.addAuthorizedLines(List.of(replacement), List.of(extra), NOW);
        assertEquals(List.of(first, replacement), handed.lines, "an approved revision replaces the earlier version's lines");
        handed.promisedDeliveryAt = NOW.plusSeconds(1800);
        handed.revisePromisedDelivery(UUID.randomUUID(), NOW.plusSeconds(3600), PromisedDeliveryReason.SUPPLEMENTARY_ITEMS, null, "ledger-1", "advisor", NOW);
        assertEquals("REVISED", handed.promisedDeliverySource);
        assertEquals("SUPPLEMENTARY_ITEMS", handed.promisedDeliveryReason);
        handed.sendToQualityCheck(NOW);
        refused(handed, "R-REP-3", o -> o.addAuthorizedLines(List.of(new RepairOrderLine()), List.of(), NOW));
        refused(handed, "R-REP-3", o -> o.revisePromisedDelivery(UUID.randomUUID(), NOW, PromisedDeliveryReason.SUPPLEMENTARY_ITEMS, null, null, "advisor", NOW));
    }

    @Test
    void theProgressCheckRevisesThePromiseUntilTheCarIsThroughTheQualityCheckAndKeepsEveryMove() {
        RepairOrder o = open();
        o.promisedDeliveryAt = NOW.plusSeconds(3600);
        refused(o, "R-REP-2", x -> x.revisePromisedDelivery(UUID.randomUUID(), NOW.plusSeconds(7200), PromisedDeliveryReason.PROGRESS_CHECK, "等件", "c", "advisor", NOW));
        refused(o, "R-REP-2", x -> x.expectCompletion(NOW.plusSeconds(7200), NOW));
        o.handOver("赵师傅", HandoverReceiverKind.TECHNICIAN, null, HandoverRoute.FOREMAN, NOW, "advisor", NOW);
        o.startWork(NOW);
        PromisedDeliveryRevision first = o.revisePromisedDelivery(UUID.randomUUID(), NOW.plusSeconds(7200), PromisedDeliveryReason.PROGRESS_CHECK,
                "变速箱油到货延迟", "check-1", "advisor", NOW);
        assertEquals(NOW.plusSeconds(3600), first.previousAt);
        assertEquals(NOW.plusSeconds(7200), o.promisedDeliveryAt);
        assertEquals("PROGRESS_CHECK", o.promisedDeliveryReason);
        o.expectCompletion(NOW.plusSeconds(7000), NOW);
        assertFalse(o.late(NOW), "expected before the new promise");
        o.sendToQualityCheck(NOW);
        PromisedDeliveryRevision second = o.revisePromisedDelivery(UUID.randomUUID(), NOW.plusSeconds(9000), PromisedDeliveryReason.PROGRESS_CHECK,
                "返工", "check-2", "advisor", NOW);
        assertEquals(List.of(first, second), o.promiseRevisions);
        assertEquals(NOW.plusSeconds(7200), second.previousAt);
        o.passQualityCheck(NOW);
        refused(o, "R-REP-2", x -> x.revisePromisedDelivery(UUID.randomUUID(), NOW.plusSeconds(9999), PromisedDeliveryReason.PROGRESS_CHECK, "x", "c", "a", NOW));
        assertEquals(2, o.promiseRevisions.size(), "a refused move leaves no history");
    }

    @Test
    void anOrderIsLateWhileSignedAndNotReadyOnceThePromisePassedOrTheWorkshopExpectsToFinishAfterIt() {
        RepairOrder o = open();
        assertFalse(o.late(NOW.plusSeconds(99_999)), "nothing promised");
        o.promisedDeliveryAt = NOW.plusSeconds(3600);
        assertFalse(o.late(NOW.plusSeconds(3600)), "at the promised time");
        assertTrue(o.late(NOW.plusSeconds(3601)), "after it");
        o.expectedCompletionAt = NOW.plusSeconds(3660);
        assertTrue(o.late(NOW), "the workshop expects to finish after the promise");
        o.expectedCompletionAt = NOW.plusSeconds(3000);
        assertFalse(o.late(NOW));
        o.status = RepairOrderStatus.READY_FOR_DELIVERY;
        assertFalse(o.late(NOW.plusSeconds(99_999)), "ready: the customer can have the car");
        o.status = RepairOrderStatus.DRAFT;
        assertFalse(o.late(NOW.plusSeconds(99_999)), "not signed yet");
    }
}
