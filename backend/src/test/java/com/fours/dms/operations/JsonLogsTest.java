package com.fours.dms.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fours.dms.notification.SmsProvider;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.Api;
import com.fours.dms.support.Fixtures;
import com.fours.dms.support.PrivatePostgres;
import com.fours.dms.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The logs an operations team reads (issue 15): one JSON object per line; every line written while
 * serving a request carries its request id (the X-Request-Id answered, or the load balancer's),
 * the user, the store and the operation; each request ends with one line naming its route template
 * and status; and no line holds a customer's phone, name or e-mail, whatever the code, a driver or an
 * exception tried to log.
 */
@QuarkusTest
@TestProfile(OperationsProfile.class)
class JsonLogsTest {
    @Inject
    SmsProvider sms;

    @PrivatePostgres.Inject
    PrivatePostgres.Cluster pg;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void linesAreJsonWithRequestIdUserStoreAndOperationAndNoPersonalData() throws Exception {
        Path log = Path.of(OperationsProfile.LOG_FILE);
        long offset = Files.exists(log) ? Files.size(log) : 0;

        String store = NewStore.open("日志测试店");
        String advisor = NewStore.advisor(store);
        String phone = Fixtures.randomMobile();
        String name = "欧阳" + Fixtures.unique("娜");
        String email = Fixtures.unique("li.na.") + "@example.com";
        String customers = "/api/stores/" + store + "/customers";

        // A load balancer's request id is kept and answered.
        String balancerId = "lb-" + Fixtures.unique("req");
        Response created = Api.withToken(advisor).header("X-Request-Id", balancerId)
                .body(Fixtures.aCustomer().named(name).phones(phone).with("email", email).body()).post(customers);
        created.then().statusCode(201);
        assertEquals(balancerId, created.header("X-Request-Id"));

        // A search by phone: the number is in the query string, which is never logged.
        Response search = Api.withToken(advisor).queryParam("q", phone).get(customers);
        search.then().statusCode(200);
        String searchId = search.header("X-Request-Id");
        assertTrue(searchId != null && !searchId.isBlank(), "every answer has a request id");

        // Staff who sign in with their mobile number: the account name in the MDC is redacted too.
        String staffPhone = Fixtures.randomMobile();
        Response byPhoneAccount = Api.withToken(TestTokens.token(staffPhone, Set.of(Roles.ADVISOR), store)).get(customers);
        byPhoneAccount.then().statusCode(200);

        // A refused request: its problem body names the same request id as the header.
        Response refused = Api.withToken(advisor).body(Fixtures.aCustomer().named(name).phones(phone, "12345").body()).post(customers);
        refused.then().statusCode(400);
        assertEquals(refused.header("X-Request-Id"), refused.path("requestId"));

        // A line logged while serving a request (the 503 warning during an outage) carries the request's MDC.
        pg.stop();
        Response unavailable;
        try {
            unavailable = Api.withToken(advisor).get(customers + "/" + created.path("id"));
        } finally {
            pg.start();
        }
        unavailable.then().statusCode(503);
        String outageId = unavailable.header("X-Request-Id");

        // The log SMS provider, and an exception whose message carries a phone and an e-mail.
        sms.send(phone, name + "您好，您的车辆已完成保养。");
        Logger.getLogger("dms.test").errorf(new IllegalStateException("Key (phone)=(" + phone + ") already exists, owner " + email),
                "write refused for %s", phone);

        List<String> raw = linesFrom(log, offset);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : raw) {
            lines.add(json.readTree(line)); // every line is one JSON object
        }

        JsonNode create = request(lines, balancerId);
        assertEquals("POST /api/stores/{store}/customers 201", create.path("message").asText().replaceAll(" \\d+ms$", ""));
        assertEquals("advisor", create.path("mdc").path("user").asText());
        assertEquals(store, create.path("mdc").path("store").asText());
        assertEquals("createCustomer", create.path("mdc").path("operation").asText());
        assertEquals("INFO", create.path("level").asText());
        assertEquals("searchCustomers", request(lines, searchId).path("mdc").path("operation").asText());
        assertEquals("[phone]", request(lines, byPhoneAccount.header("X-Request-Id")).path("mdc").path("user").asText());

        JsonNode warning = lines.stream().filter(l -> outageId.equals(l.path("mdc").path("requestId").asText())
                && l.path("message").asText().startsWith("database unavailable")).findFirst()
                .orElseThrow(() -> new AssertionError("no 'database unavailable' line for request " + outageId + " in " + raw));
        assertEquals("advisor", warning.path("mdc").path("user").asText());
        assertEquals(store, warning.path("mdc").path("store").asText());
        assertEquals("getCustomer", warning.path("mdc").path("operation").asText());

        JsonNode smsLine = lines.stream().filter(l -> l.path("message").asText().startsWith("SMS to")).reduce((a, b) -> b).orElseThrow();
        assertEquals("SMS to " + phone.substring(0, 3) + "****" + phone.substring(7) + " (" + (name.length() + 13) + " characters) handed to the log provider",
                smsLine.path("message").asText());
        JsonNode error = lines.stream().filter(l -> "dms.test".equals(l.path("loggerName").asText())).findFirst().orElseThrow();
        assertEquals("write refused for [phone]", error.path("message").asText());
        assertTrue(error.toString().contains("IllegalStateException: Key (phone)=([phone]) already exists, owner [email]"), error.toString());

        for (String line : raw) {
            assertFalse(line.contains(phone) || line.contains(staffPhone), "a phone number in the log: " + line);
            assertFalse(line.contains(name), "a customer's name in the log: " + line);
            assertFalse(line.contains(email), "an e-mail address in the log: " + line);
        }
    }

    private static JsonNode request(List<JsonNode> lines, String requestId) {
        return lines.stream().filter(l -> "dms.request".equals(l.path("loggerName").asText()) && requestId.equals(l.path("mdc").path("requestId").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no request line for " + requestId));
    }

    /** The log lines written since `offset` (the file handler writes each record before the call that logged it returns). */
    private static List<String> linesFrom(Path log, long offset) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            f.seek(offset);
            byte[] rest = new byte[(int) (f.length() - offset)];
            f.readFully(rest);
            return new String(rest, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
