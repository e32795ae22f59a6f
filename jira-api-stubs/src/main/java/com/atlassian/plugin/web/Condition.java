package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;

import java.util.Map;

/**
 * Stub (engineer plugin2). Follows the atlassian-plugins {@code com.atlassian.plugin.web.Condition} page
 * (https://docs.atlassian.com/atlassian-plugins-parent/2.9.0/apidocs/com/atlassian/plugin/web/Condition.html,
 * the same version as {@link ContextProvider}'s page); the version in Jira 10.3 not seen.
 */
public interface Condition {
    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
