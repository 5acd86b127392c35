package com.atlassian.webresource.api.assembler;

// Unchecked here (page not in the docs search): RequiredResources#requireWebResource(String moduleCompleteKey), returning itself for chaining.
public interface RequiredResources {

    RequiredResources requireWebResource(String moduleCompleteKey);
}
