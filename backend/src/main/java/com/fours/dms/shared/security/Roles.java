package com.fours.dms.shared.security;

/** OIDC realm roles (DOMAIN.md "People and roles"). */
public final class Roles {
    public static final String ADVISOR = "advisor";
    public static final String WORKSHOP = "workshop";
    public static final String CASHIER = "cashier";
    public static final String CUSTOMER_SERVICE = "customer-service";
    public static final String SERVICE_MANAGER = "service-manager";
    /** Machine clients using client credentials. */
    public static final String INTEGRATOR = "integrator";

    public static final java.util.List<String> ALL = java.util.List.of(ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER, INTEGRATOR);

    /** A regular expression matching exactly the staff roles (people, not integrators), for request validation. */
    public static final String STAFF_PATTERN = ADVISOR + "|" + WORKSHOP + "|" + CASHIER + "|" + CUSTOMER_SERVICE + "|" + SERVICE_MANAGER;

    private Roles() {}
}
