package io.chaosday.jira.link;

import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.chaosday.jira.page.PropertiesI18n;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Test;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import com.atlassian.sal.api.websudo.WebSudoManager;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class FallbackSettingsServletTest {

    private static final String TOKEN = "NjQ2MzE4OTcyMTk0OnJlYWxseS1zZWNyZXQ";

    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final GlobalPermissionManager globalPermissions = mock(GlobalPermissionManager.class);
    private final XsrfTokenValidator xsrf = mock(XsrfTokenValidator.class);
    private final ApplicationUser administrator = mock(ApplicationUser.class);
    private final Map<String, Object> stored = new HashMap<>();
    private final PropertiesI18n words = new PropertiesI18n();
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter body = new StringWriter();
    private final WebSudoManager webSudo = mock(WebSudoManager.class);
    private FallbackSettings settings;
    private FallbackSettingsServlet servlet;
    private int status = 200;
    private String redirect;

    @Before
    public void aJiraAdministratorOnTheSettingsPage() throws Exception {
        when(authentication.getLoggedInUser()).thenReturn(administrator);
        when(globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, administrator)).thenReturn(true);
        when(xsrf.validateFormEncodedToken(request)).thenReturn(true);
        when(xsrf.getXsrfParameterName()).thenReturn("atl_token");
        XsrfTokenAccessor tokens = mock(XsrfTokenAccessor.class);
        when(tokens.getXsrfToken(request, response, true)).thenReturn("xsrf-42");
        PluginSettings global = mock(PluginSettings.class);
        when(global.get(anyString())).thenAnswer(call -> stored.get(call.<String>getArgument(0)));
        when(global.put(anyString(), any())).thenAnswer(call -> stored.put(call.getArgument(0), call.getArgument(1)));
        when(global.remove(anyString())).thenAnswer(call -> stored.remove(call.<String>getArgument(0)));
        PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
        when(factory.createGlobalSettings()).thenReturn(global);
        settings = new FallbackSettings(factory);
        I18nResolver i18n = mock(I18nResolver.class);
        when(i18n.getText(anyString(), any(Serializable[].class))).thenAnswer(call -> words.getText(call.getArgument(0),
                Arrays.copyOfRange(call.getArguments(), 1, call.getArguments().length, Serializable[].class)));
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        doAnswer(call -> status = call.getArgument(0)).when(response).setStatus(org.mockito.ArgumentMatchers.anyInt());
        doAnswer(call -> redirect = call.getArgument(0)).when(response).sendRedirect(anyString());
        servlet = new FallbackSettingsServlet(authentication, globalPermissions, settings,
                new ConfluenceConnections(mock(ApplicationLinkService.class), settings), velocity(), i18n, xsrf, tokens, application,
                webSudo);
        when(webSudo.canExecuteRequest(request)).thenReturn(true);
    }

    @Test
    public void withoutASecureAdministratorSessionJiraAsksForThePasswordAndNothingIsShownOrSaved() throws Exception {
        settings.save("https://confluence.example.com", TOKEN);
        when(webSudo.canExecuteRequest(request)).thenReturn(false);
        when(request.getParameter("baseUrl")).thenReturn("https://elsewhere.example.com");
        when(request.getParameter("token")).thenReturn("another-token");

        servlet.doGet(request, response);
        servlet.doPost(request, response);

        verify(webSudo, org.mockito.Mockito.times(2)).enforceWebSudoProtection(request, response);
        assertEquals("", body.toString());
        assertEquals(java.util.Optional.of(java.net.URI.create("https://confluence.example.com")), settings.address());
    }

    @Test
    public void aSecureSessionThatEndsMidRequestIsAskedForAgain() throws Exception {
        org.mockito.Mockito.doThrow(new com.atlassian.sal.api.websudo.WebSudoSessionException("expired"))
                .when(webSudo).willExecuteWebSudoRequest(request);

        servlet.doGet(request, response);

        verify(webSudo).enforceWebSudoProtection(request, response);
        assertEquals("", body.toString());
    }

    @Test
    public void inASecureSessionThePageTellsJiraItRunsUnderIt() throws Exception {
        servlet.doGet(request, response);

        verify(webSudo).willExecuteWebSudoRequest(request);
        verify(webSudo, never()).enforceWebSudoProtection(request, response);
    }

    /** Jira's renderer, played by a real Velocity engine over our templates in strict mode. */
    private static TemplateRenderer velocity() throws Exception {
        Properties config = new Properties();
        config.setProperty("resource.loaders", "classpath");
        config.setProperty("resource.loader.classpath.class", "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        config.setProperty("runtime.strict_mode.enable", "true");
        VelocityEngine engine = new VelocityEngine(config);
        engine.init();
        TemplateRenderer renderer = mock(TemplateRenderer.class);
        doAnswer(call -> {
            VelocityContext context = new VelocityContext();
            call.<Map<String, Object>>getArgument(1).forEach(context::put);
            context.put("i18n", new PropertiesI18n());
            engine.getTemplate(call.getArgument(0), "UTF-8").merge(context, call.<Writer>getArgument(2));
            return null;
        }).when(renderer).render(anyString(), anyMap(), any(Writer.class));
        return renderer;
    }

    private void post(String baseUrl, String token) throws Exception {
        when(request.getParameter("baseUrl")).thenReturn(baseUrl);
        when(request.getParameter("token")).thenReturn(token);
        servlet.doPost(request, response);
    }

    private Document page() {
        return Jsoup.parse(body.toString());
    }

    @Test
    public void anAdministratorSavesTheAddressAndTokenAndIsSentBackToThePage() throws Exception {
        post("https://confluence.example.com/", TOKEN);

        assertEquals("/jira/plugins/servlet/chaosday/confluence?saved=true", redirect);
        FallbackSettings.Fallback saved = settings.read().orElseThrow();
        assertEquals("https://confluence.example.com", saved.base().toString());
        assertEquals(TOKEN, saved.token());
    }

    @Test
    public void theSpacesTheTokenMayPublishToAreSavedAndShown() throws Exception {
        when(request.getParameter("spaces")).thenReturn(" ENG,OPS\n~alice ENG");
        post("https://confluence.example.com/", TOKEN);

        assertEquals(List.of("ENG", "OPS", "~alice"), settings.spaces());
        servlet.doGet(request, response);
        assertEquals("ENG, OPS, ~alice", page().selectFirst("#chaosday-spaces").attr("value"));
    }

    @Test
    public void somethingThatIsNotASpaceKeyIsRefusedAndNothingIsSaved() throws Exception {
        when(request.getParameter("spaces")).thenReturn("ENG, <script>");
        post("https://confluence.example.com/", TOKEN);

        assertEquals(400, status);
        assertTrue(settings.read().isEmpty());
        assertTrue(page().selectFirst(".aui-message-error").text().startsWith("Not a space key"));
    }

    @Test
    public void thePageShowsThatATokenIsSetButNeverTheToken() throws Exception {
        settings.save("https://confluence.example.com", TOKEN);
        when(request.getParameter("saved")).thenReturn("true");

        servlet.doGet(request, response);

        assertEquals(200, status);
        assertFalse("the token is never sent back", body.toString().contains(TOKEN));
        Document page = page();
        assertEquals("https://confluence.example.com", page.selectFirst("#chaosday-base-url").attr("value"));
        assertEquals("", page.selectFirst("#chaosday-token").attr("value"));
        assertTrue(page.selectFirst("#chaosday-token + .description").text().startsWith("A token is set."));
        assertEquals("xsrf-42", page.selectFirst("input[name=atl_token]").attr("value"));
        assertNotNull(page.selectFirst(".aui-message-success"));
    }

    @Test
    public void someoneWhoIsNotAJiraAdministratorIsRefusedAndChangesNothing() throws Exception {
        when(globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, administrator)).thenReturn(false);

        post("https://confluence.example.com", TOKEN);
        servlet.doGet(request, response);

        assertEquals(403, status);
        assertTrue(settings.read().isEmpty());
        assertTrue(body.toString(), body.toString().startsWith("Only Jira administrators"));
        assertNull(page().selectFirst("form"));
        verify(xsrf, never()).validateFormEncodedToken(request);
    }

    @Test
    public void someoneNotLoggedInIsRefused() throws Exception {
        when(authentication.getLoggedInUser()).thenReturn(null);

        servlet.doGet(request, response);

        assertEquals(403, status);
        assertNull(page().selectFirst("form"));
    }

    @Test
    public void aSubmitWithoutThePagesXsrfTokenSavesNothing() throws Exception {
        when(xsrf.validateFormEncodedToken(request)).thenReturn(false);

        post("https://confluence.example.com", TOKEN);

        assertEquals(403, status);
        assertTrue(settings.read().isEmpty());
        assertTrue(page().selectFirst(".aui-message-error").text().startsWith("The form had expired"));
        assertFalse(body.toString().contains(TOKEN));
    }

    @Test
    public void aPlainHttpAddressIsRefusedWithAClearMessageAndTheTokenIsNotEchoed() throws Exception {
        post("http://confluence.example.com", TOKEN);

        assertEquals(400, status);
        assertNull(redirect);
        assertTrue("nothing half-written", stored.isEmpty());
        Document page = page();
        assertEquals(words.getText("chaosday.settings.error.https"), page.selectFirst(".aui-message-error").text());
        assertEquals("the address comes back to correct", "http://confluence.example.com",
                page.selectFirst("#chaosday-base-url").attr("value"));
        assertFalse(body.toString().contains(TOKEN));
    }

    @Test
    public void somethingThatIsNotAnAddressIsRefusedAndEscapedOnThePage() throws Exception {
        post("<script>alert(1)</script> nope", TOKEN);

        assertEquals(400, status);
        assertFalse(body.toString().contains("<script>alert(1)"));
        assertEquals("<script>alert(1)</script> nope", page().selectFirst("#chaosday-base-url").attr("value"));
        assertTrue(stored.isEmpty());
    }

    @Test
    public void aFirstSaveWithoutATokenAsksForOne() throws Exception {
        post("https://confluence.example.com", "");

        assertEquals(400, status);
        assertEquals(words.getText("chaosday.settings.error.token-needed"), page().selectFirst(".aui-message-error").text());
        assertTrue(stored.isEmpty());
    }

    @Test
    public void removingForgetsTheAddressAndTheToken() throws Exception {
        settings.save("https://confluence.example.com", TOKEN);
        when(request.getParameter("action")).thenReturn("remove");

        servlet.doPost(request, response);

        assertEquals("/jira/plugins/servlet/chaosday/confluence?saved=removed", redirect);
        assertTrue(stored.isEmpty());
    }
}
