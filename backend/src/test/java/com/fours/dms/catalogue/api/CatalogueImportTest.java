package com.fours.dms.catalogue.api;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fours.dms.catalogue.ImportFile;
import com.fours.dms.inspection.Images;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.Api;
import com.fours.dms.support.MutableClock;
import com.fours.dms.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 8: price lists and labour lists from CSV and XLSX — encodings, bad rows with the report,
 * nothing half-imported, dry runs, cut-off files and files that are not spreadsheets.
 */
@QuarkusTest
class CatalogueImportTest {
    static final String PRICE_LIST = """
            part_number,name_zh,name_en,grade,list_price,cost,critical_system,supersedes,on_hand,expected_arrival
            06L-115-562B,机油滤清器,Oil filter,OEM,85.00,52.30,false,06L115562,10,
            BP-4411,前刹车片,Front brake pads,AFTERMARKET,420,300,true,,0,2026-11-26
            5W30-4L,全合成机油 5W-30,Engine oil,原厂,398.50,,否,,24,
            """;

    @Inject
    MutableClock clock;

    Catalogue cat;

    @BeforeEach
    void store() {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        cat = Catalogue.open();
    }

    @Test
    void aUtf8PriceListIsImportedAndSearchable() {
        Response r = cat.upload("PARTS", false, "prices.csv", PRICE_LIST.getBytes(StandardCharsets.UTF_8));
        r.then().statusCode(201).header("Location", containsString("/catalogue/imports/"))
                .body("status", is("IMPORTED"), "format", is("CSV"), "encoding", is("UTF-8"), "rowsTotal", is(3), "rowsCreated", is(3), "rowsUpdated", is(0),
                        "rowsRejected", is(0), "rejections", empty(), "fileName", is("prices.csv"));
        cat.shop.as(Roles.ADVISOR).queryParam("q", "qscp").get(cat.path("/parts")).then().statusCode(200)
                .body("items.partNumber", contains("BP-4411"), "items[0].grade", is("AFTERMARKET"), "items[0].criticalSystem", is(true),
                        "items[0].expectedArrivalAt", is("2026-11-25T16:00:00Z"));
        cat.shop.as(Roles.ADVISOR).queryParam("q", "06L115562").get(cat.path("/parts")).then().statusCode(200).body("items.partNumber", contains("06L-115-562B"));
        cat.shop.as(Roles.ADVISOR).queryParam("q", "qhcjy").get(cat.path("/parts")).then().statusCode(200)
                .body("items[0].grade", is("OEM"), "items[0].listPrice", is(398.50f), "items[0].available", is(24.00f));
        cat.shop.manager().queryParam("entityType", "catalogue-import").get(cat.shop.path("/audit-entries")).then().statusCode(200)
                .body("items.action", hasItem("imported"));
    }

    @Test
    void aSecondListChangesKnownPartsAndKeepsWhatItDoesNotName() {
        cat.upload("PARTS", false, "prices.csv", PRICE_LIST.getBytes(StandardCharsets.UTF_8)).then().statusCode(201);
        String update = "零件号,销售价\n06L115562B,90.00\nNEW-1,12.00\n";
        cat.upload("PARTS", false, "update.csv", update.getBytes(StandardCharsets.UTF_8)).then().statusCode(422).body("code", is("import-rejected"),
                "violations.field", contains("rows[3].name_zh"));
        cat.upload("PARTS", false, "update.csv", "零件号,销售价\n06L115562B,90.00\n".getBytes(StandardCharsets.UTF_8)).then().statusCode(201)
                .body("rowsUpdated", is(1), "rowsCreated", is(0));
        cat.shop.as(Roles.ADVISOR).queryParam("q", "06L115562B").get(cat.path("/parts")).then().statusCode(200)
                .body("items[0].listPrice", is(90.00f), "items[0].nameZh", is("机油滤清器"), "items[0].available", is(10.00f), "items[0].supersedes", contains("06L115562"));
    }

    @Test
    void aUtf8ListWithByteOrderMarkAndAGbkListAreBothRead() {
        cat.upload("PARTS", true, "bom.csv", Catalogue.utf8Bom(PRICE_LIST)).then().statusCode(200)
                .body("status", is("VALID"), "encoding", is("UTF-8-BOM"), "rowsCreated", is(3));
        cat.upload("PARTS", false, "gbk.csv", PRICE_LIST.getBytes(ImportFile.GBK)).then().statusCode(201)
                .body("status", is("IMPORTED"), "encoding", is("GBK"), "rowsCreated", is(3));
        cat.shop.as(Roles.ADVISOR).queryParam("q", "机油滤清器").get(cat.path("/parts")).then().statusCode(200).body("items.nameZh", contains("机油滤清器"));
    }

