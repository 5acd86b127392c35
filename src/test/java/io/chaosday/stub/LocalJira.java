package io.chaosday.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small in-memory Jira Data Center on loopback, enough for create, reschedule and status: for
 * end-to-end runs of the command line and for benchmarks. Every answer waits {@code latencyMillis}
 * first, like a distant server.
 */
public final class LocalJira implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EPIC_NAME = "customfield_10101";
    private static final String EPIC_LINK = "customfield_10100";
    private static final Pattern LABEL = Pattern.compile("labels = \"([^\"]+)\"");
    private static final ArrayNode ISSUE_TYPES = JSON.createArrayNode();

    static {
        ISSUE_TYPES.addObject().put("id", "10000").put("name", "Epic").put("subtask", false);
        ISSUE_TYPES.addObject().put("id", "10001").put("name", "Task").put("subtask", false);
    }

    private final HttpServer server;
    private volatile long latencyMillis;
    private final Mode mode;
    private final ExchangeLog exchanges = new ExchangeLog();
    private final Map<String, ObjectNode> issues = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> properties = new ConcurrentHashMap<>();
    private final AtomicInteger nextKey = new AtomicInteger(1);
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<RoundTrips.Span> spans = java.util.Collections.synchronizedList(new ArrayList<>());
    /** When each exchange not yet answered began. */
    private final Map<HttpExchange, Long> started = new ConcurrentHashMap<>();
    private final Map<String, java.util.Deque<Fault>> faults = new ConcurrentHashMap<>();

    /** How closely the answers follow Atlassian's Jira Data Center 10.3 document. */
    public enum Mode {
        /**
         * As Jira 10.3 answers: the project resource also lists its {@code issueTypes}, which the
         * document's {@code ProjectBean} does not declare (those answers are left out of the contract check).
         */
        AS_JIRA,
        /** Only what the document declares: a client relying on anything more fails against this. */
        STRICT
    }

    /** What can go wrong with one answer. */
    public enum Fault {
        /** The request is carried out, then the connection drops before the answer: a lost answer. */
        DROP_AFTER_WRITE,
        /** Too many requests; try again after one second. Nothing is carried out. */
        TOO_MANY_REQUESTS,
        /** Service unavailable. Nothing is carried out. */
        UNAVAILABLE,
        /** Carried out, but answered only after {@link #SLOW_MILLIS}: later than a short client timeout. */
        SLOW,
        /** Not carried out; answered 200 with an error body, as a gateway or an index rebuild may. */
        ERROR_BODY
    }

    /** How many more searches do not yet see each issue: an index that lags behind the writes. */
    private final Map<String, AtomicInteger> unindexed = new ConcurrentHashMap<>();
    private volatile int searchLag;

    private final AtomicInteger blindSearches = new AtomicInteger();

    /** The next search that lists issues (not one that only counts) finds none: a node whose index is behind. */
    public void hideNextSearch() {
        blindSearches.incrementAndGet();
    }

    /** From now on, an issue created is missed by the next {@code searches} searches (counts included). */
    public void lagIndex(int searches) {
        searchLag = searches;
    }

    public static final long SLOW_MILLIS = 1_500;

    private volatile java.time.Duration timeLag = java.time.Duration.ZERO;
    private volatile java.util.function.Supplier<java.time.Instant> lagClock = java.time.Instant::now;
    /** When each issue created under a time lag is first seen by searches. */
    private final Map<String, java.time.Instant> indexedAt = new ConcurrentHashMap<>();

    /** From now on, an issue created is missed by every search (counts included) until {@code lag} has passed on {@code clock}. */
    public void lagIndexBy(java.time.Duration lag, java.util.function.Supplier<java.time.Instant> clock) {
        lagClock = clock;
        timeLag = lag;
    }

    private volatile String revokedAfter = "";
    private final AtomicInteger answeredBeforeRevoking = new AtomicInteger(-1);
    private volatile boolean revoked;

    /**
     * The token is revoked once {@code count} more requests starting with {@code prefix} have been
     * carried out: every request after that is answered 401, as Jira answers a revoked token.
     */
    public void revokeTokenAfter(String prefix, int count) {
        revokedAfter = prefix;
        answeredBeforeRevoking.set(count);
    }

    /** The next requests whose "METHOD /path" starts with {@code prefix} meet these faults, in order. */
    public void failNext(String prefix, Fault... next) {
        faults.computeIfAbsent(prefix, k -> new java.util.concurrent.ConcurrentLinkedDeque<>()).addAll(List.of(next));
    }

    /** Faults set up but not yet met: a test whose faults were never met proves nothing. */
    public int faultsLeft() {
        return faults.values().stream().mapToInt(java.util.Deque::size).sum();
    }

    private java.util.Optional<Fault> nextFault(String request) {
        for (Map.Entry<String, java.util.Deque<Fault>> entry : faults.entrySet()) {
            if (request.startsWith(entry.getKey())) {
                Fault fault = entry.getValue().poll();
                if (fault != null) {
                    return java.util.Optional.of(fault);
                }
            }
        }
        return java.util.Optional.empty();
    }

    public LocalJira(long latencyMillis) throws IOException {
        this(latencyMillis, Mode.AS_JIRA);
    }

    public LocalJira(long latencyMillis, Mode mode) throws IOException {
        this.mode = mode;
        // Without TCP_NODELAY, an answer's body waits for the client's delayed ACK of its headers
        // (about 40 ms on Linux): a cost of this stub, not of Jira, so it is switched off.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.latencyMillis = latencyMillis;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.createContext("/", this::handle);
        server.start();
    }

    /** From now on every answer waits this long first: a Chaos Day set up at no cost, then measured at a distance. */
    public LocalJira latency(long millis) {
        latencyMillis = millis;
        return this;
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public Mode mode() {
        return mode;
    }

    /** Every request and its answer so far, for {@code OpenApiContract.jiraDataCenter().assertHonoured(...)}. */
    public List<io.chaosday.rest.Exchange> exchanges() {
        return exchanges.all();
    }

    public int requests() {
        return requests.get();
    }

    public void resetCount() {
        requests.set(0);
        log.clear();
        spans.clear();
    }

    /** The requests since the last {@link #resetCount()}, grouped in the round trips the client waited for ({@link RoundTrips}). */
    public List<List<String>> roundTrips() {
        synchronized (spans) {
            return RoundTrips.rounds(List.copyOf(spans));
        }
    }

    public List<String> log() {
        return List.copyOf(log);
    }

    public int issueCount() {
        return issues.size();
    }

    /** Deletes an issue as a person would; issues that name it (an epic's tickets) keep naming it, as this stub keeps links. */
    public void deleteIssue(String key) {
        issues.remove(key);
    }

    /** Makes an epic of no Chaos Day in the project, as a team would for its own work; returns its key. */
    public String addTeamEpic(String projectKey, String summary) {
        ObjectNode update = JSON.createObjectNode();
        ObjectNode fields = update.putObject("fields");
        fields.putObject("project").put("key", projectKey);
        fields.putObject("issuetype").put("id", "10000");
        fields.put("summary", summary);
        fields.putArray("labels");
        return create(update).path("key").asText();
    }

    /** Puts an issue under another epic, as a person would by editing its Epic Link. */
    public void moveToEpic(String key, String epicKey) {
        issues.get(key).with("fields").put(EPIC_LINK, epicKey);
    }

    /** Marks an issue done, as a person would by moving it across the board. */
    public void markDone(String key) {
        issues.get(key).with("fields").putObject("status").put("name", "Done").putObject("statusCategory").put("key", "done");
    }

    /** Every issue as stored now. */
    public List<ObjectNode> allIssues() {
        return List.copyOf(issues.values());
    }

    /** Removes an issue property, as if it had never been set (an issue imported from a CSV file has none). */
    public void removeProperty(String issueKey, String propertyKey) {
        properties.remove(issueKey + "/" + propertyKey);
    }

    /** An issue property's value as stored; null when the issue has none of that key. */
    public JsonNode propertyValue(String issueKey, String propertyKey) {
        return properties.get(issueKey + "/" + propertyKey);
    }

    /** The Epic Link field's id on this stub. */
    public static String epicLinkField() {
        return EPIC_LINK;
    }

    public ObjectNode issue(String key) {
        return issues.get(key);
    }

    private void handle(HttpExchange exchange) throws IOException {
        started.put(exchange, System.nanoTime());
        requests.incrementAndGet();
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        log.add(method + " " + path);
        try {
            Thread.sleep(latencyMillis);
            byte[] sent = exchanges.body(exchange);
            JsonNode body = method.equals("GET") || method.equals("DELETE") ? null : JSON.readTree(sent);
            if (revoked) {
                reply(exchange, 401, "{\"errorMessages\":[\"You are not authenticated. Authentication required to perform this operation.\"]}");
                return;
            }
            java.util.Optional<Fault> fault = nextFault(method + " " + path);
            if (fault.isPresent() && fault.get() == Fault.TOO_MANY_REQUESTS) {
                exchange.getResponseHeaders().set("Retry-After", "1");
                reply(exchange, 429, "{\"errorMessages\":[\"Rate limit exceeded.\"]}");
                return;
            }
            if (fault.isPresent() && fault.get() == Fault.UNAVAILABLE) {
                reply(exchange, 503, "");
                return;
            }
            if (fault.isPresent() && fault.get() == Fault.ERROR_BODY) {
                reply(exchange, 200, "{\"errorMessages\":[\"The search index is being rebuilt.\"]}");
                return;
            }
            Object answer = route(method, path, exchange.getRequestURI().getRawQuery(), body);
            if ((method + " " + path).startsWith(revokedAfter) && answeredBeforeRevoking.get() > 0
                    && answeredBeforeRevoking.decrementAndGet() == 0) {
                revoked = true;
            }
            if (fault.isPresent() && fault.get() == Fault.DROP_AFTER_WRITE) {
                exchanges.unanswered(exchange);
                answering(exchange);
                exchange.close(); // no status line: the client sees the connection end
                return;
            }
            if (fault.isPresent() && fault.get() == Fault.SLOW) {
                Thread.sleep(SLOW_MILLIS);
            }
            if (answer == null) {
                reply(exchange, 404, "{\"errorMessages\":[\"Not found: " + path + "\"],\"errors\":{}}");
            } else if (answer instanceof Integer status) {
                reply(exchange, status, "");
            } else {
                // The document declares 201 for creations, but 200 for a remote link and for a search.
                int status = method.equals("POST") && !path.endsWith("/remotelink") && !path.endsWith("/search") ? 201 : 200;
                reply(exchange, status, JSON.writeValueAsString(answer));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reply(exchange, 503, "");
        } catch (RuntimeException e) {
            reply(exchange, 500, "{\"errorMessages\":[\"" + e + "\"]}");
        }
    }

    private Object route(String method, String path, String query, JsonNode body) {
        String[] p = path.replaceFirst("^/rest/api/2/", "").split("/");
        return switch (method + " " + p[0]) {
            case "GET serverInfo" -> JSON.createObjectNode().put("deploymentType", "Server").put("version", "10.3.0");
            case "GET field" -> fields();
            case "GET myself" -> JSON.createObjectNode().put("name", "facilitator").put("displayName", "Facilitator");
            case "POST search" -> search(body);
            case "POST issue" -> p.length > 1 && p[1].equals("bulk") ? bulk(body)
                    : p.length == 1 ? created(create(body)) : p.length == 3 && p[2].equals("remotelink") ? addRemoteLink(p[1], body)
                    : p.length == 3 && p[2].equals("comment") ? addComment(p[1], body) : null;
            case "PUT issue" -> p.length == 2 ? update(p[1], body) : p.length == 3 && p[2].equals("assignee") ? assign(p[1], body)
                    : setProperty(p[1], p[3], body);
            case "GET user" -> users(query);
            case "GET project" -> p.length == 3 && p[2].equals("securitylevel") ? securityLevels() : project(p[1]);
            case "GET issue" -> p[1].equals("createmeta") ? issueTypes(p[2], query)
                    : p.length == 2 ? issues.get(p[1]) : p.length == 3 && p[2].equals("comment") ? comments(p[1], query)
                    : p.length == 3 && p[2].equals("remotelink") ? remoteLinksAnswer(p[1]) : property(p[1], p[3]);
            case "POST issueLink" -> link(body);
            case "DELETE issue" -> p.length == 4 && p[2].equals("comment") ? deleteComment(p[1], p[3])
                    : issues.remove(p[1]) == null ? null : 204;
            default -> null;
        };
    }

    private ArrayNode fields() {
        ArrayNode fields = JSON.createArrayNode();
        fields.addObject().put("id", EPIC_NAME).putObject("schema").put("custom", "com.pyxis.greenhopper.jira:gh-epic-label");
        fields.addObject().put("id", EPIC_LINK).putObject("schema").put("custom", "com.pyxis.greenhopper.jira:gh-epic-link");
        return fields;
    }

    /** Projects other than these are answered 404, as Jira does; null: every key names a project. */
    private volatile java.util.Set<String> projects;

    /** Only these projects exist from now on. */
    public LocalJira withOnlyProjects(String... keys) {
        projects = java.util.Set.of(keys);
        return this;
    }

    private ObjectNode project(String key) {
        if (projects != null && !projects.contains(key)) {
            return null;
        }
        ObjectNode project = JSON.createObjectNode().put("id", "10000").put("key", key).put("name", key + " project");
        if (mode == Mode.AS_JIRA) {
            project.set("issueTypes", ISSUE_TYPES.deepCopy());
        }
        return project;
    }

    /** The project's creatable issue types, a page at a time as Jira 10 answers them (startAt, maxResults). */
    private ObjectNode issueTypes(String key, String query) {
        Map<String, String> parameters = new java.util.HashMap<>();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] kv = pair.split("=", 2);
            parameters.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        int start = Integer.parseInt(parameters.getOrDefault("startAt", "0"));
        // A page of one, so a client that reads only the first page misses the Task type.
        int max = Math.min(Integer.parseInt(parameters.getOrDefault("maxResults", "50")), 1);
        ObjectNode page = JSON.createObjectNode().put("startAt", start).put("maxResults", max).put("total", ISSUE_TYPES.size())
                .put("isLast", start + max >= ISSUE_TYPES.size());
        ArrayNode values = page.putArray("values");
        for (int i = start; i < Math.min(start + max, ISSUE_TYPES.size()); i++) {
            values.add(ISSUE_TYPES.get(i).deepCopy());
        }
        return page;
    }

    private static final Pattern KEY_LIST = Pattern.compile("^key in \\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    private ObjectNode search(JsonNode request) {
        Matcher keyList = KEY_LIST.matcher(request.path("jql").asText());
        if (keyList.find()) {
            return byKeys(keyList.group(1), request);
        }
        Matcher m = LABEL.matcher(request.path("jql").asText());
        String label = m.find() ? m.group(1) : "";
        Matcher inProject = Pattern.compile("project = \"([^\"]+)\"").matcher(request.path("jql").asText());
        String project = inProject.find() ? inProject.group(1) + "-" : "";
        // Each search brings every issue it misses one search closer to being indexed.
        unindexed.values().removeIf(left -> left.decrementAndGet() < 0);
        List<ObjectNode> hits = issues.values().stream()
                .filter(i -> i.path("fields").path("labels").toString().contains("\"" + label + "\""))
                .filter(i -> i.path("key").asText().startsWith(project))
                .filter(i -> !unindexed.containsKey(i.path("key").asText()))
                .filter(i -> !lagClock.get().isBefore(indexedAt.getOrDefault(i.path("key").asText(), java.time.Instant.MIN)))
                .sorted(java.util.Comparator.comparingInt(i -> Integer.parseInt(i.path("key").asText().split("-")[1])))
                .toList();
        int start = request.path("startAt").asInt(0);
        int max = Math.min(request.path("maxResults").asInt(50), 100);
        if (max > 0 && blindSearches.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            hits = List.of();
        }
        ObjectNode page = JSON.createObjectNode().put("startAt", start).put("maxResults", max).put("total", hits.size());
        ArrayNode list = page.putArray("issues");
        hits.stream().skip(start).limit(Math.max(max, 0)).forEach(issue -> list.add(withComments(issue, request)));
        return page;
    }

    /** {@code key in ("A-1", ...)}: the issues of those keys that exist (and are indexed), as Jira answers without validation. */
    private ObjectNode byKeys(String keys, JsonNode request) {
        unindexed.values().removeIf(left -> left.decrementAndGet() < 0);
        List<ObjectNode> hits = new ArrayList<>();
        Matcher key = QUOTED.matcher(keys);
        while (key.find()) {
            ObjectNode issue = issues.get(key.group(1));
            if (issue != null && !unindexed.containsKey(key.group(1))) {
                hits.add(issue);
            }
        }
        int start = request.path("startAt").asInt(0);
        int max = Math.min(request.path("maxResults").asInt(50), 100);
        ObjectNode page = JSON.createObjectNode().put("startAt", start).put("maxResults", max).put("total", hits.size());
        ArrayNode list = page.putArray("issues");
        hits.stream().skip(start).limit(max).forEach(issue -> list.add(withComments(issue, request)));
        return page;
    }

    /** The comments a search sends with an issue: the first few, as Jira caps them, with the true total. */
    public static final int COMMENTS_PER_SEARCHED_ISSUE = 5;

    /**
     * The issue as a search answers it, with its {@code comment} field when the search asks for it:
     * a page of at most {@link #COMMENTS_PER_SEARCHED_ISSUE} comments (CommentsWithPaginationJsonBean
     * in the 10.3 document), whose {@code total} says how many there are.
     */
    private ObjectNode withComments(ObjectNode issue, JsonNode request) {
        boolean asked = false;
        for (JsonNode field : request.path("fields")) {
            asked |= field.asText().equals("comment") || field.asText().equals("*all");
        }
        if (!asked) {
            return issue;
        }
        List<ObjectNode> all;
        synchronized (comments) {
            all = List.copyOf(comments.getOrDefault(issue.path("key").asText(), List.of()));
        }
        ObjectNode copy = issue.deepCopy();
        ObjectNode field = ((ObjectNode) copy.path("fields")).putObject("comment");
        ArrayNode list = field.putArray("comments");
        all.stream().limit(COMMENTS_PER_SEARCHED_ISSUE).forEach(c -> list.add(c.deepCopy()));
        field.put("maxResults", COMMENTS_PER_SEARCHED_ISSUE).put("total", all.size()).put("startAt", 0);
        return copy;
    }

    private ObjectNode bulk(JsonNode request) {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode created = answer.putArray("issues");
        answer.putArray("errors");
        int element = 0;
        for (JsonNode update : request.path("issueUpdates")) {
            JsonNode assignee = update.path("fields").path("assignee");
            if (assignee.isObject() && !knows(assignee.path("name").asText())) {
                // As Jira refuses an element whose assignee it does not know, creating the others.
                ObjectNode error = ((ArrayNode) answer.path("errors")).addObject().put("status", 400).put("failedElementNumber", element);
                error.putObject("elementErrors").putArray("errorMessages");
                ((ObjectNode) error.path("elementErrors")).putObject("errors")
                        .put("assignee", "User '" + assignee.path("name").asText() + "' does not exist.");
            } else {
                created.add(created(create(update)));
            }
            element++;
        }
        return answer;
    }

    private ObjectNode create(JsonNode update) {
        String key = update.path("fields").path("project").path("key").asText() + "-" + nextKey.getAndIncrement();
        ObjectNode issue = JSON.createObjectNode().put("id", key).put("key", key);
        ObjectNode fields = issue.putObject("fields");
        fields.setAll((ObjectNode) update.path("fields").deepCopy());
        if (fields.path("assignee").isObject()) {
            fields.with("assignee").put("displayName", displayName(fields.path("assignee").path("name").asText()));
        }
        boolean epic = "10000".equals(update.path("fields").path("issuetype").path("id").asText());
        fields.putObject("issuetype").put("id", epic ? "10000" : "10001").put("name", epic ? "Epic" : "Task");
        fields.putObject("status").put("name", "To Do").putObject("statusCategory").put("key", "new");
        for (JsonNode property : update.path("properties")) {
            properties.put(key + "/" + property.path("key").asText(), property.path("value"));
        }
        if (searchLag > 0) {
            unindexed.put(key, new AtomicInteger(searchLag));
        }
        if (!timeLag.isZero()) {
            indexedAt.put(key, lagClock.get().plus(timeLag));
        }
        issues.put(key, issue);
        return issue;
    }

    private static ObjectNode created(ObjectNode issue) {
        return JSON.createObjectNode().put("id", issue.path("id").asText()).put("key", issue.path("key").asText())
                .put("self", "http://127.0.0.1/rest/api/2/issue/" + issue.path("key").asText());
    }

    private Object update(String key, JsonNode body) {
        ObjectNode issue = issues.get(key);
        if (issue == null) {
            return null;
        }
        if (body.path("fields").isObject()) {
            ((ObjectNode) issue.path("fields")).setAll((ObjectNode) body.path("fields").deepCopy());
        }
        // The update verbs on labels, as Jira applies them: to the labels the issue has at that moment.
        JsonNode operations = body.path("update").path("labels");
        if (operations.isArray()) {
            java.util.Set<String> labels = new java.util.LinkedHashSet<>();
            issue.path("fields").path("labels").forEach(l -> labels.add(l.asText()));
            for (JsonNode operation : operations) {
                if (operation.has("add")) {
                    labels.add(operation.path("add").asText());
                }
                if (operation.has("remove")) {
                    labels.remove(operation.path("remove").asText());
                }
            }
            ArrayNode list = ((ObjectNode) issue.path("fields")).putArray("labels");
            labels.forEach(list::add);
        }
        return 204;
    }

    /** User names the user search does not find, nor an assignee field takes (compared without case). */
    public final java.util.Set<String> strangers = ConcurrentHashMap.newKeySet();

    /** From now on these user names are unknown here: not found by a search, not assignable. */
    public LocalJira withUnknownUsers(String... names) {
        strangers.addAll(List.of(names));
        return this;
    }

    /** Adds a label to an issue, as a person would in Jira. */
    public void addLabel(String key, String label) {
        ((ArrayNode) issues.get(key).path("fields").path("labels")).add(label);
    }

    private boolean knows(String name) {
        return !name.isBlank() && strangers.stream().noneMatch(name::equalsIgnoreCase) && (people == null || people.containsKey(name));
    }

    /**
     * Everyone asked for exists here but {@link #strangers}, unless {@link #withPeople} says who
     * does: the search finds one user by that name.
     */
    private ArrayNode users(String query) {
        ArrayNode users = JSON.createArrayNode();
        Matcher m = java.util.regex.Pattern.compile("username=([^&]*)").matcher(query == null ? "" : query);
        if (m.find()) {
            String name = java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
            if (knows(name)) {
                users.addObject().put("name", name).put("displayName", displayName(name));
            }
        }
        return users;
    }

    /** User names and display names of the only people this Jira knows; null: everyone, shown by their user name. */
    private volatile Map<String, String> people;

    /** Only these people exist from now on, by user name, each with a display name. */
    public LocalJira withPeople(Map<String, String> namesAndDisplayNames) {
        people = Map.copyOf(namesAndDisplayNames);
        return this;
    }

    private String displayName(String name) {
        return people == null ? name : people.getOrDefault(name, name);
    }

    /** Remote links per issue, by global id: posting one with a known global id replaces it, as Jira does. */
    private final Map<String, Map<String, ObjectNode>> remoteLinks = new ConcurrentHashMap<>();
    private final AtomicInteger nextRemoteLink = new AtomicInteger(1);

    private Object addRemoteLink(String key, JsonNode body) {
        if (!issues.containsKey(key)) {
            return null;
        }
        Map<String, ObjectNode> links = remoteLinks.computeIfAbsent(key, k -> new java.util.concurrent.ConcurrentSkipListMap<>());
        String globalId = body.path("globalId").asText();
        ObjectNode link = links.get(globalId);
        int id = link == null ? nextRemoteLink.getAndIncrement() : link.path("id").asInt();
        ObjectNode stored = JSON.createObjectNode().put("id", id).put("globalId", globalId);
        stored.set("object", body.path("object").deepCopy());
        links.put(globalId.isEmpty() ? "#" + id : globalId, stored);
        return JSON.createObjectNode().put("id", id).put("self", "http://127.0.0.1/rest/api/2/issue/" + key + "/remotelink/" + id);
    }

    private Object remoteLinksAnswer(String key) {
        ArrayNode list = JSON.createArrayNode();
        remoteLinks.getOrDefault(key, Map.of()).values().forEach(list::add);
        return issues.containsKey(key) ? list : null;
    }

    /** The issue's remote links as Jira keeps them, read outside the API. */
    public List<io.chaosday.tracker.RemoteLink> remoteLinks(String key) {
        return remoteLinks.getOrDefault(key, Map.of()).values().stream()
                .map(l -> new io.chaosday.tracker.RemoteLink(l.path("globalId").asText(),
                        java.net.URI.create(l.path("object").path("url").asText()), l.path("object").path("title").asText()))
                .toList();
    }

    /** An issue link, kept on both issues as Jira shows it: the inward issue lists the outward one and the other way round. */
    private synchronized Object link(JsonNode body) {
        String inward = body.path("inwardIssue").path("key").asText();
        String outward = body.path("outwardIssue").path("key").asText();
        ObjectNode from = issues.get(inward);
        ObjectNode to = issues.get(outward);
        if (from == null || to == null) {
            return null;
        }
        String type = body.path("type").path("name").asText();
        linksOf(from).addObject().put("type", type).putObject("outwardIssue").put("key", outward);
        linksOf(to).addObject().put("type", type).putObject("inwardIssue").put("key", inward);
        return 201;
    }

    private static ArrayNode linksOf(ObjectNode issue) {
        ObjectNode fields = (ObjectNode) issue.path("fields");
        return fields.has("issuelinks") ? (ArrayNode) fields.get("issuelinks") : fields.putArray("issuelinks");
    }

    /** The keys of the issues linked to this one, either way, one per link, read outside the API. */
    public List<String> linkedKeys(String key) {
        List<String> keys = new ArrayList<>();
        for (JsonNode link : issues.get(key).path("fields").path("issuelinks")) {
            keys.add(link.has("inwardIssue") ? link.path("inwardIssue").path("key").asText() : link.path("outwardIssue").path("key").asText());
        }
        return keys;
    }

    /** The project's issue security levels; none: it has no issue security scheme. */
    private final List<ObjectNode> securityLevels = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Adds a level to every project's issue security scheme; answers its id. */
    public String offerSecurityLevel(String name) {
        String id = String.valueOf(10100 + securityLevels.size());
        securityLevels.add(JSON.createObjectNode().put("id", id).put("name", name).put("description", ""));
        return id;
    }

    private ObjectNode securityLevels() {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode levels = answer.putArray("levels");
        securityLevels.forEach(levels::add);
        return answer;
    }

    private Object assign(String key, JsonNode body) {
        ObjectNode issue = issues.get(key);
        if (issue == null) {
            return null;
        }
        String name = body.path("name").asText();
        if (!knows(name)) {
            return 400;
        }
        ((ObjectNode) issue.path("fields")).putObject("assignee").put("name", name).put("displayName", displayName(name));
        return 204;
    }

    private Object setProperty(String key, String property, JsonNode value) {
        properties.put(key + "/" + property, value);
        return 200;
    }

    private Object property(String key, String property) {
        if (!issues.containsKey(key)) {
            return null; // as Jira: an issue that is gone has no properties to read
        }
        JsonNode value = properties.get(key + "/" + property);
        return value == null ? null : JSON.createObjectNode().put("key", property).set("value", value);
    }

    /** Comments per issue, oldest first, as Jira keeps them: written by the one user this stub knows. */
    private final Map<String, List<ObjectNode>> comments = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong nextComment = new java.util.concurrent.atomic.AtomicLong(10000);
    private static final java.time.format.DateTimeFormatter CREATED =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(java.time.ZoneOffset.UTC);

    /** Every comment on an issue, as stored (wiki markup bodies). */
    public List<String> commentBodies(String key) {
        synchronized (comments) {
            return comments.getOrDefault(key, List.of()).stream().map(c -> c.path("body").asText()).toList();
        }
    }

    private Object addComment(String key, JsonNode body) {
        if (!issues.containsKey(key)) {
            return null;
        }
        String id = Long.toString(nextComment.getAndIncrement());
        ObjectNode comment = JSON.createObjectNode().put("id", id)
                .put("self", "http://127.0.0.1/rest/api/2/issue/" + key + "/comment/" + id).put("body", body.path("body").asText());
        comment.putObject("author").put("name", "facilitator").put("displayName", "Facilitator");
        comment.put("created", CREATED.format(java.time.Instant.now()));
        synchronized (comments) {
            comments.computeIfAbsent(key, k -> new ArrayList<>()).add(comment);
        }
        return comment;
    }

    /** A page of comments; at most five a page, so a client that reads only the first page misses some. */
    private Object comments(String key, String query) {
        if (!issues.containsKey(key)) {
            return null;
        }
        Map<String, String> parameters = new java.util.HashMap<>();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] kv = pair.split("=", 2);
            parameters.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        int start = Integer.parseInt(parameters.getOrDefault("startAt", "0"));
        int max = Math.min(Integer.parseInt(parameters.getOrDefault("maxResults", "50")), 5);
        List<ObjectNode> all;
        synchronized (comments) {
            all = List.copyOf(comments.getOrDefault(key, List.of()));
        }
        ObjectNode page = JSON.createObjectNode().put("startAt", start).put("maxResults", max).put("total", all.size());
        ArrayNode list = page.putArray("comments");
        all.stream().skip(start).limit(max).forEach(c -> list.add(c.deepCopy()));
        return page;
    }

    private Object deleteComment(String key, String id) {
        synchronized (comments) {
            return comments.getOrDefault(key, new ArrayList<>()).removeIf(c -> c.path("id").asText().equals(id)) ? 204 : null;
        }
    }

    /** Ends the request's span before its answer leaves: the client may send the next one, or look at the spans, the moment after. */
    private void answering(HttpExchange exchange) {
        Long start = started.remove(exchange);
        if (start != null) {
            spans.add(new RoundTrips.Span(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath(), start, System.nanoTime()));
        }
    }

    private void reply(HttpExchange exchange, int status, String body) throws IOException {
        boolean beyondTheDocument = mode == Mode.AS_JIRA && exchange.getRequestMethod().equals("GET")
                && exchange.getRequestURI().getPath().startsWith("/rest/api/2/project/");
        exchanges.answered(exchange, status, body, !beyondTheDocument);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        answering(exchange);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, status == 204 || bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0 && status != 204) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
