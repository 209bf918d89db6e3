package com.fours.dms.support;

import io.smallrye.jwt.build.Jwt;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Real RS256 tokens signed with the OIDC test server's key, carrying roles and the `stores` claim. */
public final class TestTokens {
    public static final String ISSUER = "https://server.example.com";

    static final List<String> ALL_SCOPES = List.of("dms:archive", "dms:book", "dms:orders", "dms:webhooks", "dms:catalogue");

    private TestTokens() {}

    public static String token(String username, Set<String> roles, String... stores) {
        return Jwt.preferredUserName(username)
                .claim("name", username)
                // An integrator's Keycloak client grants its scopes (issue 12); the dev realm's clients have them all.
                .claim("dms_scopes", roles.contains("integrator") ? ALL_SCOPES : List.of())
                .groups(roles)
                .claim("stores", List.copyOf(new LinkedHashSet<>(Arrays.asList(stores))))
                .issuer(ISSUER)
                .audience("https://service.example.com")
                .jws().keyId("1")
                .sign("privateKey.jwk");
    }

    /**
     * A machine client's token as Keycloak issues it for client credentials: role `integrator`, the
     * client in `azp` and `client_id`, and the service-account user name.
     */
    public static String integrator(String clientId, String... stores) {
        return integrator(clientId, ALL_SCOPES, Map.of(), stores);
    }

    /** An integrator's token with only the given scopes (claim `dms_scopes`) and any extra claims (e.g. `rate_limit_per_minute`). */
    public static String integrator(String clientId, List<String> scopes, Map<String, Object> claims, String... stores) {
        var b = Jwt.preferredUserName("service-account-" + clientId)
                .groups(Set.of("integrator"))
                .claim("dms_scopes", scopes);
        claims.forEach(b::claim);
        return b.claim("azp", clientId)
                .claim("client_id", clientId)
                .claim("stores", List.copyOf(new LinkedHashSet<>(Arrays.asList(stores.length == 0 ? new String[] {Fixtures.STORE} : stores))))
                .issuer(ISSUER)
                .audience("https://service.example.com")
                .jws().keyId("1")
                .sign("privateKey.jwk");
    }

    /** A user of the given role working in the given stores (default BJ01). */
    public static String forRole(String role, String... stores) {
        return token(role + "-user", Set.of(role), stores.length == 0 ? new String[] {Fixtures.STORE} : stores);
    }
}
