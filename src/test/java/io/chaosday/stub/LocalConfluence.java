package io.chaosday.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small in-memory Confluence Data Center on loopback (REST v1 pages, content properties,
 * labels, conversion), with faults to order: for end-to-end runs of publishing.
 */
public final class LocalConfluence implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What can go wrong with one answer. */
    public enum Fault {
        /** The page's version moved on: 409, nothing written. */
        CONFLICT,
        /** Too many requests; try again after one second. Nothing written. */
        TOO_MANY_REQUESTS,
        /** Service unavailable. Nothing written. */
        UNAVAILABLE,
        /** Written, then the connection drops before the answer. */
        DROP_AFTER_WRITE,
        /** The connection drops before anything is done. */
        RESET
    }

    private final HttpServer server;
    private final ExchangeLog exchanges = new ExchangeLog();
    private final Map<String, ObjectNode> pages = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> properties = new ConcurrentHashMap<>();
    private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger(1000);
    private final List<String> writes = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, java.util.Set<String>> labels = new ConcurrentHashMap<>();
    private final AtomicInteger faultsInjected = new AtomicInteger();
    private volatile java.util.Random chaos;
    private volatile double faultRate;

    /**
     * From now on, each request meets a fault with probability {@code rate}: a 503, a 429, a reset
     * before acting or an answer lost after acting, in equal shares, drawn from {@code seed}.
     */
    public void injectFaults(long seed, double rate) {
        chaos = new java.util.Random(seed);
        faultRate = rate;
    }

    public void stopFaults() {
        faultRate = 0;
    }

    public int faultsInjected() {
        return faultsInjected.get();
    }

    /** The labels a page carries: those it was created with and those added since. */
    public java.util.Set<String> labels(String pageId) {
        java.util.Set<String> all = new java.util.TreeSet<>(labels.getOrDefault(pageId, java.util.Set.of()));
        ObjectNode page = pages.get(pageId);
        if (page != null) {
            page.path("metadata").path("labels").path("results").forEach(label -> all.add(label.path("name").asText()));
        }
        return all;
    }

    /** Our publish marker on a page, as stored; null when it has none. */
    public JsonNode marker(String pageId) {
        ObjectNode property = properties.get(pageId + "/" + io.chaosday.tracker.PublishMarker.PROPERTY_KEY);
        return property == null ? null : property.path("value");
    }
    private final List<String> requests = java.util.Collections.synchronizedList(new ArrayList<>());
    private final java.util.Set<String> missingSpaces = ConcurrentHashMap.newKeySet();
    private volatile long latencyMillis;
    private volatile boolean mayAddPages = true;

    public LocalConfluence() throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/", this::handle);
        server.start();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next requests whose "METHOD /path" starts with {@code prefix} (or equals it, when it ends in $) meet these faults. */
    public void failNext(String prefix, Fault... next) {
        faults.computeIfAbsent(prefix, k -> new ConcurrentLinkedDeque<>()).addAll(List.of(next));
    }

    /** Every request and its answer so far, for {@code OpenApiContract.confluenceDataCenter("/").assertHonoured(...)}. */
    public List<io.chaosday.rest.Exchange> exchanges() {
        return exchanges.all();
    }

    /** Every answer waits this long first, as a distant Confluence would. */
    public LocalConfluence latency(long millis) {
        latencyMillis = millis;
        return this;
    }

    /** A space that does not exist here (every other key does). */
    public void withoutSpace(String key) {
        missingSpaces.add(key);
    }

    /** The user may view but not add pages (no "Add pages" in any space): {@code operations} lists only {@code read}. */
    public void withoutAddPages() {
        mayAddPages = false;
    }

    /** Every request received, as "METHOD /path", in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** Pages as stored, by id. */
    public Map<String, ObjectNode> pages() {
        return Map.copyOf(pages);
    }

    /** Pages as stored, by title; of two with one title, either. */
    public Map<String, ObjectNode> pagesByTitle() {
        Map<String, ObjectNode> byTitle = new java.util.TreeMap<>();
        pages.values().forEach(page -> byTitle.put(page.path("title").asText(), page));
        return byTitle;
    }

    /**
     * Everything that differs from {@code planned} (title to body, as {@code body} reads a page): a
     * title twice, missing or not planned, a body that is not the planned one, a marker whose version
     * is not the page's. Empty when the pages are exactly the plan.
     */
    public List<String> differencesFrom(Map<String, String> planned, java.util.function.Function<JsonNode, String> body) {
        List<String> problems = new ArrayList<>();
        java.util.Set<String> titles = new java.util.TreeSet<>();
        for (ObjectNode page : pages().values()) {
            if (!titles.add(page.path("title").asText())) {
                problems.add("twice: " + page.path("title").asText());
            }
        }
        planned.keySet().stream().filter(t -> !titles.contains(t)).forEach(t -> problems.add("missing: " + t));
        titles.stream().filter(t -> !planned.containsKey(t)).forEach(t -> problems.add("not planned: " + t));
        pagesByTitle().forEach((title, page) -> {
            if (planned.containsKey(title) && !planned.get(title).equals(body.apply(page))) {
                problems.add("body differs: " + title);
            }
            JsonNode marker = marker(page.path("id").asText());
            if (marker == null || marker.path("version").asInt() != page.path("version").path("number").asInt()) {
                problems.add("marker wrong on " + title + ": " + marker);
            }
        });
        return problems;
    }

    /** Page writes that happened: "create TITLE" and "update TITLE vN". */
    public List<String> writes() {
        return List.copyOf(writes);
    }

    /** A person creates a page in Confluence's editor; returns its id. */
    public String createByPerson(String spaceKey, String title, String storage) {
        ObjectNode body = JSON.createObjectNode().put("title", title);
        body.putObject("space").put("key", spaceKey);
        body.putObject("body").putObject("storage").put("value", storage).put("representation", "storage");
        return ((ObjectNode) create(body)).path("id").asText();
    }

    /** A person saves a new version in Confluence's editor. */
    public void editByPerson(String id, String who, String storage) {
        ObjectNode page = pages.get(id);
        int version = page.path("version").path("number").asInt() + 1;
        page.putObject("version").put("number", version).putObject("by").put("displayName", who);
        page.putObject("body").putObject("storage").put("value", storage).put("representation", "storage");
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        requests.add(method + " " + path);
        try {
            if (latencyMillis > 0) {
                Thread.sleep(latencyMillis);
            }
            byte[] sent = exchanges.body(exchange);
            JsonNode body = method.equals("GET") ? null : JSON.readTree(sent);
            Optional<Fault> fault = next(method + " " + path).or(this::randomFault);
            fault.ifPresent(f -> faultsInjected.incrementAndGet());
            if (fault.isPresent() && fault.get() == Fault.RESET) {
                exchange.close();
                return;
            }
            if (fault.isPresent() && fault.get() != Fault.DROP_AFTER_WRITE) {
                int status = switch (fault.get()) {
                    case CONFLICT -> 409;
                    case TOO_MANY_REQUESTS -> 429;
                    default -> 503;
                };
                exchange.getResponseHeaders().set("Retry-After", "1");
                reply(exchange, status, "{\"statusCode\":" + status + ",\"message\":\"fault on order\"}");
                return;
            }
            Object answer = route(method, path, query(exchange.getRequestURI().getRawQuery()), body);
            if (fault.isPresent()) {
                exchanges.unanswered(exchange);
                exchange.close();
                return;
            }
            if (answer == null) {
                reply(exchange, 404, "{\"statusCode\":404,\"message\":\"No content found\"}");
            } else if (answer == TITLE_TAKEN) {
                reply(exchange, 400, "{\"statusCode\":400,\"message\":\"com.atlassian.confluence.api.service.exceptions."
                        + "BadRequestException: A page with this title already exists: A page already exists with the same"
                        + " TITLE in this space\"}");
            } else if (answer instanceof Integer status) {
                reply(exchange, status, "{\"statusCode\":" + status + ",\"message\":\"Version must be incremented\"}");
            } else {
                reply(exchange, 200, JSON.writeValueAsString(answer));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
        } catch (RuntimeException e) {
            reply(exchange, 500, "{\"statusCode\":500,\"message\":\"" + e + "\"}");
        }
    }

    private Object route(String method, String path, Map<String, String> query, JsonNode body) {
        String[] p = path.replaceFirst("^/rest/api/", "").split("/");
        if (p[0].equals("contentbody")) {
            String value = body.path("value").asText().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            return JSON.createObjectNode().put("value", "<p>" + value + "</p>").put("representation", "storage");
        }
        if (p[0].equals("space") && p.length == 2) {
            return missingSpaces.contains(p[1]) ? null : JSON.createObjectNode().put("key", p[1]);
        }
        if (p[0].equals("space") && p.length == 4 && p[2].equals("content") && p[3].equals("page")) {
            return missingSpaces.contains(p[1]) ? null : rootPages(p[1], query.getOrDefault("expand", ""));
        }
        if (!p[0].equals("content")) {
            return null;
        }
        if (p.length == 1) {
            return method.equals("GET") ? byTitle(query) : create(body);
        }
        String id = p[1];
        if (p.length == 2) {
            return method.equals("GET") ? read(id, query.getOrDefault("expand", "")) : update(id, body);
        }
        if (p[2].equals("label")) {
            java.util.Set<String> held = labels.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet());
            if (method.equals("POST")) {
                body.forEach(label -> held.add(label.path("name").asText()));
            }
            ObjectNode answer = JSON.createObjectNode();
            var results = answer.putArray("results");
            held.forEach(name -> results.addObject().put("prefix", "global").put("name", name));
            return answer.put("size", held.size());
        }
        if (p.length == 3) { // POST property
            if (properties.containsKey(id + "/" + body.path("key").asText())) {
                return 409; // Confluence: a property of that key already exists on the content
            }
            ObjectNode property = ((ObjectNode) body).deepCopy();
            property.putObject("version").put("number", 1);
            properties.put(id + "/" + body.path("key").asText(), property);
            return property;
        }
        String key = id + "/" + p[3];
        if (method.equals("GET")) {
            return properties.get(key);
        }
        ObjectNode current = properties.get(key);
        if (current == null) {
            return null;
        }
        if (body.path("version").path("number").asInt() != current.path("version").path("number").asInt() + 1) {
            return 409;
        }
        properties.put(key, ((ObjectNode) body).deepCopy());
        return properties.get(key);
    }

    /** The page, with any content property the expansion names ({@code metadata.properties.KEY}). */
    private ObjectNode read(String id, String expand) {
        ObjectNode page = pages.get(id);
        if (page == null) {
            return null;
        }
        ObjectNode answer = page.deepCopy();
        for (String part : expand.split(",")) {
            if (part.equals("operations")) {
                answer.set("operations", operations());
            }
            if (part.startsWith("metadata.properties.")) {
                String key = part.substring("metadata.properties.".length());
                ObjectNode property = properties.get(id + "/" + key);
                if (property != null) {
                    answer.withObject("metadata").withObject("properties").set(key, property);
                }
            }
        }
        return answer;
    }

    /** The space's top-level pages: its home page (which this stub keeps out of {@link #pages()}). */
    private ObjectNode rootPages(String spaceKey, String expand) {
        ObjectNode home = JSON.createObjectNode().put("id", "1").put("type", "page").put("status", "current")
                .put("title", spaceKey + " Home");
        if (List.of(expand.split(",")).contains("operations")) {
            home.set("operations", operations());
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.putArray("results").add(home);
        return answer.put("start", 0).put("limit", 1).put("size", 1);
    }

    /** What the user may do with a page, as OperationCheckResults: read, and create and update unless told otherwise. */
    private com.fasterxml.jackson.databind.node.ArrayNode operations() {
        var operations = JSON.createArrayNode();
        operations.addObject().put("operation", "read").put("targetType", "page");
        if (mayAddPages) {
            operations.addObject().put("operation", "create").put("targetType", "page");
            operations.addObject().put("operation", "update").put("targetType", "page");
        }
        return operations;
    }

    private ObjectNode byTitle(Map<String, String> query) {
        ObjectNode answer = JSON.createObjectNode();
        var results = answer.putArray("results");
        pages.values().stream()
                .filter(page -> page.path("title").asText().equals(query.get("title"))
                        && page.path("space").path("key").asText().equals(query.get("spaceKey")))
                .forEach(results::add);
        return answer;
    }

    private synchronized Object create(JsonNode body) {
        String title = body.path("title").asText();
        String space = body.path("space").path("key").asText();
        if (pages.values().stream().anyMatch(p -> p.path("title").asText().equals(title)
                && p.path("space").path("key").asText().equals(space))) {
            return TITLE_TAKEN; // Confluence keeps titles unique within a space
        }
        String id = String.valueOf(nextId.getAndIncrement());
        ObjectNode page = JSON.createObjectNode().put("id", id).put("type", "page").put("status", "current")
                .put("title", body.path("title").asText());
        page.putObject("space").put("key", body.path("space").path("key").asText());
        page.putObject("version").put("number", 1).putObject("by").put("displayName", "Chaos Day bot");
        page.set("body", body.path("body").deepCopy());
        if (body.path("ancestors").isArray()) {
            page.set("ancestors", body.path("ancestors").deepCopy());
        }
        page.putObject("metadata").putObject("labels").set("results", body.path("metadata").path("labels").deepCopy());
        pages.put(id, page);
        writes.add("create " + page.path("title").asText());
        return page;
    }

    private Object update(String id, JsonNode body) {
        ObjectNode page = pages.get(id);
        if (page == null) {
            return null;
        }
        int next = body.path("version").path("number").asInt();
        if (next != page.path("version").path("number").asInt() + 1) {
            return 409;
        }
        page.put("title", body.path("title").asText());
        page.putObject("version").put("number", next).putObject("by").put("displayName", "Chaos Day bot");
        page.set("body", body.path("body").deepCopy());
        writes.add("update " + page.path("title").asText() + " v" + next);
        return page;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return query;
    }

    private static final Object TITLE_TAKEN = new Object();

    private Optional<Fault> randomFault() {
        java.util.Random random = chaos;
        if (random == null || faultRate <= 0) {
            return Optional.empty();
        }
        synchronized (random) {
            if (random.nextDouble() >= faultRate) {
                return Optional.empty();
            }
            Fault[] kinds = {Fault.UNAVAILABLE, Fault.TOO_MANY_REQUESTS, Fault.RESET, Fault.DROP_AFTER_WRITE};
            return Optional.of(kinds[random.nextInt(kinds.length)]);
        }
    }

    private Optional<Fault> next(String request) {
        for (Map.Entry<String, Deque<Fault>> entry : faults.entrySet()) {
            String prefix = entry.getKey();
            boolean exact = prefix.endsWith("$");
            if (exact ? request.equals(prefix.substring(0, prefix.length() - 1)) : request.startsWith(prefix)) {
                Fault fault = entry.getValue().poll();
                if (fault != null) {
                    return Optional.of(fault);
                }
            }
        }
        return Optional.empty();
    }

    private void reply(HttpExchange exchange, int status, String body) throws IOException {
        exchanges.answered(exchange, status, body, true);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
