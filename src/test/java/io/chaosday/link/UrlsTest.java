package io.chaosday.link;

import org.junit.Test;

import java.net.URI;

import static org.junit.Assert.assertEquals;

public class UrlsTest {

    private static final URI BASE = URI.create("https://jira.example.com/jira/");

    @Test
    public void pathSegmentsAreEncodedSoAValueCannotAddSegmentsOrAQuery() {
        URI url = Urls.path("rest", "api", "2", "project").segment("../admin?x=1#y").resolve(BASE);

        assertEquals("https://jira.example.com/jira/rest/api/2/project/..%2Fadmin%3Fx%3D1%23y", url.toString());
    }

    @Test
    public void queryValuesAreEncodedSoAValueCannotAddParameters() {
        URI url = Urls.path("rest", "api", "2", "search").query("jql", "labels = \"a b\" & x=1").resolve(BASE);

        assertEquals("https://jira.example.com/jira/rest/api/2/search?jql=labels%20%3D%20%22a%20b%22%20%26%20x%3D1",
                url.toString());
    }

    @Test
    public void repeatedQueryParametersAreKeptInOrder() {
        URI url = Urls.path("x").query("a", 1).query("a", 2).resolve(URI.create("http://h"));

        assertEquals("http://h/x?a=1&a=2", url.toString());
    }

    @Test
    public void theTextOfAPathIsItsEncodedPathWithoutTheQuery() {
        assertEquals("/rest/api/2/issue/CHAOS-1", Urls.path("rest", "api", "2", "issue", "CHAOS-1").query("q", "secret").toString());
    }

    @Test
    public void nonAsciiTextIsEncodedAsUtf8() {
        assertEquals("%C3%A9t%C3%A9", Urls.encode("été"));
    }
}
