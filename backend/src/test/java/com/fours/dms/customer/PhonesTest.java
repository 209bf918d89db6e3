package com.fours.dms.customer;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhonesTest {
    @ParameterizedTest
    @CsvSource({"+86 138 1234 5678,13812345678", "0086-13812345678,13812345678", "010-62345678,010-62345678", "0755 86543210,075586543210"})
    void normalisesWhatPeopleType(String typed, String stored) {
        assertEquals(stored, Phones.normalise(typed));
        assertTrue(Phones.isValid(stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678901", "1381234567", "138123456789", "62345678", "abc"})
    void refusesNonNumbers(String typed) {
        assertFalse(Phones.isValid(Phones.normalise(typed)), typed);
    }
}
