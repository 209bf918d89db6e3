package com.fours.dms.customer;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VinTest {
    @ParameterizedTest
    @ValueSource(strings = {"1M8GDM9AXKP042788", "LSVAU218XN2183294", "11111111111111111", "LFV2A21K5D4062146"})
    void realCheckDigitsPass(String vin) {
        assertEquals(java.util.Optional.empty(), Vin.problem(vin));
    }

    @Test
    void aTypoInAnyPositionIsCaughtByTheCheckDigit() {
        String vin = "LSVAU218XN2183294";
        String typo = vin.substring(0, 12) + "7" + vin.substring(13);
        assertTrue(Vin.problem(typo).orElseThrow().contains("check digit"));
    }

    @Test
    void checkDigitTenIsX() {
        assertEquals('X', Vin.checkDigit("1M8GDM9A_KP042788".replace('_', '0')));
    }

    @Test
    void iOAndQAreNeverValid() {
        assertTrue(Vin.problem("LSVAU2I80N2183294").orElseThrow().contains("I, O or Q"));
        assertTrue(Vin.problem("LSVAU2180N21832O4").orElseThrow().contains("position 16"));
    }

    @Test
    void lengthAndCharacters() {
        assertEquals("must be 17 characters", Vin.problem("LSVAU2180N218329").orElseThrow());
        assertTrue(Vin.problem("LSVAU2180N218329*").orElseThrow().contains("digits and letters"));
        assertEquals("LSVAU2180N2183294", Vin.normalise(" lsvau2180n 2183294 "));
    }
}
