package com.fours.dms.repairorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fours.dms.repairorder.api.RepairOrderApi.Disclaimer;
import com.fours.dms.repairorder.api.RepairOrderApi.Line;
import com.fours.dms.repairorder.api.RepairOrderApi.Totals;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R-CHK-9: the hash names exactly the estimate signed: the same content always, any change never. */
class EstimateFingerprintTest {
    static final UUID LINE = UUID.fromString("01a20621-0000-7000-8000-000000000001");

    static Line job(String hours, String amount) {
        return new Line(LINE, LineKind.JOB, PayType.CUSTOMER, "更换机油及机滤", "LUB-001", new BigDecimal(hours), new BigDecimal("150.00"), PricingMode.SYSTEM, null,
                false, false, null, null, null, null, null, null, false, null, new BigDecimal(amount), List.of(), null, null, null);
    }

    static Totals totals(String pay) {
        BigDecimal p = new BigDecimal(pay);
        BigDecimal tax = p.multiply(new BigDecimal("0.13")).setScale(2, java.math.RoundingMode.HALF_UP);
        return new Totals(p, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, p, tax, p.add(tax), p.add(tax));
    }

    static EstimateFingerprint.Fingerprint of(String tax, Line line, List<Disclaimer> disclaimers, Totals totals) {
        return EstimateFingerprint.of("CNY", new BigDecimal(tax), List.of(line), disclaimers, totals);
    }

    @Test
    void theSameEstimateGivesTheSameHashWhateverTheDecimalScale() {
        var a = of("13.00", job("1.00", "150.00"), List.of(), totals("150.00"));
        var b = of("13", job("1.0", "150"), List.of(), totals("150"));
        assertEquals(a.sha256(), b.sha256(), a.canonical() + "\n" + b.canonical());
        assertTrue(a.sha256().matches("[0-9a-f]{64}"));
        assertEquals(EstimateFingerprint.sha256(a.canonical()), a.sha256(), "the hash is the SHA-256 of the canonical text kept with the signature");
    }

    @Test
    void anyChangeToLinesTotalsDisclaimersOrTheTaxRateGivesAnotherHash() {
        String base = of("13", job("1.0", "150"), List.of(), totals("150")).sha256();
        assertNotEquals(base, of("13", job("1.5", "225"), List.of(), totals("225")).sha256(), "a line");
        assertNotEquals(base, of("13", job("1.0", "150"), List.of(), totals("151")).sha256(), "the totals");
        assertNotEquals(base, of("9", job("1.0", "150"), List.of(), totals("150")).sha256(), "the tax rate");
        assertNotEquals(base, of("13", job("1.0", "150"), List.of(new Disclaimer(DisclaimerCode.COST_AFTER_DISASSEMBLY, LINE, "部分费用需拆检后确定")), totals("150")).sha256(),
                "a disclaimer");
    }
}
