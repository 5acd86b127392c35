package io.chaosday.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.chaosday.jira.link.ConfluenceConnections;
import io.chaosday.jira.link.FallbackSettings;
import io.chaosday.jira.tracker.ProjectMark;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.Progress;
import io.chaosday.workflow.CreateChaosDay;
import io.chaosday.workflow.FakeIssueTracker;
import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.ws.rs.Path;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The REST resources built and served the way Jira's REST v2 builds them: by Jersey, through its
 * injection, from the collaborators the plugin's Spring context holds (bound here as Mockito
 * stand-ins and a fake tracker), and called over HTTP. It runs twice: on the javax classes in
 * Jersey 2 (Jira 10), and on the classes of the Jira 11 jar, moved to jakarta with this test, in
 * Jersey 3.1 (the surefire execution jira11-jersey). A resource Jersey cannot build answers 500 to
 * every call, which fails each test here.
 */
public class ChaosDayResourceInJerseyTest {

    private static final String BASE = "/rest/chaosday/1.0/project/CHAOS/";
    private static final String NEW_DATE = "{\"chaosDay\":\"2027-03-17\",\"teams\":[\"Team 1\",\"Team 2\"]}";

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");
    private final FacilitatorInJira host = new FacilitatorInJira();
    private final HttpClient client = HttpClient.newHttpClient();
    private HttpServer server;
    private URI base;

