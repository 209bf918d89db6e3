package com.fours.dms.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fours.dms.support.Api;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: every operation of the contract has an example request (when it takes a JSON body)
 * and an example response (when it answers JSON), and each example is valid for its operation, so
 * an integrator can copy it. No backend needed: it reads the committed openapi/openapi.yaml.
 */
class ContractExamplesTest {
    final ObjectMapper json = new ObjectMapper();

    @Test
    void everyOperationHasValidExampleRequestAndResponse() throws Exception {
        OpenAPI spec = new OpenAPIV3Parser().read(Api.SPEC.toString());
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForSpecificationUrl(Api.SPEC.toUri().toString()).build();
        List<String> missing = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        int requests = 0;
        int responses = 0;
        for (Map.Entry<String, PathItem> path : spec.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> e : path.getValue().readOperationsMap().entrySet()) {
                var op = e.getValue();
                String where = e.getKey() + " " + path.getKey();
                Request.Method method = Request.Method.valueOf(e.getKey().name());
                if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                    MediaType body = op.getRequestBody().getContent().get("application/json");
                    if (body != null) {
                        requests++;
                        if (body.getExample() == null) {
                            missing.add(where + " request");
                        } else {
                            SimpleRequest req = new SimpleRequest.Builder(method, path.getKey()).withContentType("application/json")
                                    .withBody(json.writeValueAsString(body.getExample())).build();
                            ValidationReport report = validator.validateRequest(req);
                            report.getMessages().stream().filter(m -> m.getKey().startsWith("validation.request.body"))
                                    .forEach(m -> invalid.add(where + " request: " + m.getMessage()));
                        }
                    }
                }
                for (var r : op.getResponses().entrySet()) {
                    if (!r.getKey().startsWith("2") || r.getValue().getContent() == null) {
                        continue;
                    }
                    MediaType body = r.getValue().getContent().get("application/json");
                    if (body == null) {
                        continue;
                    }
                    responses++;
                    if (body.getExample() == null) {
                        missing.add(where + " response " + r.getKey());
                        continue;
                    }
                    int status = "2XX".equals(r.getKey()) ? 200 : Integer.parseInt(r.getKey());
                    SimpleResponse res = SimpleResponse.Builder.status(status).withContentType("application/json")
                            .withBody(json.writeValueAsString(body.getExample())).build();
                    ValidationReport report = validator.validateResponse(path.getKey(), method, res);
                    report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                            .forEach(m -> invalid.add(where + " response " + r.getKey() + ": " + m.getMessage()));
                }
            }
        }
        assertTrue(requests > 50 && responses > 150, "requests " + requests + ", responses " + responses);
        assertTrue(missing.isEmpty(), missing.size() + " without an example:\n" + String.join("\n", missing));
        assertTrue(invalid.isEmpty(), invalid.size() + " examples the contract refuses:\n" + String.join("\n", invalid));
    }
}
