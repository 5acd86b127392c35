package io.chaosday.jira.link;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.application.confluence.ConfluenceApplicationType;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import org.junit.Before;
import org.junit.Test;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class ConfluenceConnectionsTest {

    private static final String TOKEN = "pat-SECRET-5d1e";
    private static final URI AUTHORISE = URI.create("https://jira.example.com/plugins/servlet/applinks/oauth/login-dance/authorize?applicationLinkID=1");

    private final ApplicationLinkService links = mock(ApplicationLinkService.class);
    private final Map<String, Object> stored = new HashMap<>();
    private FallbackSettings fallback;

    @Before
    public void pluginSettingsInAMap() {
        PluginSettings settings = mock(PluginSettings.class);
        when(settings.get(anyString())).thenAnswer(call -> stored.get(call.<String>getArgument(0)));
        when(settings.put(anyString(), any())).thenAnswer(call -> stored.put(call.getArgument(0), call.getArgument(1)));
        when(settings.remove(anyString())).thenAnswer(call -> stored.remove(call.<String>getArgument(0)));
        PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
        when(factory.createGlobalSettings()).thenReturn(settings);
        fallback = new FallbackSettings(factory);
    }

    private ConfluenceConnections connections() {
        return new ConfluenceConnections(links, fallback);
    }

    private ApplicationLinkRequestFactory linkNamed(String name) {
        ApplicationLink link = mock(ApplicationLink.class);
        ApplicationLinkRequestFactory requests = mock(ApplicationLinkRequestFactory.class);
        when(link.getName()).thenReturn(name);
        when(link.getDisplayUrl()).thenReturn(URI.create("https://wiki.example.com"));
        when(link.createAuthenticatedRequestFactory()).thenReturn(requests);
        when(links.getPrimaryApplicationLink(ConfluenceApplicationType.class)).thenReturn(link);
        return requests;
    }

    @Test
    public void thePrimaryConfluenceLinkIsUsedWhenThereIsOne() {
        linkNamed("Team wiki");
        fallback.save("https://other.example.com", TOKEN);

        ConfluenceConnections.Target target = connections().target();

        assertEquals(ConfluenceConnections.State.LINKED, target.state());
        assertEquals("Team wiki", target.name());
        assertEquals(URI.create("https://wiki.example.com"), target.url());
        assertTrue(connections().wiki().orElseThrow().toString().contains("Jira's application link \"Team wiki\""));
    }

    @Test
    public void aPersonWhoMustFirstAuthoriseTheLinkGetsItsAuthorisationAddress() throws Exception {
        ApplicationLinkRequestFactory requests = linkNamed("Team wiki");
        when(requests.createRequest(any(Request.MethodType.class), anyString()))
                .thenThrow(new CredentialsRequiredException(requests, "no token"));
        when(requests.getAuthorisationURI()).thenReturn(AUTHORISE);

        ConfluenceConnections.Target target = connections().target();

        assertEquals(ConfluenceConnections.State.AUTHORISATION_NEEDED, target.state());
        assertEquals(AUTHORISE, target.url());
    }

    @Test
    public void withoutALinkTheAddressAndTokenAnAdministratorSetAreUsed() {
        fallback.save("https://confluence.example.com/", TOKEN);

        ConfluenceConnections.Target target = connections().target();

        assertEquals(ConfluenceConnections.State.FALLBACK, target.state());
        assertEquals(URI.create("https://confluence.example.com"), target.url());
        String wiki = connections().wiki().orElseThrow().toString();
        assertTrue(wiki, wiki.contains("https://confluence.example.com"));
        assertFalse("the token leaked: " + wiki, wiki.contains(TOKEN));
    }

    @Test
    public void withNeitherThereIsNothingToPublishTo() {
        assertEquals(ConfluenceConnections.State.NOT_CONFIGURED, connections().target().state());
        assertTrue(connections().wiki().isEmpty());
    }

    @Test
    public void theStoredTokenIsNeverShownAgainNorInAnyMessage() {
        fallback.save("https://confluence.example.com", TOKEN);

        assertEquals(URI.create("https://confluence.example.com"), fallback.address().orElseThrow());
        assertFalse(fallback.read().orElseThrow().toString().contains(TOKEN));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> fallback.save("https://confluence.example.com", TOKEN + "\nX: y"));
        assertFalse(bad.getMessage(), bad.getMessage().contains(TOKEN));
    }

    @Test
    public void savingWithoutATokenKeepsTheStoredOne() {
        fallback.save("https://confluence.example.com", TOKEN);

        fallback.save("https://wiki.example.org", "");

        assertEquals(TOKEN, fallback.read().orElseThrow().token());
        assertEquals(URI.create("https://wiki.example.org"), fallback.address().orElseThrow());
    }

    @Test
    public void aPlainHttpAddressIsRefusedSoTheTokenNeverTravelsUnencrypted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fallback.save("http://confluence.example.com", TOKEN));

        assertTrue(e.getMessage(), e.getMessage().contains("https://"));
        assertTrue(stored.isEmpty());
    }

    @Test
    public void theFirstSaveNeedsAToken() {
        assertThrows(IllegalArgumentException.class, () -> fallback.save("https://confluence.example.com", " "));
        assertTrue(stored.isEmpty());
    }
}
