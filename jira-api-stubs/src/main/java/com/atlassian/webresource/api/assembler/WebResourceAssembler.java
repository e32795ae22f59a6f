package com.atlassian.webresource.api.assembler;

/**
 * Stub, see {@link PageBuilderService}: {@code resources()} as recalled from atlassian-plugins-webresource, not
 * confirmed for Jira 10.3.
 */
public interface WebResourceAssembler {
    RequiredResources resources();
}
