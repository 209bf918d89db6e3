package com.fours.dms.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fours.dms.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The committed openapi/openapi.yaml is the contract: it must be exactly what the code serves.
 * `make openapi` (-Dopenapi.update=true) rewrites it from the code.
 */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void committedSpecIsWhatTheCodeServes() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(Api.SPEC.getParent());
            Files.writeString(Api.SPEC, served);
        }
        String committed = Files.exists(Api.SPEC) ? Files.readString(Api.SPEC) : "";
        assertEquals(committed, served, "openapi/openapi.yaml differs from what the code serves: run `make openapi` and commit the result");
    }
}
