package io.chaosday.jira.link;

import io.chaosday.link.Urls;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.chaosday.jira.PageText;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;

/**
 * The administration page for publishing without an application link: a Confluence address and a
 * personal access token, kept by {@link FallbackSettings}. Jira administrators only, checked here on
 * every request, in a secure administrator session (WebSudo: Jira asks for the password again before
 * showing or changing it); a change needs the form's XSRF token. The token is never written back
 * into the page, only whether one is set, and nothing here logs.
 */
public final class FallbackSettingsServlet extends HttpServlet {

    /** The page's address below Jira's base address (the descriptor's servlet url-pattern under /plugins/servlet). */
    public static final Urls.Path LOCATION = Urls.path("plugins", "servlet", "chaosday", "confluence");
    public static final String PATH = LOCATION.toString();

    static final String TEMPLATE = "templates/jira/confluence-settings.vm";

    private static final long serialVersionUID = 1L;

    private final transient JiraAuthenticationContext authentication;
    private final transient GlobalPermissionManager globalPermissions;
    private final transient FallbackSettings settings;
    private final transient ConfluenceConnections confluence;
    private final transient TemplateRenderer renderer;
    private final transient I18nResolver i18n;
    private final transient XsrfTokenValidator xsrfValidator;
    private final transient XsrfTokenAccessor xsrfTokens;
    private final transient ApplicationProperties application;
    private final transient WebSudoManager webSudo;

    public FallbackSettingsServlet(JiraAuthenticationContext authentication, GlobalPermissionManager globalPermissions,
            FallbackSettings settings, ConfluenceConnections confluence, TemplateRenderer renderer, I18nResolver i18n,
            XsrfTokenValidator xsrfValidator, XsrfTokenAccessor xsrfTokens, ApplicationProperties application,
            WebSudoManager webSudo) {
        this.authentication = authentication;
        this.globalPermissions = globalPermissions;
        this.settings = settings;
        this.confluence = confluence;
        this.renderer = renderer;
        this.i18n = i18n;
        this.xsrfValidator = xsrfValidator;
        this.xsrfTokens = xsrfTokens;
        this.application = application;
        this.webSudo = webSudo;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (refusedUnlessAdministrator(response) || sentToWebSudo(request, response)) {
            return;
        }
        String saved = request.getParameter("saved");
        String notice = "removed".equals(saved) ? "chaosday.settings.removed" : saved != null ? "chaosday.settings.saved" : "";
        render(request, response, HttpServletResponse.SC_OK, stored(), notice, "");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (refusedUnlessAdministrator(response) || sentToWebSudo(request, response)) {
            return;
        }
        if (!xsrfValidator.validateFormEncodedToken(request)) {
            render(request, response, HttpServletResponse.SC_FORBIDDEN, stored(), "", i18n.getText("chaosday.settings.error.xsrf"));
            return;
        }
        if ("remove".equals(request.getParameter("action"))) {
            settings.clear();
            response.sendRedirect(action() + "?saved=removed");
            return;
        }
        String baseUrl = request.getParameter("baseUrl");
        try {
            settings.save(baseUrl, request.getParameter("token"), request.getParameter("spaces"));
        } catch (FallbackSettings.Refused refused) {
            // The address comes back as typed so it can be corrected; the token never does.
            render(request, response, HttpServletResponse.SC_BAD_REQUEST, baseUrl == null ? "" : baseUrl, "",
                    i18n.getText(refused.key()));
            return;
        }
        // Post, then redirect, then get: reloading the page never submits the token again.
        response.sendRedirect(action() + "?saved=true");
    }

    private boolean refusedUnlessAdministrator(HttpServletResponse response) throws IOException {
        if (JiraAdministrator.is(authentication, globalPermissions)) {
            return false;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(i18n.getText("chaosday.settings.error.admin-only"));
        return true;
    }

    /**
     * Without a secure administrator session Jira's own password page is shown, and it comes back
     * here once confirmed (SAL's WebSudoManager, the API Atlassian's own settings pages use); with
     * one, Jira is told this request runs under it, which keeps the session alive.
     */
    private boolean sentToWebSudo(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!webSudo.canExecuteRequest(request)) {
            webSudo.enforceWebSudoProtection(request, response);
            return true;
        }
        try {
            webSudo.willExecuteWebSudoRequest(request);
            return false;
        } catch (WebSudoSessionException ended) {
            webSudo.enforceWebSudoProtection(request, response);
            return true;
        }
    }

    private String stored() {
        return settings.address().map(URI::toString).orElse("");
    }

    private void render(HttpServletRequest request, HttpServletResponse response, int status, String baseUrl, String notice,
            String error) throws IOException {
        ConfluenceConnections.Target target = confluence.target();
        boolean linked = target.state() == ConfluenceConnections.State.LINKED
                || target.state() == ConfluenceConnections.State.AUTHORISATION_NEEDED;
        FallbackSettingsForm form = new FallbackSettingsForm(action(), xsrfValidator.getXsrfParameterName(),
                xsrfTokens.getXsrfToken(request, response, true), baseUrl, settings.read().isPresent(),
                linked ? target.name() : "", notice, error, String.join(", ", settings.spaces()));
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        renderer.render(TEMPLATE, Map.of("settings", form, "text", new PageText(), "i18n", i18n), response.getWriter());
    }

    private String action() {
        return LOCATION.resolve(URI.create(application.getBaseUrl(UrlMode.RELATIVE))).toString();
    }
}
