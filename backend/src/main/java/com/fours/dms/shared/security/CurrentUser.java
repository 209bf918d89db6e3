package com.fours.dms.shared.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling and which stores their token grants (claim `stores`). */
@RequestScoped
public class CurrentUser {
    public static final String STORES_CLAIM = "stores";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    public String username() {
        String preferred = jwt.getClaim("preferred_username");
        if (preferred != null) {
            return preferred;
        }
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public String displayName() {
        String name = jwt.getClaim("name");
        return name != null ? name : username();
    }

    /**
     * The OIDC client the token was issued to: Keycloak puts it in `azp` (and `client_id` for client
     * credentials). Null for a token without either.
     */
    public String clientId() {
        String azp = jwt.getClaim("azp");
        if (azp != null && !azp.isBlank()) {
            return azp;
        }
        String clientId = jwt.getClaim("client_id");
        return clientId == null || clientId.isBlank() ? null : clientId;
    }

    /** A machine client acting only with the integrator role, not a person on staff. */
    public boolean isIntegrator() {
        return identity.hasRole(Roles.INTEGRATOR) && Roles.ALL.stream().filter(r -> !r.equals(Roles.INTEGRATOR)).noneMatch(identity::hasRole);
    }

    /** One claim of the token, or null. */
    public Object claim(String name) {
        return jwt.getClaim(name);
    }

    /**
     * What an integrator client may do: the claim {@code dms_scopes} (a JSON array, set per client in
     * Keycloak) together with the OAuth {@code scope} string (Keycloak client scopes).
     */
    public Set<String> scopes() {
        Set<String> scopes = new LinkedHashSet<>();
        Object scope = jwt.getClaim("scope");
        if (scope != null && !scope.toString().isBlank()) {
            scopes.addAll(Arrays.asList(scope.toString().trim().split("\\s+")));
        }
        Object granted = jwt.getClaim("dms_scopes");
        if (granted instanceof JsonArray array) {
            for (JsonValue v : array) {
                if (v instanceof JsonString s) {
                    scopes.add(s.getString());
                }
            }
        } else if (granted instanceof java.util.Collection<?> c) {
            c.forEach(v -> scopes.add(String.valueOf(v)));
        }
        return scopes;
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The store codes in the caller's token, in token order. */
    public Set<String> stores() {
        Object claim = jwt.getClaim(STORES_CLAIM);
        Set<String> codes = new LinkedHashSet<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue v : array) {
                if (v instanceof JsonString s) {
                    codes.add(s.getString());
                }
            }
        } else if (claim instanceof Collection<?> c) {
            c.forEach(v -> codes.add(String.valueOf(v).replace("\"", "")));
        } else if (claim instanceof JsonString s) {
            codes.addAll(Arrays.asList(s.getString().split("[,\\s]+")));
        } else if (claim instanceof String s) {
            codes.addAll(Arrays.asList(s.split("[,\\s]+")));
        }
        codes.removeIf(String::isBlank);
        return codes;
    }

    public boolean canSeeStore(String storeCode) {
        return storeCode != null && stores().contains(storeCode);
    }
}
