package com.atlassian.webresource.api.assembler;

// Partly checked: the type com.atlassian.webresource.api.assembler.PageBuilderService is a constructor parameter in Confluence 7.19's VelocityFriendlyPageBuilderService (docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/setup/velocity/VelocityFriendlyPageBuilderService.html); assembler() not found in the docs search: unverified.
public interface PageBuilderService {

    WebResourceAssembler assembler();
}
