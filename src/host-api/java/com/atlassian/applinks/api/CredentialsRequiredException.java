package com.atlassian.applinks.api;

import java.net.URI;

// Checked: https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/CredentialsRequiredException.html (extends Exception implements AuthorisationURIGenerator; constructor (AuthorisationURIGenerator, String))
public class CredentialsRequiredException extends Exception implements AuthorisationURIGenerator {

    private static final long serialVersionUID = 1L;

    private final transient AuthorisationURIGenerator generator;

    public CredentialsRequiredException(AuthorisationURIGenerator authorisationURIGenerator, String message) {
        super(message);
        this.generator = authorisationURIGenerator;
    }

    @Override
    public URI getAuthorisationURI() {
        return generator.getAuthorisationURI();
    }

    @Override
    public URI getAuthorisationURI(URI callback) {
        return generator.getAuthorisationURI(callback);
    }
}
