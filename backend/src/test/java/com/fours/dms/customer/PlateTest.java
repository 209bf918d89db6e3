package com.fours.dms.customer;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlateTest {
    @ParameterizedTest
    @ValueSource(strings = {"京A12345", "沪B6C7D8", "粤Z1234港", "京A1234学", "川A12345", "京AD12345", "粤BF12345", "浙AKA2345", "京A12345D", "苏E54321F"})
    void mainlandOrdinaryAndNewEnergyPlatesAreValid(String plate) {
        assertTrue(Plate.isValid(plate), plate);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A12345", "京12345", "京A1234", "京AI2345", "京AO2345", "HK12345", "京AD1234X", "京A12345X", "京AZ12345", "京A123456"})
    void otherShapesAreRefused(String plate) {
        assertFalse(Plate.isValid(plate), plate);
    }

    @Test
    void typingHabitsAreNormalised() {
        assertEquals("京A12345", Plate.normalise(" 京a·123 45 "));
        assertEquals("京AD12345", Plate.normalise("京a-d12345"));
    }

    @Test
    void eightCharactersMeansNewEnergy() {
        assertTrue(Plate.isNewEnergy("京AD12345"));
        assertFalse(Plate.isNewEnergy("京A12345"));
    }
}
