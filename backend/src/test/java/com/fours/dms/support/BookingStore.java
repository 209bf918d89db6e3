package com.fours.dms.support;

import com.fours.dms.appointment.Channel;
import com.fours.dms.appointment.Origin;
import com.fours.dms.appointment.api.AppointmentApi.Document;
import com.fours.dms.appointment.api.AppointmentApiBookRequestBuilder;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.store.api.StoreApiSettingsRequestBuilder;
import com.fours.dms.store.api.StoreApi;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

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

    /** Registers a fleet (company) customer with a vehicle in this store (R-ARC-3); returns {customerId, vehicleId}. */
    public String[] fleetCustomerWithVehicle() {
        String customer = as(Roles.ADVISOR).body(Fixtures.aCustomer().company("京通物流有限公司").body()).post(path("/customers")).then().statusCode(201).extract().path("id");
        String vehicle = as(Roles.ADVISOR).body(Fixtures.aVehicle(customer).body()).post(path("/vehicles")).then().statusCode(201).extract().path("id");
        return new String[] {customer, vehicle};
    }

    /** A phone booking of MAINT for this customer and vehicle, as the customer asked for it (R-APT-2). */
    public Map<String, Object> booking(String[] cv, String arrivalAt) {
        return Json.body(AppointmentApiBookRequestBuilder.builder()
                .customerId(uuid(cv[0])).vehicleId(uuid(cv[1])).serviceTypeCodes(List.of("MAINT")).arrivalAt(Instant.parse(arrivalAt))
                .mileage(23500).requestedWork("1万公里保养").priceIndication(new BigDecimal("680.00"))
                .documentsToBring(List.of(Document.MAINTENANCE_BOOKLET, Document.REGISTRATION))
                .origin(Origin.CUSTOMER).channel(Channel.PHONE)
                .build());
    }

    /**
     * Changes the store's settings as its service manager would: reads them, changes what the
     * test names, and sends them back with If-Match. Returns the PUT's response.
     */
    public Response changeSettings(UnaryOperator<StoreApiSettingsRequestBuilder> change) {
        Response current = manager().get(path("/settings"));
        current.then().statusCode(200);
        StoreApi.SettingsView s = Json.read(current, StoreApi.SettingsView.class);
        StoreApiSettingsRequestBuilder request = StoreApiSettingsRequestBuilder.builder()
                .slotMinutes(s.slotMinutes()).noShowGraceMinutes(s.noShowGraceMinutes()).depositSharePercent(s.depositSharePercent())
                .reminderLeadHours(s.reminderLeadHours()).repeatRepairWindowDays(s.repeatRepairWindowDays()).deliveryMarginMinutes(s.deliveryMarginMinutes())
                .taxRatePercent(s.taxRatePercent()).labourRate(s.labourRate()).symptomRiskMarginPercent(s.symptomRiskMarginPercent())
                .cashierRushStart(s.cashierRushStart()).cashierRushEnd(s.cashierRushEnd()).photoMaxBytes(s.photoMaxBytes())
                .quietHoursStart(s.quietHoursStart()).quietHoursEnd(s.quietHoursEnd())
                .openingHours(s.openingHours()).holidays(s.holidays());
        return manager().header("If-Match", current.header("ETag")).body(Json.body(change.apply(request).build())).put(path("/settings"));
    }

    private static UUID uuid(String id) {
        return id == null ? null : UUID.fromString(id);
    }
}
