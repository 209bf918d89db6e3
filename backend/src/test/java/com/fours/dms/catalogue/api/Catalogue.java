package com.fours.dms.catalogue.api;

import com.fours.dms.catalogue.Grade;
import com.fours.dms.catalogue.VehicleSystem;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.Json;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A store's catalogue in tests: parts and operations built by name, price lists to upload. */
public final class Catalogue {
    public final BookingStore shop;

    private Catalogue(BookingStore shop) {
        this.shop = shop;
    }

    public static Catalogue of(BookingStore shop) {
        return new Catalogue(shop);
    }

    /** A fresh store with its (empty) catalogue. */
    public static Catalogue open() {
        return new Catalogue(BookingStore.open());
    }

    public String path(String rest) {
        return shop.path("/catalogue" + rest);
    }

    /** An OEM oil filter at 85.00, 10 on hand. */
    public static CatalogueApiPartRequestBuilder oilFilter() {
        return CatalogueApiPartRequestBuilder.builder().partNumber("06L-115-562B").nameZh("机油滤清器").nameEn("Oil filter").grade(Grade.OEM)
                .listPrice(new BigDecimal("85.00")).cost(new BigDecimal("52.30")).onHand(new BigDecimal("10")).reorderPoint(new BigDecimal("3"));
    }

    /** An aftermarket brake pad set on a critical system (R-CHK-5 disclaimer), 2 on hand. */
    public static CatalogueApiPartRequestBuilder aftermarketPads() {
        return CatalogueApiPartRequestBuilder.builder().partNumber("BP-4411").nameZh("前刹车片（品牌件）").nameEn("Front brake pads").grade(Grade.AFTERMARKET)
                .listPrice(new BigDecimal("420.00")).criticalSystem(true).onHand(new BigDecimal("2"));
    }

    /** Front brake pads, 1.2 h by default, 1.4 h on a 帕萨特. */
    public static CatalogueApiOperationRequestBuilder brakePadsJob() {
        return CatalogueApiOperationRequestBuilder.builder().code("BRK-PAD-F").nameZh("更换前刹车片").nameEn("Replace front brake pads").system(VehicleSystem.BRAKES)
                .defaultHours(new BigDecimal("1.2")).modelHours(List.of(new CatalogueApi.ModelHours("帕萨特", new BigDecimal("1.4")))).skill("MAINTENANCE");
    }

    public Response createPart(Object request) {
        return shop.manager().body(Json.body(request)).post(path("/parts"));
    }

    public String part(CatalogueApiPartRequestBuilder b) {
        return createPart(b.build()).then().statusCode(201).extract().path("id");
    }

    public Response createOperation(Object request) {
        return shop.manager().body(Json.body(request)).post(path("/operations"));
    }

    public String operation(CatalogueApiOperationRequestBuilder b) {
        return createOperation(b.build()).then().statusCode(201).extract().path("id");
    }

    public RequestSpecification uploading(RequestSpecification as, String fileName, byte[] bytes, String type) {
        return as.contentType("multipart/form-data").multiPart("file", fileName, bytes, type);
    }

    /** The service manager imports a file. */
    public Response upload(String kind, boolean dryRun, String fileName, byte[] bytes) {
        return uploading(shop.as(Roles.SERVICE_MANAGER), fileName, bytes, "text/csv").queryParam("kind", kind).queryParam("dryRun", dryRun)
                .post(path("/imports"));
    }

    public static byte[] csv(String text, Charset charset) {
        return text.getBytes(charset);
    }

    public static byte[] utf8Bom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    public Map<String, Object> search(String q) {
        return shop.as(Roles.ADVISOR).queryParam("q", q).get(path("/parts")).then().statusCode(200).extract().path("");
    }
}
