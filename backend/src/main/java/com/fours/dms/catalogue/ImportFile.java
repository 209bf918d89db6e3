package com.fours.dms.catalogue;

import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads an uploaded price list into rows of text, recognising the format by the content, never by
 * the file name: an XLSX workbook (its first sheet), or CSV text in UTF-8 (with or without a byte
 * order mark) or GBK (what Excel on a Chinese Windows saves as "CSV"). The encoding is detected:
 * text that is valid UTF-8 is UTF-8, otherwise it must be valid GBK. Anything else is not a
 * spreadsheet (415); a workbook or CSV cut off in transfer cannot be read (422), so nothing of it
 * is imported.
 */
public final class ImportFile {
    public static final Charset GBK = Charset.forName("GBK");

    /** The file's rows, the first being the header; each row keeps its number in the spreadsheet (1 = header). */
    public record Table(Format format, String encoding, List<Line> lines) {}

    public record Line(int number, List<String> cells) {
        public String cell(int i) {
            return i < 0 || i >= cells.size() ? null : cells.get(i);
        }
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CatalogueImportFormat")
    public enum Format {
        CSV, XLSX
    }

    private ImportFile() {}

    public static Table read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ProblemException(422, "import-unreadable", "Empty file", "The file is empty", List.of(new Violation("file", "is empty")), null);
        }
        if (bytes.length >= 8 && ReadableWorkbook.isOOXMLZipHeader(bytes) || bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return xlsx(bytes);
        }
        if (bytes.length >= 8 && ReadableWorkbook.isOLE2Header(bytes)) {
            throw unsupported("an Excel 97-2003 workbook (.xls); save it as .xlsx or CSV");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw unsupported("binary content (not CSV text or an XLSX workbook)");
            }
        }
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
        if (bom) {
            String text = decode(bytes, 3, StandardCharsets.UTF_8);
            if (text == null) {
                throw unreadable("the file starts as UTF-8 but is not valid UTF-8 (cut off or damaged)");
            }
            return csv(text, "UTF-8-BOM");
        }
        String utf8 = decode(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return csv(utf8, "UTF-8");
        }
        for (int cut = 1; cut <= 3 && cut < bytes.length; cut++) {
            // Valid UTF-8 but for a character cut in half at the very end: a file cut off in transfer, not GBK.
            if (decode(java.util.Arrays.copyOf(bytes, bytes.length - cut), 0, StandardCharsets.UTF_8) != null && nonAscii(bytes, bytes.length - cut)) {
                throw unreadable("the UTF-8 text ends in the middle of a character (cut off)");
            }
        }
        String gbk = decode(bytes, 0, GBK);
        if (gbk != null) {
            return csv(gbk, "GBK");
        }
        throw unsupported("text that is neither UTF-8 nor GBK");
    }

    /** Strict decoding: null when the bytes are not valid in this charset. */
    private static String decode(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Table csv(String text, String encoding) {
        // A comma-separated file; a semicolon- or tab-separated one (some Excel locales) is recognised by its header line.
        String header = text.lines().findFirst().orElse("");
        char delimiter = count(header, '\t') > count(header, ',') ? '\t' : count(header, ';') > count(header, ',') ? ';' : ',';
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get()
                .parse(new StringReader(text))) {
            for (CSVRecord r : parser) {
                List<String> cells = new ArrayList<>(r.size());
                r.forEach(cells::add);
                lines.add(new Line((int) r.getRecordNumber(), cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw unreadable("the CSV text ends inside a quoted value or is malformed (" + e.getMessage() + ")");
        }
        return new Table(Format.CSV, encoding, lines);
    }

    private static boolean nonAscii(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] < 0) {
                return true;
            }
        }
        return false;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    private static Table xlsx(byte[] bytes) {
        List<Line> lines = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getFirstSheet();
            try (var rows = sheet.openStream()) {
                for (Row row : (Iterable<Row>) rows::iterator) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(text(row.getCell(i)));
                    }
                    if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                        continue;
                    }
                    lines.add(new Line(row.getRowNum(), cells));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw unreadable("the XLSX workbook is cut off or damaged (" + e.getClass().getSimpleName() + ")");
        }
        return new Table(Format.XLSX, null, lines);
    }

    /** A cell as the text the same value has in a CSV: numbers in plain notation, dates as ISO dates. */
    private static String text(Cell c) {
        if (c == null || c.getType() == CellType.EMPTY) {
            return null;
        }
        if (c.getType() == CellType.NUMBER) {
            String format = c.getDataFormatString();
            if (format != null && (format.contains("yy") || format.contains("d") && format.contains("m"))) {
                return c.asDate().toLocalDate().toString();
            }
            BigDecimal n = c.asNumber();
            return n.stripTrailingZeros().toPlainString();
        }
        if (c.getType() == CellType.BOOLEAN) {
            return c.asBoolean().toString();
        }
        String t = c.getText();
        return t == null ? null : t.strip();
    }

    private static ProblemException unsupported(String what) {
        return new ProblemException(415, "unsupported-import-type", "Not a spreadsheet",
                "The file is " + what + "; send CSV (UTF-8 or GBK) or XLSX", List.of(new Violation("file", "is not CSV or XLSX")), null);
    }

    private static ProblemException unreadable(String why) {
        return new ProblemException(422, "import-unreadable", "File cannot be read", "Nothing was imported: " + why,
                List.of(new Violation("file", why)), null);
    }
}
