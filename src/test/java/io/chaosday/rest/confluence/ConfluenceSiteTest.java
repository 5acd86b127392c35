package io.chaosday.rest.confluence;

import org.junit.Test;

import java.net.URI;

import static org.junit.Assert.assertEquals;

public class ConfluenceSiteTest {

    @Test
    public void aSiteOnAtlassianNetIsCloudUnderWiki() {
        ConfluenceSite site = ConfluenceSite.at(URI.create("https://example.atlassian.net"));

        assertEquals(ConfluenceSite.Deployment.CLOUD, site.deployment());
        assertEquals(URI.create("https://example.atlassian.net/wiki"), site.base());
    }

    @Test
    public void aCloudAddressThatAlreadyEndsInWikiIsKept() {
        assertEquals(URI.create("https://example.atlassian.net/wiki"),
                ConfluenceSite.at(URI.create("https://example.atlassian.net/wiki/")).base());
    }

    @Test
    public void hostNamesAreComparedWithoutCase() {
        assertEquals(ConfluenceSite.Deployment.CLOUD, ConfluenceSite.at(URI.create("https://Example.Atlassian.NET/wiki")).deployment());
    }

    @Test
    public void anyOtherHostIsDataCenterWithItsContextPathKept() {
        ConfluenceSite site = ConfluenceSite.at(URI.create("https://intranet.example.com/confluence/"));

        assertEquals(ConfluenceSite.Deployment.DATA_CENTER, site.deployment());
        assertEquals(URI.create("https://intranet.example.com/confluence"), site.base());
    }

    @Test
    public void aHostThatOnlyContainsTheCloudSuffixIsDataCenter() {
        assertEquals(ConfluenceSite.Deployment.DATA_CENTER,
                ConfluenceSite.at(URI.create("https://example.atlassian.net.intranet.example.com")).deployment());
    }

    @Test
    public void aCloudSiteOnItsOwnDomainIsNamedAsCloud() {
        ConfluenceSite site = ConfluenceSite.cloud(URI.create("https://wiki.example.com"));

        assertEquals(ConfluenceSite.Deployment.CLOUD, site.deployment());
        assertEquals(URI.create("https://wiki.example.com/wiki"), site.base());
    }
}
