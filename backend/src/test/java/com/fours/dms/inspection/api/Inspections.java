package com.fours.dms.inspection.api;

import com.fours.dms.inspection.DocumentType;
import com.fours.dms.inspection.FuelLevel;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.Json;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Fixtures that speak the check-in: inspections.walkIn(), inspections.start(order, body), inspections.upload(order, bytes). */
public final class Inspections {
    public final BookingStore shop;

    private Inspections(BookingStore shop) {
        this.shop = shop;
    }

    public static Inspections in(BookingStore shop) {
        return new Inspections(shop);
    }

    /** A walk-in DRAFT repair order for a new customer and vehicle (last service mileage 20 000 km). */
    public Response walkIn() {
        String[] cv = shop.customerWithVehicle();
        return walkIn(cv);
    }

    public Response walkIn(String[] cv) {
        Response r = shop.as(Roles.ADVISOR).body(Map.of("customerId", cv[0], "vehicleId", cv[1], "requestedWork", "保养，左前门有划痕"))
                .post(shop.path("/repair-orders"));
        r.then().statusCode(201);
        return r;
    }

    public String path(Response order, String rest) {
        return shop.path("/repair-orders/" + order.path("id") + "/inspection" + rest);
    }

    /** A complete check-in body: 25 000 km, half a tank, covers fitted, a key tag and slot. */
    public static Map<String, Object> body(String keyTag, String keySlot) {
        return Json.body(InspectionApiInspectionRequestBuilder.builder()
                .odometer(25_000).fuelLevel(FuelLevel.HALF).warningLights(List.of("ENGINE")).protectiveCoversFitted(true)
                .belongings(List.of("行车记录仪", "儿童座椅"))
                .documents(List.of(new InspectionApi.DocumentRequest(DocumentType.REGISTRATION, null, true, null),
                        new InspectionApi.DocumentRequest(DocumentType.OTHER, "环保标志", false, "已过期")))
                .keyTag(keyTag).keySlot(keySlot)
                .build());
    }

    public Response create(Response order, Map<String, Object> body) {
        return shop.as(Roles.ADVISOR).body(body).post(path(order, ""));
    }

    /** Starts the inspection and expects success. */
    public Response start(Response order, Map<String, Object> body) {
        Response r = create(order, body);
        r.then().statusCode(201);
        return r;
    }

    public Response act(Response inspection, Response order, String rest, Object body) {
        return shop.as(Roles.ADVISOR).header("If-Match", inspection.header("ETag")).body(body).post(path(order, rest));
    }

    public Response addMark(Response inspection, Response order) {
        Response r = act(inspection, order, "/damage-marks", Map.of("zone", "FRONT_LEFT_DOOR", "type", "SCRATCH", "x", 0.3, "y", 0.6, "note", "划痕5cm"));
        r.then().statusCode(200);
        return r;
    }

    public Response sign(Response inspection, Response order) {
        Response r = act(inspection, order, "/sign", Map.of("signerName", "张伟", "signaturePng", Base64.getEncoder().encodeToString(com.fours.dms.inspection.Images.png(120, 40))));
        r.then().statusCode(200);
        return r;
    }

    public RequestSpecification uploading(RequestSpecification as, String fileName, byte[] bytes, String declaredType) {
        return as.contentType("multipart/form-data").multiPart("file", fileName, bytes, declaredType);
    }

    public Response upload(Response order, String fileName, byte[] bytes, String declaredType) {
        return uploading(shop.as(Roles.ADVISOR), fileName, bytes, declaredType).post(path(order, "/photos"));
    }
}
