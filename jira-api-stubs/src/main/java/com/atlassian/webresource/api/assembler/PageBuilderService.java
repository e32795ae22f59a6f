package com.atlassian.webresource.api.assembler;

/**
 * Stub of the page builder the admin servlet asks for its web resources. Type named in
 * https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/setup/velocity/VelocityFriendlyPageBuilderService.html;
 * {@code assembler()} as recalled from atlassian-plugins-webresource, not confirmed for Jira 10.3.
 */
public interface PageBuilderService {
    WebResourceAssembler assembler();
}
