package com.fours.dms.shared.security;

import java.util.List;

/**
 * What an integrator client may do (issue 12): OAuth scopes that Keycloak puts into the client's
 * token (client scopes assigned to the client, claim `scope`). An operation open to integrators
 * names the one it needs with {@code @Extension(name = EXTENSION, value = …)}, which is both the
 * contract's `x-integrator-scope` and what {@link IntegratorGate} enforces.
 */
public final class IntegratorScopes {
    public static final String EXTENSION = "x-integrator-scope";
    /** Find and register customers and vehicles (plate/VIN look-up). */
    public static final String ARCHIVE = "dms:archive";
    /** Availability, service types, advisors; book, reschedule, cancel and read its own appointments. */
    public static final String BOOK = "dms:book";
    /** Status and promised time of the repair orders of the vehicles it booked. */
    public static final String ORDERS = "dms:orders";
    /** Webhook subscriptions, their deliveries, and the event feed. */
    public static final String WEBHOOKS = "dms:webhooks";
    /** Read the parts and labour catalogue and push price lists. */
    public static final String CATALOGUE = "dms:catalogue";

    public static final List<String> ALL = List.of(ARCHIVE, BOOK, ORDERS, WEBHOOKS, CATALOGUE);

    private IntegratorScopes() {}
}