    @Before
    public void aChaosDayServedByJersey() {
        ChaosDayDefinition definition = ChaosDayDefinition.withDefaults(new ChaosDaySpec("Chaos Day", LocalDate.parse("2027-03-10"), 1,
                List.of("Team 1", "Team 2"), WorkingCalendar.mondayToFriday()));
        new CreateChaosDay(jira).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), definition, false), Progress.SILENT);
        PluginSettingsFactory settings = mock(PluginSettingsFactory.class);
        when(settings.createGlobalSettings()).thenReturn(mock(PluginSettings.class));
        ConfluenceConnections confluence = new ConfluenceConnections(mock(ApplicationLinkService.class), new FallbackSettings(settings));
        Clock clock = Clock.fixed(Instant.parse("2027-02-01T09:00:00Z"), ZoneOffset.UTC);
        ProjectMark marks = new ProjectMark(mock(JsonEntityPropertyManager.class));

        ResourceConfig config = new ResourceConfig(ChaosDayResource.class).register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(host.authentication).to(JiraAuthenticationContext.class);
                bind(host.permissions).to(PermissionManager.class);
                bind(host.projects).to(ProjectManager.class);
                bind(jira).to(IssueTracker.class);
                bind(host.locks).to(ClusterLockService.class);
                bind(host.i18n).to(I18nResolver.class);
                bind(confluence).to(ConfluenceConnections.class);
                bind(host.application).to(ApplicationProperties.class);
                bind(clock).to(Clock.class);
                bind(marks).to(ProjectMark.class);
            }
        });
        server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/rest/chaosday/1.0"), config);
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + BASE);
    }

    @After
    public void stopTheServer() {
        server.stop(0);
    }

    @Test
    public void everyReadAnswersTheProjectsChaosDayAsJson() throws Exception {
        HttpResponse<String> definition = get("definition");
        assertEquals(definition.body(), 200, definition.statusCode());
        assertTrue(definition.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("2027-03-10", json(definition).get("chaosDay").asText());

        HttpResponse<String> status = get("status");
        assertEquals(status.body(), 200, status.statusCode());
        assertTrue(status.body(), json(status).isObject());

        HttpResponse<String> experiments = get("experiments");
        assertEquals(experiments.body(), 200, experiments.statusCode());
        assertTrue(experiments.body(), json(experiments).isContainerNode());
    }

    @Test
    public void aDryRunAnswersTheMovesAndAChangeMovesTheChaosDay() throws Exception {
        HttpResponse<String> dryRun = send("POST", "reschedule?dryRun=true", "application/json", NEW_DATE);
        assertEquals(dryRun.body(), 200, dryRun.statusCode());
        assertTrue(json(dryRun).get("dryRun").asBoolean());
        assertEquals(Optional.of(LocalDate.parse("2027-03-10")), jira.byItem("chaos-day").due());

        HttpResponse<String> changed = send("PUT", "definition", "application/json", NEW_DATE);
        assertEquals(changed.body(), 200, changed.statusCode());
        assertEquals(Optional.of(LocalDate.parse("2027-03-17")), jira.byItem("chaos-day").due());
    }

    @Test
    public void theDayIsReadAndAnExperimentsRunLogWrittenThroughTheResource() throws Exception {
        new io.chaosday.workflow.ChaosDayExperiments(jira).add("CHAOS", jira.byItem("epic/execute").identity().orElseThrow().chaosDay(),
                io.chaosday.workflow.ExperimentsFile.parse("experiments:\n  - title: Team 1 loses its cache\n    rollback: restart it\n"
                        + "    owner: alice\n    team: Team 1\n", "experiments.yaml"), false, Progress.SILENT);
        String key = jira.issues.values().stream().filter(i -> i.summary().equals("Team 1 loses its cache")).findFirst()
                .orElseThrow().key();

        HttpResponse<String> started = send("POST", "experiments/" + key + "/log", "application/json", "{\"kind\":\"start\"}");
        HttpResponse<String> day = get("day");

        assertEquals(started.body(), 200, started.statusCode());
        assertEquals("start", json(started).path("written").path("kind").asText());
        assertEquals(day.body(), 200, day.statusCode());
        assertEquals("running", json(day).path("experiments").get(0).path("state").asText());
        assertEquals(415, send("POST", "experiments/" + key + "/log", "text/plain", "{\"kind\":\"stop\"}").statusCode());
        assertEquals(1, jira.comments.get(key).size());
    }

    @Test
    public void publishingWithoutConfluenceAnswersTheErrorBody() throws Exception {
        HttpResponse<String> published = send("POST", "publish", "application/json", "{\"spaceKey\":\"OPS\"}");

        assertEquals(published.body(), 409, published.statusCode());
        assertEquals("CONFLUENCE_NOT_CONFIGURED", json(published).get("code").asText());
    }

    @Test
    public void aWriteThatIsNotJsonIsRefusedBeforeTheResourceSoJirasXsrfCheckCoversEveryWrite() throws Exception {
        // A browser form can post text/plain or form data across sites without a preflight; only
        // JSON is accepted, which a cross-site form cannot send.
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
            assertEquals(type, 415, send("PUT", "definition", type, NEW_DATE).statusCode());
            assertEquals(type, 415, send("POST", "reschedule", type, NEW_DATE).statusCode());
            assertEquals(type, 415, send("POST", "publish", type, "{\"spaceKey\":\"OPS\"}").statusCode());
        }
        assertEquals(Optional.of(LocalDate.parse("2027-03-10")), jira.byItem("chaos-day").due());
    }

    @Test
    public void someoneWhoMayOnlyBrowseReadsButCannotChange() throws Exception {
        when(host.permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, host.project, host.facilitator)).thenReturn(false);

        assertEquals(200, get("definition").statusCode());
        for (HttpResponse<String> refused : List.of(send("PUT", "definition", "application/json", NEW_DATE),
                send("POST", "reschedule", "application/json", NEW_DATE),
                send("POST", "publish", "application/json", "{\"spaceKey\":\"OPS\"}"))) {
            assertEquals(refused.body(), 403, refused.statusCode());
            assertEquals("FORBIDDEN", json(refused).get("code").asText());
        }
        assertEquals(Optional.of(LocalDate.parse("2027-03-10")), jira.byItem("chaos-day").due());
    }

    @Test
    public void someoneWhoCannotBrowseTheProjectOrIsNotLoggedInReadsNothing() throws Exception {
        when(host.permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, host.project, host.facilitator)).thenReturn(false);
        for (String read : List.of("definition", "status", "experiments")) {
            HttpResponse<String> refused = get(read);
            assertEquals(read, 403, refused.statusCode());
            assertEquals("FORBIDDEN", json(refused).get("code").asText());
        }

        when(host.authentication.getLoggedInUser()).thenReturn(null);
        assertEquals(403, get("status").statusCode());
    }

    @Test
    public void aProjectThatDoesNotExistIsNotFound() throws Exception {
        HttpResponse<String> missing = client.send(HttpRequest.newBuilder(base.resolve("../NOPE/status")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(missing.body(), 404, missing.statusCode());
        assertEquals("NOT_FOUND", json(missing).get("code").asText());
    }

    @Test
    public void everyRestResourceHasOneInjectConstructorForJersey() throws Exception {
        File folder = new File(ChaosDayResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        File[] classes = new File(folder, "io/chaosday/jira/rest").listFiles((dir, name) -> name.endsWith(".class"));
        List<String> resources = new ArrayList<>();
        List<String> unbuildable = new ArrayList<>();
        for (File file : classes) {
            Class<?> type = Class.forName("io.chaosday.jira.rest." + file.getName().replace(".class", ""));
            if (!type.isAnnotationPresent(Path.class)) {
                continue;
            }
            resources.add(type.getSimpleName());
            Constructor<?>[] constructors = type.getConstructors();
            if (constructors.length != 1 || !constructors[0].isAnnotationPresent(Inject.class) || Modifier.isAbstract(type.getModifiers())) {
                unbuildable.add(type.getName());
            }
        }
        assertTrue("the resources were found: " + resources, resources.contains("ChaosDayResource"));
        assertEquals("resources without exactly one public @" + Inject.class.getName() + " constructor", List.of(), unbuildable);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String type, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return new ObjectMapper().readTree(response.body());
    }
}
