package com.atlassian.webresource.api.assembler;

// Unchecked here (page not in the docs search): WebResourceAssembler#resources() returning RequiredResources.
public interface WebResourceAssembler {

    RequiredResources resources();
}
