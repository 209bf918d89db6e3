package com.fours.dms.support;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/**
 * Requests as a given caller; every response is validated against the committed contract
 * openapi/openapi.yaml (requests are not: tests send bad requests on purpose).
 */
public final class Api {
    public static final Path SPEC = Path.of("..", "openapi", "openapi.yaml").toAbsolutePath().normalize();

    private static OpenApiValidationFilter filter;

    private Api() {}

    public static synchronized OpenApiValidationFilter contract() {
        if (filter == null) {
            OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build();
            filter = new OpenApiValidationFilter(validator);
        }
        return filter;
    }

    public static RequestSpecification as(String role, String... stores) {
        return withToken(TestTokens.forRole(role, stores));
    }

    public static RequestSpecification withToken(String token) {
        return given().filter(contract()).auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().filter(contract()).contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
