package com.fours.dms.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fours.dms.sdk.api.AppointmentsApi;
import com.fours.dms.sdk.api.EventsApi;
import com.fours.dms.sdk.api.WebhooksApi;
import com.fours.dms.sdk.model.Appointment;
import com.fours.dms.sdk.model.AvailableSlot;
import com.fours.dms.sdk.model.BookAppointmentRequest;
import com.fours.dms.sdk.model.Channel;
import com.fours.dms.sdk.model.CustomerRequest;
import com.fours.dms.sdk.model.CustomerType;
import com.fours.dms.sdk.model.DomainEvent;
import com.fours.dms.sdk.model.DomainEventPage;
import com.fours.dms.sdk.model.NewVehicle;
import com.fours.dms.sdk.model.Origin;
import com.fours.dms.sdk.model.Powertrain;
import com.fours.dms.sdk.model.VehicleType;
import com.fours.dms.sdk.model.WebhookSubscriptionCreated;
import com.fours.dms.sdk.model.WebhookSubscriptionRequest;
import com.fours.dms.support.Fixtures;
import com.fours.dms.support.MutableClock;
import com.fours.dms.support.TestTokens;
import com.fours.dms.support.WorkshopFloor;
import com.fours.dms.webhook.WebhookDispatcher;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * What an integrator's engineer does with the published contract alone (issue 12): the Java client
 * generated from openapi/openapi.yaml at build time (openapi-generator, `native` library) is used
 * against the running backend: availability, a booking retried with the same Idempotency-Key,
 * reading it back, its webhook verified with the subscription's secret, and catching up through the
 * event feed's cursor. A problem answer arrives as an ApiException with the problem+json body.
 */
@QuarkusTest
class IntegratorSdkTest {
    @TestHTTPResource("/")
    URL base;

    @Inject
    MutableClock clock;

    @Inject
    WebhookDispatcher dispatcher;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void anIntegratorBooksThroughTheGeneratedClientAndKeepsInSyncByWebhookAndFeed() throws Exception {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        WorkshopFloor floor = WorkshopFloor.open();
        String store = floor.shop.code;
        // The token the integrator's client gets from Keycloak by client credentials (azp, client_id, its stores).
        String token = TestTokens.integrator("oem-app", store);
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
        AppointmentsApi appointments = new AppointmentsApi(client);

        List<String> received = Collections.synchronizedList(new ArrayList<>());
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String[] secret = new String[1];
        receiver.createContext("/hooks", x -> {
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean valid = verify(secret[0], x.getRequestHeaders().getFirst("webhook-id"), x.getRequestHeaders().getFirst("webhook-timestamp"), body,
                    x.getRequestHeaders().getFirst("webhook-signature"));
            if (valid) {
                received.add(body);
            }
            x.sendResponseHeaders(valid ? 204 : 401, -1);
            x.close();
        });
        receiver.start();
        try {
            WebhookSubscriptionCreated sub = new WebhooksApi(client).createWebhookSubscription(store, new WebhookSubscriptionRequest()
                    .url("http://localhost:" + receiver.getAddress().getPort() + "/hooks").eventTypes(List.of("AppointmentBooked", "AppointmentCancelled")), UUID.randomUUID().toString());
            secret[0] = sub.getSecret();
            assertTrue(secret[0].startsWith("whsec_"));

            List<AvailableSlot> slots = appointments.findAvailability("2026-11-24", "MAINT", "2026-11-24", store, null);
            assertFalse(slots.isEmpty(), "Tuesday has free slots");
            AvailableSlot slot = slots.get(0);
            BookAppointmentRequest booking = new BookAppointmentRequest()
                    .newCustomer(new CustomerRequest().type(CustomerType.PRIVATE).name("线上客户").phones(List.of(Fixtures.randomMobile())).preferredContact(com.fours.dms.sdk.model.ContactChannel.PHONE))
                    .newVehicle(new NewVehicle().vin(Fixtures.randomVin()).plate(Fixtures.randomPlate()).brand("大众").model("途观L")
                            .vehicleType(VehicleType.SUV).powertrain(Powertrain.ICE))
                    .serviceTypeCodes(List.of("MAINT")).arrivalAt(slot.getStart()).requestedWork("1万公里保养")
                    .origin(Origin.CUSTOMER).channel(Channel.INTEGRATOR);
            String key = UUID.randomUUID().toString();
            Appointment booked = appointments.bookAppointment(store, booking, key);
            Appointment retried = appointments.bookAppointment(store, booking, key);
            assertEquals(booked.getId(), retried.getId(), "a retried booking with the same key is the same booking");
            assertEquals("REQUESTED", booked.getStatus().getValue());
            assertEquals(slot.getStart().toInstant(), appointments.getAppointment(booked.getId(), store).getArrivalAt().toInstant());

            // A changed body under the same key is refused with a problem, not booked twice.
            ApiException conflict = assertThrows(ApiException.class,
                    () -> appointments.bookAppointment(store, booking.requestedWork("换轮胎"), key));
            assertEquals(422, conflict.getCode());
            JsonNode problem = json.readTree(conflict.getResponseBody());
            assertNotNull(problem.path("code").textValue(), conflict.getResponseBody());
            assertTrue(conflict.getResponseHeaders().firstValue("content-type").orElse("").startsWith("application/problem+json"));

            dispatcher.dispatch(store);
            assertEquals(1, received.size(), "one signed webhook for the one booking: " + received);
            JsonNode hook = json.readTree(received.get(0));
            assertEquals("AppointmentBooked", hook.path("type").asText());
            assertEquals(booked.getId().toString(), hook.path("subjectId").asText());
            assertEquals("REQUESTED", hook.path("data").path("status").asText());

            // Catching up from the feed: from the webhook's sequence on there is nothing it missed, and later events follow.
            EventsApi events = new EventsApi(client);
            DomainEventPage all = events.listEvents(store, null, 100, "AppointmentBooked");
            DomainEvent first = all.getItems().get(0);
            assertEquals(hook.path("id").asText(), first.getId().toString());
            assertTrue(events.listEvents(store, first.getCursor(), 100, null).getItems().isEmpty());
        } finally {
            receiver.stop(0);
        }
    }

    static boolean verify(String secret, String id, String timestamp, String body, String header) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            for (String s : header.split(" ")) {
                if (s.startsWith("v1,") && MessageDigest.isEqual(expected, Base64.getDecoder().decode(s.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }
}
