package io.chaosday.rest;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.chaosday.http.RetryPolicy;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.allOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.anyOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.headerContainsRegexp;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageContainsSubstring;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageHasKey;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.pathContainsRegexp;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.responseStatusIs;
import static org.junit.Assert.fail;

/**
 * Checks recorded requests against Atlassian's own OpenAPI documents (test resources under
 * {@code contracts/}; see the README there), so our clients are held to the real API and not only to
 * stubs we wrote. Relaxes exactly the known defects of those documents, each rule naming its defect.
 *
 * <p>Parsing a document takes seconds, so each is parsed once per JVM and the validators are cached.
 */
public final class OpenApiContract {

    /** Where the documents sit on the test class path. */
    public static final String FOLDER = "/contracts/";

    private static final Map<String, OpenAPI> PARSED = new ConcurrentHashMap<>();
    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The envelope Jira Data Center puts around a page of results ({@code com.atlassian.jira.rest.api.pagination.Page}). */
    private static final Set<String> PAGE_ENVELOPE = Set.of("self", "nextPage", "maxResults", "startAt", "total", "isLast", "values");

    private final String key;
    private final String name;
    private final Function<String, OpenApiInteractionValidator> factory;
    /** Whether the document declares a list endpoint's answer as one item (Jira DC's generated documents do). */
    private final boolean listsDeclaredAsItems;

    private OpenApiContract(String key, String name, Function<String, OpenApiInteractionValidator> factory) {
        this(key, name, factory, false);
    }

    private OpenApiContract(String key, String name, Function<String, OpenApiInteractionValidator> factory,
                            boolean listsDeclaredAsItems) {
        this.key = key;
        this.name = name;
        this.factory = factory;
        this.listsDeclaredAsItems = listsDeclaredAsItems;
    }

    /** Jira Software Data Center 10.3; its server URL ends in /rest. */
    public static OpenApiContract jiraDataCenter() {
        return new OpenApiContract("jira-dc", "jira-dc-10.3.json", document -> OpenApiInteractionValidator
                .createFor(parse(document))
                .withBasePathOverride("/rest")
                .withWhitelist(dataCenterDefects()
                        // Defect: IssueUpdateBean.fields declares every value an object; Jira takes strings, arrays, numbers.
                        .withRule("DC IssueUpdateBean.fields values", allOf(
                                messageHasKey("validation.request.body.schema.type"),
                                messageContainsSubstring("/fields/")))
                        // The same defect in IssueBean.fields, which search results and issue reads answer with.
                        .withRule("DC IssueBean.fields values", allOf(
                                messageHasKey("validation.response.body.schema.type"),
                                messageContainsSubstring("/fields/")))
                        // Defect: EntityPropertyBean.value is declared a string; a property holds any JSON value.
                        .withRule("DC EntityPropertyBean.value", allOf(
                                messageHasKey("validation.response.body.schema.type"),
                                messageContainsSubstring("[Path '/value']"),
                                pathContainsRegexp("/api/2/issue/[^/]+/properties/[^/]+$"))))
                .build(), true);
    }

    /** Jira Cloud platform REST API v3 (a 2024 snapshot). */
    public static OpenApiContract jiraCloud() {
        return new OpenApiContract("jira-cloud", "jira-cloud-platform-v3.json", document -> OpenApiInteractionValidator
                .createFor(parse(document))
                .withWhitelist(ValidationErrorsWhitelist.create()
                        // Gap: /rest/api/3/search is being replaced by /rest/api/3/search/jql, which the snapshot lacks.
                        .withRule("Cloud /search/jql not in the 2024 snapshot", allOf(
                                anyOf(messageHasKey("validation.request.path.missing"),
                                        messageHasKey("validation.response.path.missing")),
                                messageContainsSubstring("'/rest/api/3/search/jql'")))
                        // Defect: a body is declared for 204 No Content, which has none by definition.
                        .withRule("Cloud declares bodies for 204", allOf(
                                messageHasKey("validation.response.body.missing"),
                                responseStatusIs(204))))
                .build());
    }

