package com.atlassian.sal.api.pluginsettings;

/**
 * Stub of SAL's settings factory. Follows
 * https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/pluginsettings/PluginSettingsFactory.html
 * (same two methods in Confluence 9.0.2's implementation page; the SAL 6 bundled with Jira 10.3 not seen).
 */
public interface PluginSettingsFactory {
    PluginSettings createSettingsForKey(String key);

    PluginSettings createGlobalSettings();
}
