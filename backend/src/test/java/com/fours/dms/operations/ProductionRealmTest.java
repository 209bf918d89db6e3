package com.fours.dms.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production realm template docker/keycloak/dms-realm.production.json (issue 15) is safe to
 * import as it is: no password-grant client, no demo users or secrets, brute-force protection on,
 * PKCE required, short token lifetimes, TLS required; and it gives the backend the same tokens as
 * the development realm (roles, the `stores` claim).
 */
class ProductionRealmTest {
    static final Path KEYCLOAK = Path.of("..", "docker", "keycloak").toAbsolutePath().normalize();
    static JsonNode prod;
    static JsonNode dev;

    @BeforeAll
    static void read() throws IOException {
        ObjectMapper json = new ObjectMapper();
        prod = json.readTree(KEYCLOAK.resolve("dms-realm.production.json").toFile());
        dev = json.readTree(KEYCLOAK.resolve("dms-realm.json").toFile());
    }

    @Test
    void noClientMaySignInWithAPasswordOrAnImplicitFlow() {
        for (JsonNode c : prod.path("clients")) {
            String id = c.path("clientId").asText();
            assertFalse(c.path("directAccessGrantsEnabled").asBoolean(false), id + ": password grant");
            assertFalse(c.path("implicitFlowEnabled").asBoolean(false), id + ": implicit flow");
            assertFalse(c.has("secret"), id + ": a secret in the template (Keycloak generates one at import)");
            assertFalse("true".equals(c.path("attributes").path("oauth2.device.authorization.grant.enabled").asText()), id + ": device grant");
        }
        Set<String> ids = new TreeSet<>();
        prod.path("clients").forEach(c -> ids.add(c.path("clientId").asText()));
        assertEquals(Set.of("dms-spa", "dms-integrator"), ids, "only the web app and the integrator client; never dms-cli or the demo partner");
    }

    @Test
    void browserClientsRequirePkceAndNameTheirOwnOriginOnly() {
        for (JsonNode c : prod.path("clients")) {
            if (!c.path("standardFlowEnabled").asBoolean(true)) {
                continue;
            }
            String id = c.path("clientId").asText();
            assertEquals("S256", c.path("attributes").path("pkce.code.challenge.method").asText(), id + ": PKCE S256 required");
            List<String> uris = new ArrayList<>();
            c.path("redirectUris").forEach(u -> uris.add(u.asText()));
            c.path("webOrigins").forEach(u -> uris.add(u.asText()));
            assertFalse(uris.isEmpty(), id + ": redirect URIs");
            for (String u : uris) {
                assertFalse(u.contains("localhost") || u.contains("127.0.0.1") || u.equals("*") || u.equals("+") || u.startsWith("http:"),
                        id + ": " + u + " (the deployment's own https origin only)");
            }
        }
    }

    @Test
    void noDemoUsersAndNoPasswords() {
        for (JsonNode u : prod.path("users")) {
            assertTrue(u.has("serviceAccountClientId"), "only the integrator's service account, not " + u.path("username").asText());
            assertFalse(u.has("credentials"), u.path("username").asText() + " has credentials");
        }
        assertFalse(prod.toString().contains("\"demo\""), "no demo password anywhere");
    }

    @Test
    void bruteForceProtectionIsOnAndPasswordsAreStrong() {
        assertTrue(prod.path("bruteForceProtected").asBoolean(), "brute-force protection");
        int failures = prod.path("failureFactor").asInt(0);
        assertTrue(failures > 0 && failures <= 10, "locked after at most 10 failures: " + failures);
        assertTrue(prod.path("permanentLockout").asBoolean() || prod.path("maxFailureWaitSeconds").asInt() >= 300, "a lockout that slows guessing down");
        assertTrue(prod.path("passwordPolicy").asText().contains("length(12)"), "passwords of 12 characters or more");
        assertTrue(Set.of("external", "all").contains(prod.path("sslRequired").asText()), "TLS required");
        assertFalse(prod.path("registrationAllowed").asBoolean(true), "no self-registration");
    }

    @Test
    void tokensAndSessionsAreShortLived() {
        assertTrue(prod.path("accessTokenLifespan").asInt(Integer.MAX_VALUE) <= 300, "access tokens live 5 minutes at most");
        assertTrue(prod.path("ssoSessionIdleTimeout").asInt(Integer.MAX_VALUE) <= 1800, "an idle session ends after 30 minutes");
        assertTrue(prod.path("ssoSessionMaxLifespan").asInt(Integer.MAX_VALUE) <= 43200, "a session lasts one shift (12 h) at most");
        assertTrue(prod.path("revokeRefreshToken").asBoolean(), "refresh tokens are single-use");
        assertTrue(prod.path("accessCodeLifespan").asInt(Integer.MAX_VALUE) <= 60, "authorization codes live a minute");
    }

    @Test
    void theBackendGetsTheSameTokensAsFromTheDevelopmentRealm() {
        assertEquals(names(dev.path("roles").path("realm")), names(prod.path("roles").path("realm")), "the same realm roles");
        assertEquals(mapper(dev, "dms-spa"), mapper(prod, "dms-spa"), "the web app's tokens carry the user's stores the same way");
        assertEquals(dev.path("components"), prod.path("components"), "the same user profile (the stores attribute)");
        assertEquals("integrator", prod.path("users").get(0).path("realmRoles").get(0).asText());
    }

    private static Set<String> names(JsonNode roles) {
        Set<String> n = new TreeSet<>();
        roles.forEach(r -> n.add(r.path("name").asText()));
        return n;
    }

    private static JsonNode mapper(JsonNode realm, String client) {
        for (JsonNode c : realm.path("clients")) {
            if (client.equals(c.path("clientId").asText())) {
                for (JsonNode m : c.path("protocolMappers")) {
                    if ("stores".equals(m.path("name").asText())) {
                        return m;
                    }
                }
            }
        }
        throw new AssertionError(client + " has no stores mapper");
    }
}
