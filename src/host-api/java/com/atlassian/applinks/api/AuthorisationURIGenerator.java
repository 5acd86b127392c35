package com.atlassian.applinks.api;

import java.net.URI;

// Checked: https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/CredentialsRequiredException.html (getAuthorisationURI() and getAuthorisationURI(URI callback), inherited from AuthorisationURIGenerator)
public interface AuthorisationURIGenerator {

    URI getAuthorisationURI();

    URI getAuthorisationURI(URI callback);
}
