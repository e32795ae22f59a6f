package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;

import java.util.Map;

/**
 * Stub. Follows https://docs.atlassian.com/atlassian-plugins-parent/2.9.0/apidocs/com/atlassian/plugin/web/ContextProvider.html
 * (same two methods on Jira Software 11.1's PageLoadDataContextProvider page).
 */
public interface ContextProvider {
    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
