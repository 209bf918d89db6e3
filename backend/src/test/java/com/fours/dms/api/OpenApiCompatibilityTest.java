package com.fours.dms.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fours.dms.support.Api;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The breaking-change gate (issue 12): the committed contract (openapi/openapi.yaml) is compared
 * with the last released one (the highest version under openapi/released/) by openapi-diff. A
 * change an existing client would trip over (an operation or response field gone, a new required
 * request field, a narrower type …) fails the build unless info.version was raised above the
 * released one and openapi/CHANGELOG.md has a section for the new version that says what broke.
 * Releasing = copying openapi.yaml to openapi/released/openapi-&lt;version&gt;.yaml.
 */
class OpenApiCompatibilityTest {
    static final Path RELEASED_DIR = Api.SPEC.resolveSibling("released");
    static final Path CHANGELOG = Api.SPEC.resolveSibling("CHANGELOG.md");
    static final Pattern VERSION = Pattern.compile("(?m)^info:\\n(?:  .*\\n)*?  version: ([0-9][^\\s]*)");

    @Test
    void theCommittedContractBreaksNothingTheReleasedOneOffersOrSaysSoInANewVersion() throws IOException {
        Path released = lastReleased();
        String current = Files.readString(Api.SPEC);
        ChangedOpenApi diff = OpenApiCompare.fromContents(Files.readString(released), current);
        if (!diff.isIncompatible()) {
            return;
        }
        String releasedVersion = version(Files.readString(released));
        String version = version(current);
        String changelog = Files.exists(CHANGELOG) ? Files.readString(CHANGELOG) : "";
        boolean bumped = compare(version, releasedVersion) > 0;
        boolean listed = Pattern.compile("(?m)^## " + Pattern.quote(version) + "\\b[\\s\\S]*?(?i:breaking)").matcher(changelog).find();
        if (!bumped || !listed) {
            fail("openapi/openapi.yaml breaks the contract released as " + released.getFileName() + " (version " + releasedVersion + "):\n"
                    + markdown(diff) + "\nKeep the old shape (add, don't change or remove), or raise info.version above " + releasedVersion
                    + " and list the breaking change under '## " + version + "' in openapi/CHANGELOG.md.");
        }
    }

    /** The gate is not a formality: it sees an operation removed and a request field made required. */
    @Test
    void theGateSeesARemovedOperationAndANewRequiredRequestField() throws IOException {
        String current = Files.readString(Api.SPEC);
        String withoutEvents = current.replaceFirst("(?m)^  /api/stores/\\{store\\}/events:\\n(?:(?:    .*)?\\n)*", "");
        assertTrue(withoutEvents.length() < current.length(), "the test removes the event feed's path");
        assertTrue(OpenApiCompare.fromContents(current, withoutEvents).isIncompatible(), "removing an operation breaks clients");

        String withAnExtraOptionalField = current.replaceFirst("(?m)^(    CancelRequest:\\n      type: object\\n(?:      .*\\n)*?      properties:\\n)",
                "$1        notes:\n          type: string\n");
        assertTrue(withAnExtraOptionalField.length() > current.length(), "the test adds an optional request field");
        assertFalse(OpenApiCompare.fromContents(current, withAnExtraOptionalField).isIncompatible(), "an optional request field is compatible");

        String stricter = withAnExtraOptionalField.replaceFirst("(?m)^(    CancelRequest:\\n      type: object\\n      required:\\n)", "$1      - notes\n");
        assertTrue(stricter.length() > withAnExtraOptionalField.length(), "the test makes the new request field required");
        assertTrue(OpenApiCompare.fromContents(current, stricter).isIncompatible(), "a new required request field breaks clients");
    }

    static Path lastReleased() throws IOException {
        try (Stream<Path> files = Files.list(RELEASED_DIR)) {
            return files.filter(p -> p.getFileName().toString().matches("openapi-.*\\.yaml"))
                    .max(Comparator.comparing(p -> p.getFileName().toString().replaceAll("^openapi-|\\.yaml$", ""), OpenApiCompatibilityTest::compare))
                    .orElseThrow(() -> new AssertionError("no released contract under " + RELEASED_DIR));
        }
    }

    static String version(String spec) {
        Matcher m = VERSION.matcher(spec);
        if (!m.find()) {
            throw new AssertionError("the spec has no info.version");
        }
        return m.group(1);
    }

    /** Semantic-version order of the numeric parts. */
    static int compare(String a, String b) {
        String[] x = a.split("[.-]");
        String[] y = b.split("[.-]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int p = i < x.length && x[i].matches("\\d+") ? Integer.parseInt(x[i]) : 0;
            int q = i < y.length && y[i].matches("\\d+") ? Integer.parseInt(y[i]) : 0;
            if (p != q) {
                return Integer.compare(p, q);
            }
        }
        return 0;
    }

    static String markdown(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, w);
        } catch (IOException e) {
            return "(the difference could not be rendered: " + e + ")";
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
