package com.fours.dms.notification;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fours.dms.appointment.AppointmentJobs;
import com.fours.dms.appointment.api.AppointmentApi;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.MutableClock;
import com.fours.dms.workshop.BayType;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A store's message texts: shipped defaults in zh-CN and en, changed only by the service manager, placeholders checked (R-APT-5, R-APT-6). */
@QuarkusTest
class NotificationTemplateResourceTest {
    static final String REMINDER_ZH = "/notification-templates/APPOINTMENT_REMINDER/CUSTOMER/zh-CN";

    @Inject
    MutableClock clock;

    @Inject
    AppointmentJobs jobs;

    @Inject
    NotificationTemplates templates;

    BookingStore shop;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        shop = BookingStore.open();
    }

    @Test
    void everyKindShipsWithAChineseAndAnEnglishDefault() {
        shop.as(Roles.ADVISOR).get(shop.path("/notification-templates")).then().statusCode(200)
                .body("size()", is(46), // every kind × audience × zh-CN/en; issue 11 the recall-campaign notice (customer, R-REM-6), the declined-work, first-service, insurance-renewal and annual-inspection reminders (customer); R-REP-3 added the approval link (customer) and the decision (customer, workshop board); R-REP-2 the moved promise (customer); issue 11 the missed-call message and the maintenance reminder (customer), and the overdue complaint to the service manager (R-FUP-5)
                        "findAll { it.kind == 'SUPPLEMENTARY_APPROVAL_LINK' }.language", containsInAnyOrder("zh-CN", "en"),
                        "find { it.kind == 'SUPPLEMENTARY_APPROVAL_LINK' && it.language == 'zh-CN' }.placeholders", hasItems("link", "expires", "plate"),
                        "find { it.kind == 'APPOINTMENT_REMINDER' && it.language == 'zh-CN' }.body", containsString("{{documents}}"),
                        "find { it.kind == 'APPOINTMENT_REMINDER' && it.language == 'en' }.body", containsString("Please bring: {{documents}}"),
                        "find { it.kind == 'APPOINTMENT_REMINDER' && it.language == 'zh-CN' }.placeholders", hasItems("documents", "arrival", "plate", "store"),
                        "customized", everyItem(is(false)),
                        "findAll { it.kind == 'APPOINTMENT_CANCELLED' }.audience", containsInAnyOrder("WORKSHOP", "WORKSHOP", "PARTS", "PARTS"));
        shop.as(Roles.WORKSHOP).get(shop.path("/notification-templates")).then().statusCode(403);
    }

    @Test
    void theServiceManagerRewritesAStoresTextAndTheNextReminderUsesIt() {
        Map<String, String> text = Map.of("title", "{{store}}：明天见", "body", "{{customer}}，明天{{arrival}}见！记得带{{documents}}。车牌{{plate}}");
        shop.as(Roles.ADVISOR).body(text).put(shop.path(REMINDER_ZH)).then().statusCode(403);
        shop.manager().body(text).put(shop.path(REMINDER_ZH)).then().statusCode(200)
                .body("customized", is(true), "body", is(text.get("body")), "updatedBy", is("service-manager-user"));
        shop.manager().queryParam("entityType", "notification-template").get(shop.path("/audit-entries")).then().statusCode(200)
                .body("items.action", hasItem("template-changed"));

        String id = shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), "2026-11-24T01:00:00Z")).post(shop.path("/appointments"))
                .then().statusCode(201).extract().path("id");
        clock.set(Instant.parse("2026-11-23T01:00:00Z"));
        jobs.queueReminders();
        shop.as(Roles.ADVISOR).queryParam("appointmentId", id).queryParam("audience", "CUSTOMER").get(shop.path("/notifications")).then()
                .body("items[0].title", is("测试预约店：明天见"), "items[0].body", allOf(startsWith("张伟"), containsString("明天11月24日 09:00见！记得带保养手册、行驶证。")));
    }

    @Test
    void aTemplateWithAnUnknownOrBrokenPlaceholderIsRefusedNamingTheField() {
        shop.manager().body(Map.of("title", "提醒", "body", "您好{{vin}}")).put(shop.path(REMINDER_ZH)).then().statusCode(400)
                .contentType("application/problem+json").body("code", is("template-placeholder"),
                        "violations[0].field", is("body"), "violations[0].message", containsString("{{vin}}"));
        shop.manager().body(Map.of("title", "提醒 {{plate", "body", "您好")).put(shop.path(REMINDER_ZH)).then().statusCode(400)
                .body("violations[0].field", is("title"));
        shop.manager().body(Map.of("title", "提醒", "body", "")).put(shop.path(REMINDER_ZH)).then().statusCode(400);
        shop.manager().body(Map.of("title", "提醒", "body", "您好")).put(shop.path("/notification-templates/NO_SUCH_KIND/CUSTOMER/zh-CN")).then().statusCode(404);
        shop.manager().body(Map.of("title", "提醒", "body", "您好")).put(shop.path("/notification-templates/APPOINTMENT_REMINDER/CUSTOMER/fr")).then().statusCode(404);
    }

    @Test
    void everyCodeAMessageShowsHasANameInBothLanguages() {
        for (AppointmentApi.Document d : AppointmentApi.Document.values()) {
            assertTrue(templates.hasLabel("document", d.name()), d.name());
        }
        for (BayType t : BayType.values()) {
            assertTrue(templates.hasLabel("bayType", t.name()), t.name());
        }
        for (AppointmentApi.PaymentMethod m : AppointmentApi.PaymentMethod.values()) {
            assertTrue(templates.hasLabel("paymentMethod", m.name()), m.name());
        }
    }
}
