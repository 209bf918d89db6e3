package com.fours.dms.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Request bodies from the API's own request records: fixtures build a {@code XxxRequest} by name
 * with its generated builder (so a renamed field breaks the test's compile instead of being
 * silently ignored by the server), then tests may still set a raw field value, e.g. an invalid
 * one a typed record cannot hold. Null fields are left out, as a client would.
 */
public final class Json {
    static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    private Json() {}

    /** The JSON body of a request record, as a map a test may still change. */
    public static Map<String, Object> body(Object request) {
        return MAPPER.convertValue(request, MAP);
    }

    /** A response read as one of the API's records. */
    public static <T> T read(Response response, Class<T> type) {
        try {
            return MAPPER.readValue(response.asString(), type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("not a " + type.getSimpleName() + ": " + response.asString(), e);
        }
    }
}
