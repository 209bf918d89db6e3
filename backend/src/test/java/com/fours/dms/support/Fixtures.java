package com.fours.dms.support;

import com.fours.dms.customer.Vin;
import com.fours.dms.shared.security.Roles;
import io.restassured.http.ContentType;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fixtures that speak the domain: aCustomer().company().named("…"), aVehicle(ownerId).newEnergy(). */
public final class Fixtures {
    public static final String STORE = "BJ01";
    public static final String OTHER_STORE = "SH01";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PLATE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    private static final String VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

    private Fixtures() {}

    /** Opens the test stores once (idempotent across runs: the test database is kept). */
    private static volatile boolean storesOpen;

    public static synchronized void stores() {
        if (storesOpen) {
            return;
        }
        for (String code : List.of(STORE, OTHER_STORE)) {
            int status = Api.withToken(TestTokens.token("manager", java.util.Set.of(Roles.SERVICE_MANAGER), STORE, OTHER_STORE))
                    .get("/api/stores/" + code).statusCode();
            if (status == 404) {
                Api.withToken(TestTokens.token("manager", java.util.Set.of(Roles.SERVICE_MANAGER), STORE, OTHER_STORE))
                        .body(Map.of("code", code, "name", code + " test store", "timezone", "Asia/Shanghai"))
                        .post("/api/stores").then().statusCode(201);
            }
        }
        storesOpen = true;
    }

    public static String randomVin() {
        StringBuilder sb = new StringBuilder("LSV");
        while (sb.length() < 17) {
            sb.append(VIN_CHARS.charAt(RANDOM.nextInt(VIN_CHARS.length())));
        }
        sb.setCharAt(8, Vin.checkDigit(sb.toString()));
        return sb.toString();
    }

    public static String randomPlate() {
        StringBuilder sb = new StringBuilder("京");
        sb.append("ABCDEFGHJKLMNPQ".charAt(RANDOM.nextInt(15)));
        for (int i = 0; i < 5; i++) {
            sb.append(PLATE_CHARS.charAt(RANDOM.nextInt(PLATE_CHARS.length())));
        }
        return sb.toString();
    }

    public static String randomMobile() {
        return "139" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    public static String unique(String prefix) {
        return prefix + Long.toString(Math.abs(RANDOM.nextLong()), 36).substring(0, 8);
    }

    public static CustomerBuilder aCustomer() {
        return new CustomerBuilder();
    }

    public static VehicleBuilder aVehicle(String ownerId) {
        return new VehicleBuilder(ownerId);
    }

    public static final class CustomerBuilder {
        final Map<String, Object> body = new LinkedHashMap<>();

        CustomerBuilder() {
            body.put("type", "PRIVATE");
            body.put("name", unique("张伟"));
            body.put("phones", new ArrayList<>(List.of(randomMobile())));
            body.put("email", null);
            body.put("address", "北京市朝阳区建国路88号");
            body.put("companyName", null);
            body.put("clubMember", false);
            body.put("preferredContact", "PHONE");
            body.put("serviceWishes", null);
            body.put("notes", null);
        }

        public CustomerBuilder named(String name) {
            body.put("name", name);
            return this;
        }

        public CustomerBuilder phones(String... phones) {
            body.put("phones", List.of(phones));
            return this;
        }

        public CustomerBuilder company(String companyName) {
            body.put("type", "COMPANY");
            body.put("companyName", companyName);
            return this;
        }

        public CustomerBuilder with(String field, Object value) {
            body.put(field, value);
            return this;
        }

        public Map<String, Object> body() {
            return body;
        }

        /** Registers it as an advisor of the default store; returns the new id. */
        public String create() {
            return Api.as(Roles.ADVISOR).body(body).post("/api/stores/" + STORE + "/customers")
                    .then().statusCode(201).contentType(ContentType.JSON).extract().path("id");
        }
    }

    public static final class VehicleBuilder {
        final Map<String, Object> body = new LinkedHashMap<>();

        VehicleBuilder(String ownerId) {
            body.put("ownerId", ownerId);
            body.put("vin", randomVin());
            body.put("plate", randomPlate());
            body.put("brand", "大众");
            body.put("model", "帕萨特 330TSI");
            body.put("vehicleType", "SEDAN");
            body.put("powertrain", "ICE");
            body.put("color", "白");
            body.put("purchaseDate", "2023-05-01");
            body.put("soldHere", true);
            body.put("maintenanceIntervalKm", 10000);
            body.put("maintenanceIntervalMonths", 6);
            body.put("lastServiceDate", "2026-06-01");
            body.put("lastServiceMileage", 20000);
        }

        public VehicleBuilder with(String field, Object value) {
            body.put(field, value);
            return this;
        }

        public VehicleBuilder plate(String plate) {
            return with("plate", plate);
        }

        public VehicleBuilder vin(String vin) {
            return with("vin", vin);
        }

        public Map<String, Object> body() {
            return body;
        }

        public String create() {
            return Api.as(Roles.ADVISOR).body(body).post("/api/stores/" + STORE + "/vehicles")
                    .then().statusCode(201).extract().path("id");
        }
    }
}
