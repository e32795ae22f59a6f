package com.atlassian.sal.api.pluginsettings;

/**
 * Stub of SAL's plugin settings (values are String, List&lt;String&gt;, Map&lt;String,String&gt; or Properties).
 * Follows https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/pluginsettings/PluginSettings.html
 */
public interface PluginSettings {
    Object get(String key);

    Object put(String key, Object value);

    Object remove(String key);
}
