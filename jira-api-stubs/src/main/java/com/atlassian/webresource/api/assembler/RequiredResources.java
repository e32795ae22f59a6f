package com.atlassian.webresource.api.assembler;

/**
 * Stub, see {@link PageBuilderService}: {@code requireWebResource(String moduleCompleteKey)} as recalled from
 * atlassian-plugins-webresource, not confirmed for Jira 10.3.
 */
public interface RequiredResources {
    RequiredResources requireWebResource(String moduleCompleteKey);
}
