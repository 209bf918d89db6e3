package com.fours.dms.support;

import com.fours.dms.shared.security.Roles;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fresh store set up for booking, so capacity numbers are exact: open 08:30-18:00 every day
 * (Asia/Shanghai, 15-minute grid), two advisors who each receive one customer per slot, two
 * general bays, two maintenance technicians 08:30-17:30, service types MAINT (60 min) and
 * DIAG (30 min, a skill nobody has).
 */
public final class BookingStore {
    public final String code;
    public final List<String> advisorIds = new ArrayList<>();

    private BookingStore(String code) {
        this.code = code;
    }

    public static BookingStore open() {
        BookingStore s = new BookingStore(Fixtures.unique("K").toUpperCase());
        s.manager().body(Map.of("code", s.code, "name", "测试预约店", "timezone", "Asia/Shanghai")).post("/api/stores").then().statusCode(201);
        for (String name : List.of("王顾问", "李顾问")) {
            s.advisorIds.add(s.manager().body(Map.of("username", Fixtures.unique("adv"), "displayName", name, "receptionCapacity", 1, "active", true))
                    .post(s.path("/advisors")).then().statusCode(201).extract().path("id"));
        }
        for (String bay : List.of("B01", "B02")) {
            s.manager().body(Map.of("code", bay, "name", bay + "机修工位", "bayType", "GENERAL", "active", true)).post(s.path("/bays")).then().statusCode(201);
        }
        for (String tech : List.of("赵师傅", "钱师傅")) {
            s.manager().body(Map.of("name", tech, "skills", List.of("MAINTENANCE"), "workStart", "08:30:00", "workEnd", "17:30:00", "active", true))
                    .post(s.path("/technicians")).then().statusCode(201);
        }
        s.manager().body(Map.of("code", "MAINT", "name", "定期保养", "durationMinutes", 60, "bayType", "GENERAL", "skill", "MAINTENANCE", "active", true))
                .post(s.path("/service-types")).then().statusCode(201);
        s.manager().body(Map.of("code", "DIAG", "name", "故障诊断", "durationMinutes", 30, "bayType", "GENERAL", "skill", "DIAGNOSIS", "active", true))
                .post(s.path("/service-types")).then().statusCode(201);
        return s;
    }

    public String path(String rest) {
        return "/api/stores/" + code + rest;
    }

    public RequestSpecification as(String role) {
        return Api.withToken(TestTokens.token(role + "-user", Set.of(role), code));
    }

    public RequestSpecification manager() {
        return as(Roles.SERVICE_MANAGER);
    }

    /** Registers a customer with a vehicle in this store; returns {customerId, vehicleId}. */
    public String[] customerWithVehicle() {
        String customer = as(Roles.ADVISOR).body(Fixtures.aCustomer().body()).post(path("/customers")).then().statusCode(201).extract().path("id");
        String vehicle = as(Roles.ADVISOR).body(Fixtures.aVehicle(customer).body()).post(path("/vehicles")).then().statusCode(201).extract().path("id");
        return new String[] {customer, vehicle};
    }

    public Map<String, Object> booking(String[] cv, String arrivalAt) {
        Map<String, Object> b = new java.util.LinkedHashMap<>();
        b.put("customerId", cv[0]);
        b.put("vehicleId", cv[1]);
        b.put("serviceTypeCodes", List.of("MAINT"));
        b.put("arrivalAt", arrivalAt);
        b.put("mileage", 23500);
        b.put("requestedWork", "1万公里保养");
        b.put("priceIndication", "680.00");
        b.put("documentsToBring", List.of("MAINTENANCE_BOOKLET", "REGISTRATION"));
        b.put("origin", "CUSTOMER");
        b.put("channel", "PHONE");
        return b;
    }
}
