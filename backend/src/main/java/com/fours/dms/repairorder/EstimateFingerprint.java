package com.fours.dms.repairorder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fours.dms.repairorder.api.RepairOrderApi;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * R-CHK-9: what exactly the customer signed. The estimate (currency, VAT rate, every line with its
 * amount and disclaimers, the printed disclaimers and the totals) is written as canonical JSON —
 * keys sorted, lines in their order, numbers as plain decimals without trailing zeros, times as
 * ISO-8601 UTC — and hashed with SHA-256. The same estimate always gives the same hash; any change
 * to a line, a price, the tax rate or a disclaimer gives another. The lines are those the customer
 * accepts: a declined line is not signed for (R-PRE-3), and declining or taking one back changes the hash.
 */
public final class EstimateFingerprint {
    /** Bump when the canonical form changes; part of the hashed text, so old hashes stay checkable. */
    static final int FORM = 1;
    private static final JsonMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

    private EstimateFingerprint() {}

    public record Fingerprint(String canonical, String sha256) {}

    public static Fingerprint of(String currency, BigDecimal taxRatePercent, List<RepairOrderApi.Line> lines,
            List<RepairOrderApi.Disclaimer> disclaimers, RepairOrderApi.Totals totals) {
        ObjectNode root = JSON.createObjectNode();
        root.put("form", FORM);
        root.put("currency", currency);
        root.set("taxRatePercent", JSON.valueToTree(taxRatePercent));
        ArrayNode signedLines = JSON.valueToTree(lines);
        // Only accepted lines are signed, so these say nothing; left out, the form-1 text of an estimate stays what it was before lines could be declined.
        signedLines.forEach(l -> ((ObjectNode) l).remove(List.of("declined", "safetyCritical")));
        root.set("lines", signedLines);
        root.set("disclaimers", JSON.valueToTree(disclaimers));
        root.set("totals", JSON.valueToTree(totals));
        String canonical;
        try {
            canonical = JSON.writeValueAsString(canonical(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the estimate", e);
        }
        return new Fingerprint(canonical, sha256(canonical));
    }

    /** Sorted keys at every level; decimals as plain text without trailing zeros (1.0 and 1.00 are the same price). */
    private static JsonNode canonical(JsonNode n) {
        if (n.isObject()) {
            TreeMap<String, JsonNode> sorted = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                sorted.put(e.getKey(), canonical(e.getValue()));
            }
            ObjectNode o = JSON.createObjectNode();
            sorted.forEach(o::set);
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = JSON.createArrayNode();
            n.forEach(x -> a.add(canonical(x)));
            return a;
        }
        if (n.isNumber() && !n.isIntegralNumber()) {
            return TextNode.valueOf(n.decimalValue().stripTrailingZeros().toPlainString());
        }
        if (n.isIntegralNumber() && n.isBigInteger()) {
            return TextNode.valueOf(n.bigIntegerValue().toString());
        }
        return n;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
