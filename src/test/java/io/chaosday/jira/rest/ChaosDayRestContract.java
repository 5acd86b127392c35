package io.chaosday.jira.rest;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** Our REST resource's OpenAPI document ({@code docs/openapi/chaosday-rest.yaml}), as a validator of requests and answers. */
public final class ChaosDayRestContract {

    public static final Path DOCUMENT = Path.of("docs", "openapi", "chaosday-rest.yaml");

    /** Where Jira serves the resource: {@code <rest key path>/<version>}. */
    public static final String BASE = "/rest/chaosday/1.0";

    private static OpenAPI parsed;
    private static List<String> messages;

    private final OpenApiInteractionValidator validator;

    public ChaosDayRestContract() {
        validator = OpenApiInteractionValidator.createFor(document()).withBasePathOverride(BASE).build();
    }

    static synchronized OpenAPI document() {
        if (parsed == null) {
            assertTrue("no " + DOCUMENT.toAbsolutePath(), Files.isRegularFile(DOCUMENT));
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            // Inline the shared error responses: the validator does not follow a response's $ref.
            options.setResolveFully(true);
            SwaggerParseResult result = new OpenAPIV3Parser().readLocation(DOCUMENT.toString(), null, options);
            parsed = result.getOpenAPI();
            messages = result.getMessages() == null ? List.of() : List.copyOf(result.getMessages());
        }
        return parsed;
    }

    static synchronized List<String> parserMessages() {
        document();
        return messages;
    }

    /** The report for one exchange; a request body of null means none. */
    public ValidationReport check(Request.Method method, String path, String requestBody, int status, String answer) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, BASE + path.replaceAll("\\?.*", ""))
                .withHeader("Accept", "application/json");
        if (path.contains("?")) {
            for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
                String[] nameValue = pair.split("=", 2);
                request.withQueryParam(nameValue[0], nameValue.length > 1 ? nameValue[1] : "");
            }
        }
        if (requestBody != null) {
            request.withContentType("application/json").withBody(requestBody);
        }
        SimpleResponse response = SimpleResponse.Builder.status(status).withContentType("application/json")
                .withBody(answer).build();
        return validator.validate(request.build(), response);
    }

    public void assertAccepts(Request.Method method, String path, String requestBody, int status, String answer) {
        ValidationReport report = check(method, path, requestBody, status, answer);
        if (report.hasErrors()) {
            fail(method + " " + path + " -> " + status + " breaks " + DOCUMENT + ":\n" + report.getMessages()
                    + "\nrequest: " + requestBody + "\nanswer: " + answer);
        }
    }
}
