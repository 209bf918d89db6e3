package com.fours.dms.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fours.dms.shared.error.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The format and encoding of an upload come from its content. */
class ImportFileTest {
    @Test
    void utf8GbkAndTheByteOrderMarkAreDetected() {
        String text = "零件号,名称\nA-1,机油滤清器\n";
        assertEquals("UTF-8", ImportFile.read(text.getBytes(StandardCharsets.UTF_8)).encoding());
        assertEquals("GBK", ImportFile.read(text.getBytes(ImportFile.GBK)).encoding());
        ImportFile.Table bom = ImportFile.read(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8-BOM", bom.encoding());
        assertEquals(List.of("零件号", "名称"), bom.lines().get(0).cells());
        assertEquals("机油滤清器", ImportFile.read(text.getBytes(ImportFile.GBK)).lines().get(1).cell(1));
    }

    @Test
    void semicolonsAndTabsAreRecognisedAndRowsKeepTheirNumbers() {
        ImportFile.Table t = ImportFile.read("a;b\n1;2\n\n3;4\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("3", "4"), t.lines().get(2).cells());
        assertEquals(List.of("x", "y"), ImportFile.read("x\ty\n".getBytes(StandardCharsets.UTF_8)).lines().get(0).cells());
    }

    @Test
    void binariesOldWorkbooksAndCutOffTextAreRefused() {
        assertEquals(415, assertThrows(ProblemException.class, () -> ImportFile.read(new byte[] {1, 0, 2})).status());
        assertEquals(415, assertThrows(ProblemException.class, () -> ImportFile.read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0})).status());
        assertEquals(422, assertThrows(ProblemException.class, () -> ImportFile.read("a,b\n\"open".getBytes(StandardCharsets.UTF_8))).status());
        assertEquals(422, assertThrows(ProblemException.class, () -> ImportFile.read(new byte[] {'P', 'K', 3, 4, 1, 2, 3})).status());
    }
}
