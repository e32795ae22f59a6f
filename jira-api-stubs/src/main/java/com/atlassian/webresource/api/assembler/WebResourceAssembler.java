package com.atlassian.webresource.api.assembler;

/**
 * Stub, see {@link PageBuilderService}: {@code resources()} confirmed by a public {@code MockPageBuilderService} that
 * implements the real interfaces with {@code @Override}; no javadoc page found, version unknown (not confirmed for Jira 10.3).
 */
public interface WebResourceAssembler {
    RequiredResources resources();
}
