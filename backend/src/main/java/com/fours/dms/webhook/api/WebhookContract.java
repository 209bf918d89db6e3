package com.fours.dms.webhook.api;

import com.fours.dms.events.EventTypes;
import com.fours.dms.events.ProcessEvents;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Publishes the webhook catalogue in the contract (issue 12): one OpenAPI 3.1 {@code webhooks}
 * entry per event type ({@link EventTypes#ALL}), each a POST of the envelope whose {@code data} is
 * the schema of the event's payload record ({@link ProcessEvents#PAYLOADS}), derived from its
 * components, with the Standard Webhooks headers. A new event type appears here by itself.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class WebhookContract implements OASFilter {
    static final String ENVELOPE = "WebhookEnvelope";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema(ENVELOPE, OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("The body of every webhook POST. Verify webhook-signature before trusting it; webhook-id (= id) is the same on every retry "
                        + "and replay, so a receiver drops what it already has. Events of one subject arrive in order; answer 2xx within 10 s, "
                        + "anything else is retried with exponential backoff for 24 h.")
                .addProperty("id", string("uuid", "The event's id (also the webhook-id header)."))
                .addProperty("type", string(null, "The event type.").enumeration(new ArrayList<>(EventTypes.ALL)))
                .addProperty("sequence", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int64")
                        .description("The event's place in the store's feed (GET /api/stores/{store}/events): later events have greater numbers."))
                .addProperty("occurredAt", string("date-time", null))
                .addProperty("store", string(null, "Store code").examples(List.of("BJ01")))
                .addProperty("subjectType", string(null, "repair-order, workshop-job, technician, supplementary-item or approval-decision"))
                .addProperty("subjectId", string("uuid", "What the event is about; events of one subject are delivered in order."))
                .addProperty("repairOrderId", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL)).format("uuid")
                        .description("The repair order the event concerns, when there is one."))
                .addProperty("data", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT)).description("The event's facts; see each webhook."))
                .required(List.of("id", "type", "sequence", "occurredAt", "store", "subjectType", "subjectId", "repairOrderId", "data")));
        for (String type : EventTypes.ALL) {
            Class<? extends Record> payload = ProcessEvents.PAYLOADS.get(type);
            if (payload == null) {
                throw new IllegalStateException("event type " + type + " has no payload record in ProcessEvents.PAYLOADS");
            }
            Schema body = OASFactory.createSchema().allOf(List.of(
                    OASFactory.createSchema().ref("#/components/schemas/" + ENVELOPE),
                    OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                            .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).constValue(type))
                            .addProperty("data", schemaOf(payload))));
            api.addWebhook(type, OASFactory.createPathItem().POST(OASFactory.createOperation()
                    .operationId("webhook" + type).summary(type).tags(List.of("webhooks"))
                    .description("POSTed to each active subscription with " + type + " among its event types.")
                    .parameters(List.of(header("webhook-id", "The event id; the same on retries and replays."),
                            header("webhook-timestamp", "Unix seconds of this attempt; reject ones far from now (replays)."),
                            header("webhook-signature", "Space-separated `v1,<base64>`: HMAC-SHA256 of `id.timestamp.body` keyed with the base64 after whsec_ of the secret.")))
                    .requestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                            .addMediaType("application/json", OASFactory.createMediaType().schema(body))))
                    .responses(OASFactory.createAPIResponses()
                            .addAPIResponse("2XX", OASFactory.createAPIResponse().description("Received; anything else (or no answer within 10 s) is retried")))));
        }
    }

    private static Parameter header(String name, String description) {
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER).required(true).description(description)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
    }

    private static Schema string(String format, String description) {
        Schema s = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        if (format != null) {
            s.format(format);
        }
        return description == null ? s : s.description(description);
    }

    /** The JSON schema of a payload record, from its components (ids, strings, numbers, enums, lists, nested records). */
    static Schema schemaOf(Class<?> record) {
        Schema s = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT));
        List<String> required = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            s.addProperty(c.getName(), schemaOf(c.getGenericType()));
            if (c.getType().isPrimitive()) {
                required.add(c.getName());
            }
        }
        return required.isEmpty() ? s : s.required(required);
    }

    private static Schema schemaOf(Type t) {
        if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw && java.util.Collection.class.isAssignableFrom(raw)) {
            return OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(schemaOf(p.getActualTypeArguments()[0]));
        }
        if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw && java.util.Map.class.isAssignableFrom(raw)) {
            return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT));
        }
        Class<?> c = t instanceof Class<?> k ? k : Object.class;
        if (c == java.util.UUID.class) {
            return string("uuid", null);
        }
        if (c == java.time.Instant.class || c == java.time.OffsetDateTime.class) {
            return string("date-time", null);
        }
        if (c == java.time.LocalDate.class) {
            return string("date", null);
        }
        if (c == String.class) {
            return string(null, null);
        }
        if (c.isEnum()) {
            List<Object> values = new ArrayList<>();
            for (Object v : c.getEnumConstants()) {
                values.add(((Enum<?>) v).name());
            }
            return string(null, null).enumeration(values);
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER));
        }
        if (c == java.math.BigDecimal.class || c == double.class || c == Double.class) {
            return OASFactory.createSchema().type(List.of(Schema.SchemaType.NUMBER));
        }
        if (c == boolean.class || c == Boolean.class) {
            return OASFactory.createSchema().type(List.of(Schema.SchemaType.BOOLEAN));
        }
        if (c.isRecord()) {
            return schemaOf(c);
        }
        return OASFactory.createSchema();
    }
}
