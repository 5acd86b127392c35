package io.chaosday.jira.page;

import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import io.chaosday.jira.link.ConfluenceConnections;
import io.chaosday.jira.tracker.EntityPropertiesInMemory;
import io.chaosday.jira.tracker.ProjectMark;
import io.chaosday.jira.link.FallbackSettings;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.tracker.IssueProperties;
import io.chaosday.tracker.Progress;
import io.chaosday.workflow.CreateChaosDay;
import io.chaosday.workflow.FakeIssueTracker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Test;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class ChaosDayPageContextTest {

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS").withProject("OTHER");
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final GlobalPermissionManager globalPermissions = mock(GlobalPermissionManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final ApplicationLinkService links = mock(ApplicationLinkService.class);
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class);
    private final RequiredResources resources = mock(RequiredResources.class);
    private final ApplicationUser reader = mock(ApplicationUser.class);
    private final Project chaos = project("CHAOS", "Payments Chaos Day");
    private final Project other = project("OTHER", "Other");
    private final PropertiesI18n words = new PropertiesI18n();
    private final Map<String, Object> stored = new HashMap<>();
    private FallbackSettings fallback;
    private ChaosDayPageContext provider;

    private final EntityPropertiesInMemory properties = new EntityPropertiesInMemory();
    private final ProjectMark marks = new ProjectMark(properties);

    private static Project project(String key, String name) {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(key.equals("CHAOS") ? 10L : 11L);
        when(project.getKey()).thenReturn(key);
        when(project.getName()).thenReturn(name);
        return project;
    }

    @Before
    public void aChaosDayInProjectChaosThatTheReaderAdministers() {
        ChaosDayDefinition definition = ChaosDayDefinition.withDefaults(new ChaosDaySpec("Payments Chaos Day",
                LocalDate.parse("2027-03-10"), 1, List.of("Payments", "Search"), WorkingCalendar.mondayToFriday()));
        new CreateChaosDay(jira).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), definition, false), Progress.SILENT);
        when(projects.getProjectObjByKey("CHAOS")).thenReturn(chaos);
        when(authentication.getLoggedInUser()).thenReturn(reader);
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        for (Project project : List.of(chaos, other)) {
            when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, reader)).thenReturn(true);
            when(permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, reader)).thenReturn(true);
        }
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example.com/jira/");
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);
        I18nResolver i18n = mock(I18nResolver.class);
        when(i18n.getText(anyString(), any(Serializable[].class))).thenAnswer(call -> words.getText(call.getArgument(0),
                Arrays.copyOfRange(call.getArguments(), 1, call.getArguments().length, Serializable[].class)));
        PluginSettings settings = mock(PluginSettings.class);
        when(settings.get(anyString())).thenAnswer(call -> stored.get(call.<String>getArgument(0)));
        when(settings.put(anyString(), any())).thenAnswer(call -> stored.put(call.getArgument(0), call.getArgument(1)));
        PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
        when(factory.createGlobalSettings()).thenReturn(settings);
        fallback = new FallbackSettings(factory);
        provider = new ChaosDayPageContext(authentication, permissions, globalPermissions, projects, jira,
                new ConfluenceConnections(links, fallback), application, i18n, pageBuilder,
                Clock.fixed(Instant.parse("2027-02-24T09:00:00Z"), ZoneOffset.UTC), marks);
    }

    private Map<String, Object> shown(Map<String, Object> context) {
        return provider.getContextMap(context);
    }

    private static Document rendered(Map<String, Object> model) {
        return Jsoup.parse(new PageRenderer().render(PageRenderer.PAGE, model));
    }

    @Test
    public void theFacilitatorGetsThePageOfTheProjectsChaosDayWithItsScript() {
        Map<String, Object> model = shown(Map.of("project", chaos));

        ChaosDayPage page = (ChaosDayPage) model.get("page");
        assertNotNull(model.toString(), page);
        assertNull(model.get("problem"));
        assertEquals("CHAOS", page.projectKey());
        assertTrue(page.canEdit());
        assertEquals("2027-03-10", page.definition().chaosDay());
        assertEquals(List.of("Payments", "Search"), page.definition().teams());
        assertEquals("the script's base, where the REST document's paths start, from Jira's context path alone",
                "/jira" + io.chaosday.jira.rest.ChaosDayRestContract.BASE + "/project/CHAOS", page.restBase());
        assertEquals(4, page.status().phases().size());
        assertEquals("chaosday.page.when.in-days", page.status().whenKey());
        assertEquals(14, page.status().days());
        assertEquals(3, page.reviews().size());
        assertEquals("Team of teams", page.reviews().get(2).team());
        verify(resources).requireWebResource("io.chaosday.chaos-day-jira:chaos-day-page-resources");
        Document dom = rendered(model);
        assertEquals("Payments Chaos Day", dom.selectFirst("h1").text());
        assertNotNull("administrators get the form", dom.selectFirst("form#chaosday-definition"));
        assertTrue(dom.selectFirst(".chaosday-phases").text().contains("0/"));
    }

    @Test
    public void someoneWhoMayOnlyBrowseSeesThePageWithoutTheForm() {
        when(permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, chaos, reader)).thenReturn(false);

        Map<String, Object> model = shown(Map.of("project", chaos));

        assertFalse(((ChaosDayPage) model.get("page")).canEdit());
        assertNull(rendered(model).selectFirst("form#chaosday-definition"));
    }

    @Test
    public void someoneWhoMayNotBrowseTheProjectGetsOneLineAndNothingOfIt() {
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, chaos, reader)).thenReturn(false);
        jira.calls.clear();

        Map<String, Object> model = shown(Map.of("project", chaos));

        assertNull(model.get("page"));
        assertEquals(words.getText("chaosday.page.problem.browse"), model.get("problem"));
        assertEquals("the project was not searched", List.of(), jira.calls);
        verify(pageBuilder, never()).assembler();
        assertFalse(rendered(model).text().contains("Payments"));
    }

    @Test
    public void aProjectWithoutAChaosDaySaysSoInTheReadersWords() {
        Map<String, Object> model = shown(Map.of("project", other));

        assertNull(model.get("page"));
        assertTrue(String.valueOf(model.get("problem")), String.valueOf(model.get("problem")).startsWith("Project OTHER has no Chaos Day"));
        assertTrue(rendered(model).selectFirst(".aui-message").text().contains("Project OTHER has no Chaos Day"));
    }

    @Test
    public void theProjectKeyAloneIsEnoughToFindTheProject() {
        Map<String, Object> model = shown(Map.of("projectKey", "CHAOS"));

        assertEquals("CHAOS", ((ChaosDayPage) model.get("page")).projectKey());
    }

    @Test
    public void withoutConfluenceAJiraAdministratorIsPointedToTheSettingsPage() {
        when(globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, reader)).thenReturn(true);

        ConfluenceView confluence = ((ChaosDayPage) shown(Map.of("project", chaos)).get("page")).confluence();

        assertEquals(ConfluenceView.State.NOT_CONFIGURED, confluence.state());
        assertTrue(confluence.canConfigure());
        assertEquals("/jira/plugins/servlet/chaosday/confluence", confluence.url());
    }

    @Test
    public void aPublishedReviewLinksToItsPageInTheConfluenceSetUp() {
        fallback.save("https://confluence.example.com", "a-token");
        jira.setProperty(jira.byItem("review/Payments").key(), IssueProperties.PAGE, Map.of("pageId", "98765"));

        ChaosDayPage page = (ChaosDayPage) shown(Map.of("project", chaos)).get("page");

        assertEquals(ConfluenceView.State.FALLBACK, page.confluence().state());
        ReviewRow payments = page.reviews().stream().filter(r -> r.team().equals("Payments")).findFirst().orElseThrow();
        assertEquals("https://confluence.example.com/pages/viewpage.action?pageId=98765", payments.page().url());
        assertFalse(page.reviews().stream().filter(r -> r.team().equals("Search")).findFirst().orElseThrow().isPublished());
        assertFalse("the token is nowhere in the page", rendered(shown(Map.of("project", chaos))).html().contains("a-token"));
    }

    @Test
    public void aChaosDayTheCommandLineMadeMarksTheProjectSoTheSidebarShowsIt() {
        assertFalse(new HoldsAChaosDay(marks, projects).shouldDisplay(Map.of("project", chaos)));

        shown(Map.of("project", chaos));

        assertTrue(new HoldsAChaosDay(marks, projects).shouldDisplay(Map.of("project", chaos)));
        assertEquals(io.chaosday.tracker.ChaosDayId.fromName("Payments Chaos Day"), marks.read(10L).orElseThrow().chaosDay());
    }

    @Test
    public void aChaosDayCutShortBeforeItsFirstEpicIsFoundByTheMarkAndOffersToCreateWhatIsMissing() {
        ChaosDayDefinition definition = ChaosDayDefinition.withDefaults(new ChaosDaySpec("Cut Short", LocalDate.parse("2027-04-07"),
                1, List.of("Team 1"), WorkingCalendar.mondayToFriday())).withProvisional(true);
        marks.write(reader, 11L, new ProjectMark.Mark(io.chaosday.tracker.ChaosDayId.fromName("Cut Short"), definition, Map.of()));
        when(permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, other, reader)).thenReturn(true);

        Map<String, Object> model = shown(Map.of("project", other));

        ChaosDayPage page = (ChaosDayPage) model.get("page");
        assertNotNull(String.valueOf(model.get("problem")), page);
        assertEquals(io.chaosday.workflow.PlannedIssues.of(definition, io.chaosday.tracker.ChaosDayId.fromName("Cut Short")).size(),
                page.missing());
        Document dom = rendered(model);
        assertNotNull(dom.selectFirst("#chaosday-unfinished button#chaosday-finish"));
    }

    @Test
    public void aWholeChaosDayOffersNothingToCreate() {
        Document dom = rendered(shown(Map.of("project", chaos)));

        assertNull(dom.selectFirst("#chaosday-unfinished"));
    }
}
