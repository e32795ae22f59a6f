package com.atlassian.webresource.api.assembler;

/**
 * Stub of the page builder the admin servlet asks for its web resources. Type named in
 * https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/setup/velocity/VelocityFriendlyPageBuilderService.html;
 * {@code assembler()} confirmed by a decompiled
 * {@code @ExperimentalApi public interface PageBuilderService} (which also has {@code seed(WebResourceAssembler)}, left out)
 * in a public repository; version unknown, not confirmed for Jira 10.3.
 */
public interface PageBuilderService {
    WebResourceAssembler assembler();
}
