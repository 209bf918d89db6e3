package com.fours.dms.operations;

import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.Api;
import com.fours.dms.support.Fixtures;
import com.fours.dms.support.TestTokens;
import java.util.Map;
import java.util.Set;

/** A store of its own for each operations test (the private cluster starts empty). */
final class NewStore {
    private NewStore() {}

    /** Opens a store named `name` as its service manager; returns its code. */
    static String open(String name) {
        String code = Fixtures.unique("O").toUpperCase();
        Api.withToken(TestTokens.token("manager", Set.of(Roles.SERVICE_MANAGER), code))
                .body(Map.of("code", code, "name", name, "timezone", "Asia/Shanghai")).post("/api/stores").then().statusCode(201);
        return code;
    }

    static String advisor(String store) {
        return TestTokens.token("advisor", Set.of(Roles.ADVISOR), store);
    }
}