    @Test
    void badRowsRejectTheWholeFileWithAReportAndNothingIsWritten() {
        String bad = """
                part_number,name_zh,grade,list_price,on_hand,expected_arrival
                OK-1,好零件,OEM,10.00,1,
                BAD-PRICE,坏价格,OEM,八十五,1,
                ,没有零件号,OEM,10,1,
                BAD-GRADE,坏品质,SHINY,10,1,
                OK-1,重复,OEM,10,1,
                BAD-DATE,坏日期,OEM,10,-2,tomorrow
                """;
        Response r = cat.upload("PARTS", false, "bad.csv", bad.getBytes(StandardCharsets.UTF_8));
        r.then().statusCode(422).contentType("application/problem+json").header("Location", containsString("/catalogue/imports/"))
                .body("code", is("import-rejected"), "violations.field",
                        hasItems("rows[3].list_price", "rows[4].part_number", "rows[5].grade", "rows[6].part_number", "rows[7].on_hand", "rows[7].expected_arrival"));
        String location = r.header("Location");
        cat.shop.manager().get(location).then().statusCode(200).body("status", is("REJECTED"), "rowsTotal", is(6), "rowsRejected", is(5),
                "rowsCreated", is(0), "rejections.row", hasItems(3, 4, 5, 6, 7));
        String report = cat.shop.manager().accept("text/csv").get(location + "/report").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString("attachment")).extract().asString();
        assertTrue(report.startsWith("\uFEFFrow,column,value,message"), report);
        assertTrue(report.contains("3,list_price,八十五,must be a number"), report);
        assertTrue(report.contains("6,part_number,OK-1,appears again (first in row 2)"), report);
        cat.shop.as(Roles.ADVISOR).get(cat.path("/parts")).then().statusCode(200).body("items", empty());
    }

    @Test
    void aDryRunReportsWithoutWriting() {
        cat.upload("PARTS", true, "prices.csv", PRICE_LIST.getBytes(StandardCharsets.UTF_8)).then().statusCode(200)
                .body("status", is("VALID"), "dryRun", is(true), "rowsCreated", is(3));
        cat.upload("PARTS", true, "bad.csv", "part_number,list_price\nX-1,abc\n".getBytes(StandardCharsets.UTF_8)).then().statusCode(200)
                .body("status", is("REJECTED"), "rejections.column", hasItems("list_price", "name_zh"));
        cat.shop.as(Roles.ADVISOR).get(cat.path("/parts")).then().statusCode(200).body("items", empty());
    }

    @Test
    void anXlsxWorkbookIsRead() throws IOException {
        Response r = cat.upload("PARTS", false, "prices.xlsx", xlsx(List.of(
                List.of("零件号", "名称", "品质", "销售价", "关键系统", "库存"),
                List.of("BP-4411", "前刹车片", "副厂", 420.5, "是", 2),
                List.of("06L-115-562B", "机油滤清器", "OEM", 85, "否", 10))));
        r.then().statusCode(201).body("format", is("XLSX"), "encoding", nullValue(), "rowsCreated", is(2));
        cat.shop.as(Roles.ADVISOR).queryParam("q", "BP4411").get(cat.path("/parts")).then().statusCode(200)
                .body("items[0].listPrice", is(420.50f), "items[0].grade", is("AFTERMARKET"), "items[0].criticalSystem", is(true), "items[0].available", is(2.00f));
    }

    @Test
    void aCutOffFileIsUnreadableAndImportsNothing() throws IOException {
        byte[] workbook = xlsx(List.of(List.of("part_number", "name_zh", "list_price"), List.of("A-1", "零件", 1)));
        cat.upload("PARTS", false, "cut.xlsx", Arrays.copyOf(workbook, workbook.length / 2)).then().statusCode(422)
                .contentType("application/problem+json").body("code", is("import-unreadable"));
        cat.upload("PARTS", false, "cut.csv", "part_number,name_zh,list_price\nA-1,\"机油滤".getBytes(StandardCharsets.UTF_8)).then().statusCode(422)
                .body("code", is("import-unreadable"));
        byte[] text = PRICE_LIST.strip().getBytes(StandardCharsets.UTF_8);
        // The last character (the row's last byte is a digit) replaced by the first bytes of 机: a UTF-8 character cut in two.
        byte[] cut = Arrays.copyOf(text, text.length + 2);
        cut[text.length] = (byte) 0xE6;
        cut[text.length + 1] = (byte) 0x9C;
        cat.upload("PARTS", false, "cut.csv", cut).then().statusCode(422).body("code", is("import-unreadable"));
        cat.shop.as(Roles.ADVISOR).get(cat.path("/parts")).then().statusCode(200).body("items", empty());
    }

    @Test
    void aFileThatIsNotASpreadsheetIs415AndAMissingKeyColumn422() {
        cat.upload("PARTS", false, "photo.csv", Images.png(8, 8)).then().statusCode(415).contentType("application/problem+json")
                .body("code", is("unsupported-import-type"));
        cat.upload("PARTS", false, "empty.csv", new byte[0]).then().statusCode(422).body("code", is("import-unreadable"));
        cat.upload("PARTS", false, "cols.csv", "name,price\n机油,1\n".getBytes(StandardCharsets.UTF_8)).then().statusCode(422)
                .body("code", is("import-columns"));
        cat.upload("PARTS", false, "header.csv", "part_number,list_price\n".getBytes(StandardCharsets.UTF_8)).then().statusCode(422)
                .body("code", is("import-unreadable"));
        cat.shop.manager().contentType("multipart/form-data").multiPart("file", "x.csv", PRICE_LIST.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post(cat.path("/imports")).then().statusCode(400).body("violations.field", contains("kind"));
    }

    @Test
    void anIntegratorPushesAPriceListWithClientCredentialsAndReadsTheCatalogue() {
        var oem = Api.withToken(TestTokens.integrator("oem-parts", cat.shop.code));
        cat.uploading(oem, "oem.csv", PRICE_LIST.getBytes(StandardCharsets.UTF_8), "text/csv").queryParam("kind", "PARTS").post(cat.path("/imports"))
                .then().statusCode(201).body("importedBy", is("service-account-oem-parts"));
        Api.withToken(TestTokens.integrator("oem-parts", cat.shop.code)).queryParam("q", "jylq").get(cat.path("/parts")).then().statusCode(200)
                .body("items", hasSize(1));
        cat.uploading(cat.shop.as(Roles.ADVISOR), "a.csv", PRICE_LIST.getBytes(StandardCharsets.UTF_8), "text/csv").queryParam("kind", "PARTS")
                .post(cat.path("/imports")).then().statusCode(403);
    }

    @Test
    void aLabourListWithModelFamilyHoursIsImported() {
        String list = """
                code,name_zh,system,default_hours,model_hours,skill,bay_type
                BRK-PAD-F,更换前刹车片,制动,1.2,帕萨特=1.4;迈腾=1.6,MAINTENANCE,GENERAL
                OIL-CHG,更换机油机滤,MAINTENANCE,0.5,,MAINTENANCE,QUICK_SERVICE
                BAD,坏工时,ENGINE,0,帕萨特,,
                """;
        cat.upload("OPERATIONS", false, "labour.csv", list.getBytes(StandardCharsets.UTF_8)).then().statusCode(422)
                .body("violations.field", hasItems("rows[4].default_hours", "rows[4].model_hours"));
        String good = list.lines().limit(3).reduce("", (a, b) -> a + b + "\n");
        cat.upload("OPERATIONS", false, "labour.csv", good.getBytes(StandardCharsets.UTF_8)).then().statusCode(201).body("rowsCreated", is(2));
        cat.shop.as(Roles.ADVISOR).queryParam("q", "ghqscp").queryParam("model", "大众 迈腾").get(cat.path("/operations")).then().statusCode(200)
                .body("items[0].system", is("BRAKES"), "items[0].hours", is(1.60f), "items[0].bayType", is("GENERAL"));
    }

    @Test
    void importsAreListedNewestFirst() {
        cat.upload("PARTS", true, "a.csv", PRICE_LIST.getBytes(StandardCharsets.UTF_8)).then().statusCode(200);
        cat.upload("PARTS", false, "b.csv", PRICE_LIST.getBytes(StandardCharsets.UTF_8)).then().statusCode(201);
        List<String> names = cat.shop.manager().get(cat.path("/imports")).then().statusCode(200).extract().path("items.fileName");
        assertEquals(List.of("b.csv", "a.csv"), names);
    }

    static byte[] xlsx(List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "dms-test", "1.0");
        Worksheet ws = wb.newWorksheet("价格表");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object v = rows.get(r).get(c);
                if (v instanceof Number n) {
                    ws.value(r, c, n);
                } else {
                    ws.value(r, c, String.valueOf(v));
                }
            }
        }
        wb.finish();
        return out.toByteArray();
    }
}
