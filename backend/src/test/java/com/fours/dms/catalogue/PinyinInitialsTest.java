package com.fours.dms.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PinyinInitialsTest {
    @Test
    void chineseNamesBecomeTheirInitialsAndLatinIsKept() {
        assertEquals("jylqq", PinyinInitials.of("机油滤清器"));
        assertTrue(PinyinInitials.variants("前刹车片").containsAll(java.util.List.of("qccp", "qscp")), PinyinInitials.variants("前刹车片").toString());
        assertEquals("qhcjy5w30", PinyinInitials.of("全合成机油 5W-30"));
        assertEquals("", PinyinInitials.of("—"));
        assertTrue(PinyinInitials.variants("行行行行行行行行行行").size() <= 8);
    }

    @Test
    void numbersAreSearchedWithoutSeparators() {
        assertEquals("06L115562B", SearchText.numberKey(" 06l-115.562/b "));
        assertEquals("%06l\\_1\\%%", SearchText.patterns("06L_1%")[0]);
    }
}