    /**
     * Confluence Data Center 10.0.3; {@code contextPath} is "/" or e.g. "/confluence".
     *
     * <p>Two known defects of the Confluence DC document do not trip this validator, so neither is relaxed: the page is
     * {@code /rest/api/content/{id}} for GET but {@code {contentId}} for PUT (it picks the PUT operation and checks the
     * body against it), and {@code POST .../label} declares one label where Confluence takes an array (it passes
     * because the {@code Label} schema declares no type). One defect does trip it: {@code JsonContentProperty.value}
     * is declared as {@code JsonString} ({@code {"value": string}}), while a content property's value is any JSON
     * object (the v1 Cloud document says "This can be empty or a complex object").
     */
    public static OpenApiContract confluenceDataCenter(String contextPath) {
        return new OpenApiContract("confluence-dc " + contextPath, "confluence-dc-10.0.3.json", document -> OpenApiInteractionValidator
                .createFor(parse(document))
                .withBasePathOverride(contextPath)
                .withWhitelist(dataCenterDefects()
                        // Defect (see above): only properties under /value, only on content properties; sent or answered.
                        .withRule("DC JsonContentProperty.value declared as JsonString", allOf(
                                anyOf(messageHasKey("validation.request.body.schema.additionalProperties"),
                                        messageHasKey("validation.response.body.schema.additionalProperties")),
                                messageContainsSubstring("[Path '/value']"),
                                pathContainsRegexp("/rest/api/content/[^/]+/property(/[^/]+)?$"))))
                .build());
    }

    /** Confluence Cloud REST API v1, paths under /wiki/rest/api. */
    public static OpenApiContract confluenceCloudV1() {
        return new OpenApiContract("confluence-cloud-v1", "confluence-cloud-v1.json", document -> OpenApiInteractionValidator
                .createFor(parse(document)).build());
    }

    /**
     * Confluence Cloud REST API v2, paths under /wiki/api/v2. Parsed fully resolved: besides its request bodies, its
     * {@code body-format} parameter's schema is a {@code $ref}, which the validator does not follow for a query
     * parameter (it then reads {@code body-format=storage} as JSON and reports "Unable to parse JSON"). The page
     * {@code body} oneOf, whose branches both match any object, does not trip for the flat
     * {@code {representation, value}} body, because the validator closes both branches' objects; so it is not relaxed.
     */
    public static OpenApiContract confluenceCloudV2() {
        return new OpenApiContract("confluence-cloud-v2", "confluence-cloud-v2.json", document -> OpenApiInteractionValidator
                .createFor(parseFully(document)).build());
    }

    private static ValidationErrorsWhitelist dataCenterDefects() {
        // Defect: both DC documents declare only HTTP Basic; Bearer personal access tokens are real but
        // undeclared. We always send credentials, so the validator reports a Bearer header as "invalid" Basic.
        return ValidationErrorsWhitelist.create()
                .withRule("DC documents declare only Basic auth", allOf(
                        messageHasKey("validation.request.security.invalid"),
                        headerContainsRegexp("Authorization", "^Bearer .+")));
    }

    /** The document's file name under {@link #FOLDER}. */
    public String document() {
        return name;
    }

    /** Loads (once) and returns the document's validator. */
    OpenApiInteractionValidator validator() {
        return VALIDATORS.computeIfAbsent(key, k -> factory.apply(name));
    }

    public ValidationReport validate(LoggedRequest request) {
        return validator().validateRequest(toRequest(request));
    }

