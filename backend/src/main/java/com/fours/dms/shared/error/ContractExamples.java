package com.fours.dms.shared.error;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Every operation carries an example request and response (issue 12): built from the schemas'
 * own examples (each property's {@code examples}, enums, formats), so an example can never drift
 * from the schema it illustrates. {@code ContractExamplesTest} validates each one against its
 * operation. An operation that declares its own example keeps it.
 */
final class ContractExamples {
    private static final int DEPTH = 40;

    private ContractExamples() {}

    static void addTo(OpenAPI api) {
        if (api.getPaths() == null || api.getComponents() == null) {
            return;
        }
        Components components = api.getComponents();
        for (PathItem item : api.getPaths().getPathItems().values()) {
            for (Operation op : item.getOperations().values()) {
                if (op.getRequestBody() != null) {
                    fill(op.getRequestBody().getContent(), components);
                }
                if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                    for (Map.Entry<String, APIResponse> r : op.getResponses().getAPIResponses().entrySet()) {
                        if (r.getKey().startsWith("2") && r.getValue().getContent() != null) {
                            fill(r.getValue().getContent(), components);
                        }
                    }
                }
            }
        }
    }

    private static void fill(Content content, Components components) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (Map.Entry<String, MediaType> m : content.getMediaTypes().entrySet()) {
            MediaType media = m.getValue();
            if (!m.getKey().contains("json") || media.getSchema() == null || media.getExample() != null
                    || (media.getExamples() != null && !media.getExamples().isEmpty())) {
                continue;
            }
            Object example = of(media.getSchema(), components, null, 0, new HashSet<>());
            if (example != null) {
                media.setExample(example);
            }
        }
    }

    private static Object of(Schema s, Components c, String name, int depth, Set<String> seen) {
        if (s == null || depth > DEPTH) {
            return null;
        }
        if (s.getRef() != null) {
            String ref = s.getRef().substring(s.getRef().lastIndexOf('/') + 1);
            Schema target = c.getSchemas() == null ? null : c.getSchemas().get(ref);
            if (target == null || !seen.add(ref)) {
                return null;
            }
            try {
                return of(target, c, name, depth + 1, seen);
            } finally {
                seen.remove(ref);
            }
        }
        if (s.getExamples() != null && !s.getExamples().isEmpty()) {
            return s.getExamples().get(0);
        }
        if (s.getExample() != null) {
            return s.getExample();
        }
        if (s.getConstValue() != null) {
            return s.getConstValue();
        }
        if (s.getDefaultValue() != null) {
            return s.getDefaultValue();
        }
        if (s.getEnumeration() != null && !s.getEnumeration().isEmpty()) {
            return s.getEnumeration().stream().filter(e -> e != null).findFirst().orElse(null);
        }
        if (s.getAllOf() != null && !s.getAllOf().isEmpty()) {
            Map<String, Object> merged = new LinkedHashMap<>();
            Object single = null;
            for (Schema part : s.getAllOf()) {
                Object v = of(part, c, name, depth + 1, seen);
                if (v instanceof Map<?, ?> map) {
                    map.forEach((k, x) -> merged.put(String.valueOf(k), x));
                } else if (v != null) {
                    single = v;
                }
            }
            Object own = s.getProperties() == null ? null : object(s, c, depth, seen);
            if (own instanceof Map<?, ?> map) {
                map.forEach((k, x) -> merged.put(String.valueOf(k), x));
            }
            return merged.isEmpty() ? single : merged;
        }
        for (List<Schema> alternatives : new ArrayList<List<Schema>>(java.util.Arrays.asList(s.getOneOf(), s.getAnyOf()))) {
            if (alternatives != null) {
                for (Schema alt : alternatives) {
                    Object v = of(alt, c, name, depth + 1, seen);
                    if (v != null) {
                        return v;
                    }
                }
            }
        }
        List<Schema.SchemaType> types = s.getType() == null ? List.of() : s.getType();
        if (s.getProperties() != null || types.contains(Schema.SchemaType.OBJECT)) {
            return object(s, c, depth, seen);
        }
        if (types.contains(Schema.SchemaType.ARRAY)) {
            Object item = of(s.getItems(), c, name, depth + 1, seen);
            return item == null ? List.of() : List.of(item);
        }
        if (types.contains(Schema.SchemaType.STRING)) {
            return string(s, name);
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            return s.getMinimum() != null ? s.getMinimum().longValue() : 1;
        }
        if (types.contains(Schema.SchemaType.NUMBER)) {
            return s.getMinimum() != null ? s.getMinimum() : 1.5;
        }
        if (types.contains(Schema.SchemaType.BOOLEAN)) {
            return false;
        }
        return null;
    }

    private static Map<String, Object> object(Schema s, Components c, int depth, Set<String> seen) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (s.getProperties() != null) {
            for (Map.Entry<String, Schema> p : s.getProperties().entrySet()) {
                Object v = of(p.getValue(), c, p.getKey(), depth + 1, seen);
                if (v != null) {
                    out.put(p.getKey(), v);
                }
            }
        }
        if (out.isEmpty() && s.getAdditionalPropertiesSchema() != null) {
            Object v = of(s.getAdditionalPropertiesSchema(), c, null, depth + 1, seen);
            if (v != null) {
                out.put("key", v);
            }
        }
        return out;
    }

    /** A string the schema accepts: by its format, else by what the field is called. */
    private static Object string(Schema s, String name) {
        String format = s.getFormat() == null ? "" : s.getFormat();
        switch (format) {
            case "uuid":
                return "0193f1f0-7b4e-7c3a-9d2e-5a6b7c8d9e0f";
            case "date-time":
                return "2026-11-24T01:30:00Z";
            case "date":
                return "2026-11-24";
            case "time":
                return "08:30:00";
            case "uri":
            case "url":
                return "https://crm.example.com/hooks/dms";
            case "email":
                return "wang.fang@example.com";
            case "byte":
                return "aGVsbG8=";
            case "binary":
                return null;
            default:
                break;
        }
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (n.contains("phone")) {
            return "13800138000";
        }
        if (n.equals("plate")) {
            return "京A12345";
        }
        if (n.equals("vin")) {
            return "LSVAU218XN2183294";
        }
        if (n.contains("cursor")) {
            return "eyJrIjoiMjAyNi0xMS0yNFQwMTozMDowMFoiLCJpZCI6IjAxOTMifQ";
        }
        if (n.contains("store")) {
            return "BJ01";
        }
        if (n.contains("amount") || n.contains("price") || n.contains("total")) {
            return "128.00";
        }
        if (n.contains("etag") || n.contains("hash")) {
            return "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        }
        if (n.contains("name")) {
            return "王芳";
        }
        if (n.contains("reason") || n.contains("note") || n.contains("description") || n.contains("comment")) {
            return "客户要求";
        }
        Integer min = s.getMinLength();
        return min != null && min > 6 ? "x".repeat(min) : "示例";
    }
}
