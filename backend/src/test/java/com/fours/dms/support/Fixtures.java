package com.fours.dms.support;

import com.fours.dms.customer.ContactChannel;
import com.fours.dms.customer.CustomerType;
import com.fours.dms.customer.Powertrain;
import com.fours.dms.customer.VehicleType;
import com.fours.dms.customer.Vin;
import com.fours.dms.customer.api.CustomerApiRequestBuilder;
import com.fours.dms.customer.api.CustomerApiVehicleRequestBuilder;
import com.fours.dms.shared.security.Roles;
import io.restassured.http.ContentType;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
        final CustomerApiRequestBuilder request = CustomerApiRequestBuilder.builder()
                .type(CustomerType.PRIVATE).name(unique("张伟")).phones(List.of(randomMobile()))
                .address("北京市朝阳区建国路88号").clubMember(false).preferredContact(ContactChannel.PHONE);
        final Map<String, Object> raw = new LinkedHashMap<>();

        CustomerBuilder() {}

        public CustomerBuilder named(String name) {
            request.name(name);
            return this;
        }

        public CustomerBuilder phones(String... phones) {
            request.phones(List.of(phones));
            return this;
        }

        public CustomerBuilder company(String companyName) {
            request.type(CustomerType.COMPANY).companyName(companyName);
            return this;
        }

        /** A raw field value, e.g. one the typed request cannot hold. */
        public CustomerBuilder with(String field, Object value) {
            raw.put(field, value);
            return this;
        }

        public Map<String, Object> body() {
            Map<String, Object> body = Json.body(request.build());
            body.putAll(raw);
            return body;
        }

        /** Registers it as an advisor of the default store; returns the new id. */
        public String create() {
            return Api.as(Roles.ADVISOR).body(body()).post("/api/stores/" + STORE + "/customers")
                    .then().statusCode(201).contentType(ContentType.JSON).extract().path("id");
        }
    }

    public static final class VehicleBuilder {
        final CustomerApiVehicleRequestBuilder request;
        final Map<String, Object> raw = new LinkedHashMap<>();

        VehicleBuilder(String ownerId) {
            request = CustomerApiVehicleRequestBuilder.builder()
                    .ownerId(UUID.fromString(ownerId)).vin(randomVin()).plate(randomPlate()).brand("大众").model("帕萨特 330TSI")
                    .vehicleType(VehicleType.SEDAN).powertrain(Powertrain.ICE).color("白").purchaseDate(LocalDate.parse("2023-05-01"))
                    .soldHere(true).maintenanceIntervalKm(10000).maintenanceIntervalMonths(6)
                    .lastServiceDate(LocalDate.parse("2026-06-01")).lastServiceMileage(20000);
        }

        /** A raw field value, e.g. one the typed request cannot hold. */
        public VehicleBuilder with(String field, Object value) {
            raw.put(field, value);
            return this;
        }

        public VehicleBuilder plate(String plate) {
            request.plate(plate);
            return this;
        }

        public VehicleBuilder vin(String vin) {
            request.vin(vin);
            return this;
        }

        public Map<String, Object> body() {
            Map<String, Object> body = Json.body(request.build());
            body.putAll(raw);
            return body;
        }

        public String create() {
            return Api.as(Roles.ADVISOR).body(body()).post("/api/stores/" + STORE + "/vehicles")
                    .then().statusCode(201).extract().path("id");
        }
    }
}
