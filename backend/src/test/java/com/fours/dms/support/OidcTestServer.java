package com.fours.dms.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Starts the OIDC test server once for every @QuarkusTest (it publishes the keys our test tokens are signed with). */
@QuarkusTestResource(OidcWiremockTestResource.class)
public class OidcTestServer {}