    /** Fails, listing every problem, unless the document accepts every request. */
    public void assertAccepts(List<LoggedRequest> requests) {
        List<String> problems = new ArrayList<>();
        for (LoggedRequest request : requests) {
            for (ValidationReport.Message message : validate(request).getMessages()) {
                if (message.getLevel() == ValidationReport.Level.ERROR) {
                    problems.add(request.getMethod() + " " + request.getUrl() + ": [" + message.getKey() + "] "
                            + message.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(name + " does not accept what we sent:\n  " + String.join("\n  ", problems));
        }
    }

    /** Every problem the document finds with the request and, when one was sent, the answer; one line each. */
    public List<String> problems(Exchange exchange) {
        List<String> problems = new ArrayList<>();
        errors(validator().validateRequest(toRequest(exchange)), "request", problems);
        exchange.answer().filter(answer -> answer.status() < 300).ifPresent(answer -> {
            // Only successful answers are held to the document. The documents list few error statuses and
            // hardly any error bodies, and the failure tests make error answers on purpose and check what
            // we say about them; the statuses we act on (404, 409, 429, 503) are in RetryPolicy and friends.
            for (String body : answerBodies(exchange.path(), answer.body(), problems)) {
                SimpleResponse.Builder response = new SimpleResponse.Builder(answer.status());
                if (answer.contentType() != null) {
                    response.withContentType(answer.contentType());
                }
                if (body != null && !body.isEmpty()) {
                    response.withBody(body);
                }
                errors(validator().validateResponse(exchange.path(), Request.Method.valueOf(exchange.method()),
                        response.build()), "answer " + answer.status(), problems);
            }
        });
        return problems.stream().map(p -> exchange.method() + " " + exchange.url() + " " + p).toList();
    }

    /** Fails, listing every problem, unless the document accepts every request and every answer. */
    public void assertHonoured(List<Exchange> exchanges) {
        List<String> problems = new ArrayList<>();
        exchanges.forEach(exchange -> problems.addAll(problems(exchange)));
        if (!problems.isEmpty()) {
            fail(name + " does not accept these requests or answers:\n  " + String.join("\n  ", problems));
        }
    }

    /**
     * The bodies to check for one answer: the answer itself, or, where the document declares a list endpoint's
     * answer as a single item, each item of the list (and of a page's {@code values}, whose envelope is checked here).
     */
    private List<String> answerBodies(String path, String body, List<String> problems) {
        if (!listsDeclaredAsItems || body == null || body.isEmpty()) {
            return java.util.Collections.singletonList(body);
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JsonProcessingException notJson) {
            return List.of(body);
        }
        JsonNode items = json;
        if (path.matches(".*/issue/createmeta/[^/]+/issuetypes(/[^/]+)?$") && json.isObject()) {
            json.fieldNames().forEachRemaining(field -> {
                if (!PAGE_ENVELOPE.contains(field)) {
                    problems.add("answer: [page envelope] " + field + " is not part of a page of results");
                }
            });
            items = json.path("values");
        }
        if (!items.isArray()) {
            return List.of(body);
        }
        List<String> bodies = new ArrayList<>();
        items.forEach(item -> bodies.add(item.toString()));
        return bodies;
    }

    private static void errors(ValidationReport report, String what, List<String> into) {
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                into.add(what + ": [" + message.getKey() + "] " + message.getMessage());
            }
        }
    }

    static Request toRequest(Exchange exchange) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(exchange.method(), exchange.path());
        if (exchange.url().contains("?")) {
            for (String pair : exchange.url().substring(exchange.url().indexOf('?') + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                request.withQueryParam(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
            }
        }
        exchange.headers().forEach(request::withHeader);
        if (exchange.body() != null && exchange.body().length > 0) {
            request.withBody(exchange.body());
        }
        return request.build();
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    static Request toRequest(LoggedRequest logged) {
        String url = logged.getUrl();
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        SimpleRequest.Builder request = new SimpleRequest.Builder(logged.getMethod().getName(), path);
        logged.getQueryParams().forEach((key, value) -> request.withQueryParam(key, value.values()));
        for (String header : logged.getAllHeaderKeys()) {
            request.withHeader(header, logged.header(header).values());
        }
        byte[] body = logged.getBody();
        if (body != null && body.length > 0) {
            request.withBody(body);
        }
        return request.build();
    }

    private static OpenAPI parse(String name) {
        return PARSED.computeIfAbsent(name, k -> parseNow(name, false));
    }

    /** With every {@code $ref} inlined. */
    private static OpenAPI parseFully(String name) {
        return PARSED.computeIfAbsent(name + " fully", k -> parseNow(name, true));
    }

    private static OpenAPI parseNow(String name, boolean fully) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(fully);
        // The validator's own loader refuses jira-dc-10.3.json ("operationId is repeated"): parse it ourselves.
        OpenAPI api = new OpenAPIV3Parser().readContents(text(name), null, options).getOpenAPI();
        if (api == null) {
            throw new IllegalStateException("cannot parse " + FOLDER + name);
        }
        inlineRequestBodies(api);
        return api;
    }

    /** The document's text; a missing document is a broken checkout, never a reason to skip. */
    public static String text(String name) {
        try (InputStream in = OpenApiContract.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the contract " + FOLDER + name
                        + " is missing from the test resources (src/test/resources" + FOLDER + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The parser leaves {@code requestBody: {$ref: "#/components/requestBodies/..."}} unresolved
     * (Confluence Cloud v2 uses them), and the validator then finds no content: put the bodies in place.
     */
    private static void inlineRequestBodies(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getRequestBodies() == null || api.getPaths() == null) {
            return;
        }
        Map<String, RequestBody> named = api.getComponents().getRequestBodies();
        api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            RequestBody body = operation.getRequestBody();
            if (body != null && body.get$ref() != null) {
                operation.setRequestBody(named.get(body.get$ref().substring(body.get$ref().lastIndexOf('/') + 1)));
            }
        }));
    }
}
